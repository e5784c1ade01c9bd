./append_iface_pos.go:12:14: leaking param content: xs
./append_iface_pos.go:12:14: leaking param: xs to result ~r0 level=0
./append_iface_pos.go:13:18: c escapes to heap
./append_iface_pos.go:14:21: c escapes to heap
./append_iface_pos.go:14:21: n escapes to heap
./append_iface_pos.go:14:21: "s" escapes to heap
./append_iface_pos.go:15:31: point{...} escapes to heap
./append_iface_pos.go:15:31: c escapes to heap
./append_iface_pos.go:16:18: c escapes to heap
./append_iface_pos.go:16:18: 7 escapes to heap
./append_iface_pos.go:17:14: 7 escapes to heap
./append_iface_pos.go:18:28: []interface {}{} does not escape
./append_iface_pos.go:18:32: n escapes to heap
./append_iface_pos.go:19:59: struct {}{} escapes to heap
./append_iface_pos.go:19:59: [0]int{} escapes to heap
./append_iface_pos.go:19:59: struct { a int }{...} escapes to heap
./append_iface_pos.go:25:7: &point{} escapes to heap
./append_iface_pos.go:29:31: r escapes to heap
./append_iface_pos.go:29:25: &point{...} escapes to heap
./append_iface_pos.go:34:10: new(int) escapes to heap
./append_iface_pos.go:38:7: moved to heap: p
