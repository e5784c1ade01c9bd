./type_switch_nil_deref.go:8:24: []interface {}{...} does not escape
./type_switch_nil_deref.go:8:26: T{...} does not escape
./type_switch_nil_deref.go:12:15: ... argument does not escape
./type_switch_nil_deref.go:12:16: "T" escapes to heap
./type_switch_nil_deref.go:12:22: v.a escapes to heap
./type_switch_nil_deref.go:12:27: v.b escapes to heap
./type_switch_nil_deref.go:14:15: ... argument does not escape
./type_switch_nil_deref.go:14:16: "*T" escapes to heap
./type_switch_nil_deref.go:14:23: v.b escapes to heap
