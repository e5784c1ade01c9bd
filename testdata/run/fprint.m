./fprint.go:9:24: ... argument does not escape
./fprint.go:9:36: "hello" escapes to heap
./fprint.go:9:45: 1 escapes to heap
./fprint.go:9:48: 2.5 escapes to heap
./fprint.go:10:13: ... argument does not escape
./fprint.go:10:13: n escapes to heap
./fprint.go:11:21: ... argument does not escape
./fprint.go:11:33: "a" escapes to heap
./fprint.go:11:38: 1 escapes to heap
./fprint.go:11:41: 2 escapes to heap
./fprint.go:11:44: "b\n" escapes to heap
./fprint.go:12:13: ... argument does not escape
./fprint.go:12:13: n escapes to heap
./fprint.go:13:22: ... argument does not escape
./fprint.go:13:45: 42 escapes to heap
./fprint.go:13:49: "x" escapes to heap
./fprint.go:14:13: ... argument does not escape
./fprint.go:14:13: n escapes to heap
./fprint.go:15:14: ... argument does not escape
./fprint.go:15:26: "to stderr" escapes to heap
./fprint.go:15:39: 3 escapes to heap
./fprint.go:16:13: ... argument does not escape
./fprint.go:16:38: true escapes to heap
./fprint.go:16:44: 7 escapes to heap
./fprint.go:17:12: ... argument does not escape
./fprint.go:17:24: "end" escapes to heap
./fprint.go:17:31: "\n" escapes to heap
./fprint.go:18:12: ... argument does not escape
./fprint.go:19:13: ... argument does not escape
./fprint.go:19:24: os.Stdout == os.Stderr escapes to heap
./fprint.go:19:48: os.Stdout == os.Stdout escapes to heap
./fprint.go:19:72: os.Stdout != nil escapes to heap
./fprint.go:21:14: ... argument does not escape
./fprint.go:21:18: "via variable" escapes to heap
./fprint.go:22:15: []any{...} does not escape
./fprint.go:22:16: "spread" escapes to heap
./fprint.go:22:26: 9 escapes to heap
./fprint.go:24:41: []any{...} does not escape
./fprint.go:24:42: 1 escapes to heap
./fprint.go:24:45: 2 escapes to heap
