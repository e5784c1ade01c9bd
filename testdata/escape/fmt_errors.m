./fmt_errors.go:18:7: leaking param: e to result ~r0 level=1
./fmt_errors.go:20:19: b does not escape
./fmt_errors.go:21:26: string(b) escapes to heap
./fmt_errors.go:24:20: a does not escape
./fmt_errors.go:24:23: b does not escape
./fmt_errors.go:25:22: a + b escapes to heap
./fmt_errors.go:28:19: a does not escape
./fmt_errors.go:29:21: a + "!" does not escape
./fmt_errors.go:29:19: ... argument does not escape
./fmt_errors.go:29:21: n escapes to heap
./fmt_errors.go:32:17: leaking param: err
./fmt_errors.go:33:19: ... argument does not escape
./fmt_errors.go:37:7: &E{...} escapes to heap
./fmt_errors.go:42:7: &E{...} escapes to heap
./fmt_errors.go:43:7: &E{...} escapes to heap
./fmt_errors.go:47:19: a does not escape
./fmt_errors.go:48:2: moved to heap: x
./fmt_errors.go:49:26: a + "%d\n" does not escape
./fmt_errors.go:49:13: ... argument does not escape
./fmt_errors.go:50:14: ... argument does not escape
./fmt_errors.go:50:14: x escapes to heap
./fmt_errors.go:54:19: ... argument does not escape
./fmt_errors.go:54:19: n escapes to heap
./fmt_errors.go:60:13: ... argument does not escape
./fmt_errors.go:60:13: os.Args escapes to heap
./fmt_errors.go:60:13: n escapes to heap
./fmt_errors.go:61:13: ... argument does not escape
./fmt_errors.go:61:13: n escapes to heap
./fmt_errors.go:61:13: n escapes to heap
