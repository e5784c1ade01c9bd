./conv_loops.go:6:19: []string{...} does not escape
./conv_loops.go:10:14: ([]byte)(w) escapes to heap
./conv_loops.go:12:15: ... argument does not escape
./conv_loops.go:12:22: string(prev) escapes to heap
./conv_loops.go:12:22: string(prev) escapes to heap
./conv_loops.go:12:30: "->" escapes to heap
./conv_loops.go:12:42: string(b) escapes to heap
./conv_loops.go:12:42: string(b) escapes to heap
./conv_loops.go:15:27: ([]byte)(w + "!") escapes to heap
./conv_loops.go:15:29: w + "!" does not escape
./conv_loops.go:16:14: ([]rune)(w) does not escape
./conv_loops.go:18:14: ... argument does not escape
./conv_loops.go:18:21: string(r) escapes to heap
./conv_loops.go:18:21: string(r) escapes to heap
./conv_loops.go:18:29: len(r) escapes to heap
./conv_loops.go:18:37: cap(r) escapes to heap
./conv_loops.go:18:45: cap(b) escapes to heap
./conv_loops.go:20:13: ... argument does not escape
./conv_loops.go:20:17: len(all) escapes to heap
./conv_loops.go:20:30: string(all[0]) escapes to heap
./conv_loops.go:20:30: string(all[0]) escapes to heap
./conv_loops.go:20:46: string(all[3]) escapes to heap
./conv_loops.go:20:46: string(all[3]) escapes to heap
./conv_loops.go:21:14: make([][]rune, 0) does not escape
./conv_loops.go:23:29: ([]rune)(words[i]) escapes to heap
./conv_loops.go:26:14: ... argument does not escape
./conv_loops.go:26:21: string(k) escapes to heap
./conv_loops.go:26:21: string(k) escapes to heap
./conv_loops.go:26:29: cap(k) escapes to heap
./conv_loops.go:29:13: ([]byte)(c) does not escape
./conv_loops.go:30:13: ([]byte)(c) does not escape
./conv_loops.go:32:13: ... argument does not escape
./conv_loops.go:32:20: string(x) escapes to heap
./conv_loops.go:32:20: string(x) escapes to heap
./conv_loops.go:32:31: string(y) escapes to heap
./conv_loops.go:32:31: string(y) escapes to heap
./conv_loops.go:32:39: cap(x) escapes to heap
./conv_loops.go:32:47: cap([]rune{...}) escapes to heap
./conv_loops.go:32:54: []rune{...} does not escape
