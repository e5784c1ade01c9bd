package main

//go:cgo_ldflag foo
//go:cgo_import_static a b
//go:cgo_import_dynamic a b "c" d
//go:cgo_export_static "x"
//go:linkname
func f()
