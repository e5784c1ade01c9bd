./fmt_args.go:12:13: ... argument does not escape
./fmt_args.go:12:14: 1 escapes to heap
./fmt_args.go:12:17: "hello" escapes to heap
./fmt_args.go:12:26: true escapes to heap
./fmt_args.go:15:20: leaking param: s
./fmt_args.go:16:13: ... argument does not escape
./fmt_args.go:16:13: a escapes to heap
./fmt_args.go:16:13: s escapes to heap
./fmt_args.go:16:13: b escapes to heap
./fmt_args.go:19:22: q does not escape
./fmt_args.go:20:13: ... argument does not escape
./fmt_args.go:20:15: p.X escapes to heap
./fmt_args.go:20:20: q.Y escapes to heap
./fmt_args.go:20:20: p escapes to heap
./fmt_args.go:23:13: p does not escape
./fmt_args.go:23:21: q does not escape
./fmt_args.go:24:13: ... argument does not escape
./fmt_args.go:24:14: *p escapes to heap
./fmt_args.go:24:18: *q escapes to heap
./fmt_args.go:27:14: leaking param: s
./fmt_args.go:27:23: leaking param: a
./fmt_args.go:28:13: ... argument does not escape
./fmt_args.go:28:15: s[i] escapes to heap
./fmt_args.go:28:21: a[1] escapes to heap
./fmt_args.go:28:27: s[1:2] escapes to heap
./fmt_args.go:36:13: ... argument does not escape
./fmt_args.go:36:19: twice(x) escapes to heap
./fmt_args.go:36:27: len("abc") escapes to heap
./fmt_args.go:36:41: twice(twice(x)) escapes to heap
./fmt_args.go:39:20: s does not escape
./fmt_args.go:40:13: ... argument does not escape
./fmt_args.go:40:19: c * 9 / 5 + 32 escapes to heap
./fmt_args.go:40:25: c + 1 escapes to heap
./fmt_args.go:40:30: c - c * 2 escapes to heap
./fmt_args.go:40:37: s + "!" escapes to heap
./fmt_args.go:40:37: s + "!" escapes to heap
./fmt_args.go:40:45: c == 3 escapes to heap
./fmt_args.go:40:51: -c escapes to heap
./fmt_args.go:40:64: c % 7 != 0 && c > 1 escapes to heap
./fmt_args.go:43:15: leaking param: p
./fmt_args.go:44:13: ... argument does not escape
./fmt_args.go:44:17: &Point{...} escapes to heap
./fmt_args.go:48:13: ... argument does not escape
./fmt_args.go:48:19: int32(x) escapes to heap
./fmt_args.go:48:29: uint8(x + 1) escapes to heap
./fmt_args.go:48:44: int64(x) << 2 escapes to heap
./fmt_args.go:55:22: &Point{...} does not escape
./fmt_args.go:56:13: &Point{...} does not escape
./fmt_args.go:57:15: []int{...} escapes to heap
./fmt_args.go:60:11: &Point{...} escapes to heap
