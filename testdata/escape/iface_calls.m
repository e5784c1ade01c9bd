./iface_calls.go:10:7: leaking param: b to result ~r0 level=1
./iface_calls.go:11:7: b does not escape
./iface_calls.go:18:10: leaking param: g
./iface_calls.go:23:19: leaking param: p
./iface_calls.go:25:10: &Box{...} escapes to heap
./iface_calls.go:27:12: Val{...} escapes to heap
./iface_calls.go:31:2: moved to heap: x
./iface_calls.go:36:2: Val{...} escapes to heap
