./devirt_calls.go:57:16: devirtualizing s.Name to Square
./devirt_calls.go:57:26: devirtualizing s.Area to Square
./devirt_calls.go:58:14: devirtualizing s.Scale to Square
./devirt_calls.go:62:16: devirtualizing r.Name to Rect
./devirt_calls.go:62:26: devirtualizing r.Area to Rect
./devirt_calls.go:64:18: devirtualizing r2.Scale to Rect
./devirt_calls.go:68:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:69:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:70:17: devirtualizing cs.Name to *Counter
./devirt_calls.go:70:28: devirtualizing cs.Area to *Counter
./devirt_calls.go:71:10: devirtualizing cs.Scale to *Counter
./devirt_calls.go:75:17: devirtualizing sum.Sum to adder
./devirt_calls.go:75:29: devirtualizing sum.Sum to adder
./devirt_calls.go:75:47: devirtualizing sum.Sum to adder
./devirt_calls.go:90:17: devirtualizing q.Area to Square
./devirt_calls.go:17:51: Square{...} escapes to heap
./devirt_calls.go:24:7: r does not escape
./devirt_calls.go:25:7: r does not escape
./devirt_calls.go:25:51: "rect " + r.tag escapes to heap
./devirt_calls.go:26:7: leaking param: r
./devirt_calls.go:26:47: Rect{...} escapes to heap
./devirt_calls.go:30:7: c does not escape
./devirt_calls.go:31:7: c does not escape
./devirt_calls.go:32:7: leaking param: c to result ~r0 level=0
./devirt_calls.go:43:30: xs does not escape
./devirt_calls.go:51:11: leaking param: s
./devirt_calls.go:56:22: Square{...} does not escape
./devirt_calls.go:61:12: Shape(Rect{...}) does not escape
./devirt_calls.go:66:7: &Counter{} does not escape
./devirt_calls.go:74:24: adder{...} does not escape
./devirt_calls.go:75:29: ... argument does not escape
./devirt_calls.go:75:56: []int{...} does not escape
./devirt_calls.go:78:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:79:2: Rect{...} escapes to heap
./devirt_calls.go:82:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:84:3: Rect{...} escapes to heap
./devirt_calls.go:87:13: Square{...} escapes to heap
./devirt_calls.go:89:24: Square{...} does not escape
