package main

//go:nowritebarrier
func f() {}

func g() {
	x := 1 //go:noinline
	//go:noinline
	_ = x
	//go:linkname a
	//go:cgo_unsafe_args
	//go:uintptrkeepalive
}

//go:nosplit

//go:unknown
func h() {}
