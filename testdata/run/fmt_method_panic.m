./fmt_method_panic.go:7:7: p does not escape
./fmt_method_panic.go:7:48: ... argument does not escape
./fmt_method_panic.go:7:49: "P" escapes to heap
./fmt_method_panic.go:7:55: p.n escapes to heap
./fmt_method_panic.go:11:37: "bad stringer" escapes to heap
./fmt_method_panic.go:15:59: ... argument does not escape
./fmt_method_panic.go:15:61: s[2] escapes to heap
./fmt_method_panic.go:19:13: ... argument does not escape
./fmt_method_panic.go:20:12: ... argument does not escape
./fmt_method_panic.go:20:35: Bad(1) escapes to heap
./fmt_method_panic.go:21:13: ... argument does not escape
./fmt_method_panic.go:21:15: E{} escapes to heap
./fmt_method_panic.go:21:19: &P{...} escapes to heap
./fmt_method_panic.go:22:12: ... argument does not escape
./fmt_method_panic.go:22:27: Bad(2) escapes to heap
./fmt_method_panic.go:22:35: Bad(3) escapes to heap
