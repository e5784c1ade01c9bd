./type_switch_addr.go:9:8: leaking param: x
./type_switch_addr.go:11:10: moved to heap: v
./type_switch_addr.go:13:13: moved to heap: v
./type_switch_addr.go:15:9: moved to heap: v
./type_switch_addr.go:20:17: 1 escapes to heap
