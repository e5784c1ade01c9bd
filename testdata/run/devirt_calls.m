./devirt_calls.go:43:16: devirtualizing s.Name to Square
./devirt_calls.go:43:26: devirtualizing s.Area to Square
./devirt_calls.go:44:15: devirtualizing s.Double to Square
./devirt_calls.go:48:16: devirtualizing r.Name to Rect
./devirt_calls.go:48:26: devirtualizing r.Area to Rect
./devirt_calls.go:50:19: devirtualizing r2.Double to Rect
./devirt_calls.go:54:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:55:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:56:17: devirtualizing cs.Name to *Counter
./devirt_calls.go:56:28: devirtualizing cs.Area to *Counter
./devirt_calls.go:57:11: devirtualizing cs.Double to *Counter
./devirt_calls.go:73:17: devirtualizing q.Area to Square
./devirt_calls.go:17:47: Square{...} escapes to heap
./devirt_calls.go:24:7: r does not escape
./devirt_calls.go:25:7: r does not escape
./devirt_calls.go:25:47: "rect " + r.tag escapes to heap
./devirt_calls.go:26:7: leaking param: r
./devirt_calls.go:26:43: Rect{...} escapes to heap
./devirt_calls.go:30:7: c does not escape
./devirt_calls.go:31:7: c does not escape
./devirt_calls.go:32:7: leaking param: c to result ~r0 level=0
./devirt_calls.go:37:11: leaking param: s
./devirt_calls.go:42:22: Square{...} does not escape
./devirt_calls.go:47:12: Shape(Rect{...}) does not escape
./devirt_calls.go:52:7: &Counter{} does not escape
./devirt_calls.go:61:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:62:2: Rect{...} escapes to heap
./devirt_calls.go:65:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:67:3: Rect{...} escapes to heap
./devirt_calls.go:70:13: Square{...} escapes to heap
./devirt_calls.go:72:24: Square{...} does not escape
