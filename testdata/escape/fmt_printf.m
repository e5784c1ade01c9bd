./fmt_printf.go:13:24: leaking param: s
./fmt_printf.go:13:34: leaking param: p
./fmt_printf.go:14:12: ... argument does not escape
./fmt_printf.go:14:13: x escapes to heap
./fmt_printf.go:14:13: s escapes to heap
./fmt_printf.go:14:13: q escapes to heap
./fmt_printf.go:18:12: ... argument does not escape
./fmt_printf.go:18:27: 1 escapes to heap
./fmt_printf.go:18:30: "a" escapes to heap
./fmt_printf.go:18:35: true escapes to heap
./fmt_printf.go:23:20: ... argument does not escape
./fmt_printf.go:23:21: x escapes to heap
./fmt_printf.go:27:18: ... argument does not escape
./fmt_printf.go:27:19: x escapes to heap
./fmt_printf.go:31:18: leaking param: a
./fmt_printf.go:31:21: leaking param: b
./fmt_printf.go:32:21: ... argument does not escape
./fmt_printf.go:32:22: a escapes to heap
./fmt_printf.go:32:22: b escapes to heap
./fmt_printf.go:35:17: leaking param: p
./fmt_printf.go:35:27: leaking param: xs
./fmt_printf.go:36:19: ... argument does not escape
./fmt_printf.go:36:19: xs escapes to heap
./fmt_printf.go:36:27: *p escapes to heap
./fmt_printf.go:39:19: leaking param: a
./fmt_printf.go:39:29: leaking param: b
./fmt_printf.go:40:21: ... argument does not escape
./fmt_printf.go:40:21: a escapes to heap
./fmt_printf.go:40:21: b escapes to heap
./fmt_printf.go:40:31: len(b) escapes to heap
./fmt_printf.go:43:13: leaking param content: args
./fmt_printf.go:48:12: moved to heap: x
./fmt_printf.go:49:12: ... argument does not escape
./fmt_printf.go:53:19: ... argument does not escape
./fmt_printf.go:53:28: 1 escapes to heap
./fmt_printf.go:56:16: f does not escape
./fmt_printf.go:57:12: ... argument does not escape
./fmt_printf.go:57:12: x escapes to heap
./fmt_printf.go:61:21: &Point{...} escapes to heap
./fmt_printf.go:66:17: &Point{} escapes to heap
./fmt_printf.go:66:32: []int{...} escapes to heap
./fmt_printf.go:67:30: ([]byte)("y") escapes to heap
./fmt_printf.go:68:22: []interface {}{...} does not escape
./fmt_printf.go:68:23: 1 escapes to heap
./fmt_printf.go:68:26: "a" escapes to heap
