./comma_ok_to_iface.go:7:8: leaking param: y
./comma_ok_to_iface.go:14:2: moved to heap: n
./comma_ok_to_iface.go:15:13: ... argument does not escape
./comma_ok_to_iface.go:15:15: f(nil) escapes to heap
./comma_ok_to_iface.go:15:27: sink == nil escapes to heap
./comma_ok_to_iface.go:15:36: f(&n) escapes to heap
./comma_ok_to_iface.go:15:54: sink.(*int) == &n escapes to heap
