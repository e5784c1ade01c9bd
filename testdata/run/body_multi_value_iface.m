./body_multi_value_iface.go:12:2: moved to heap: n
./body_multi_value_iface.go:13:18: []int{...} escapes to heap
./body_multi_value_iface.go:20:5: .autotmp_2 escapes to heap
./body_multi_value_iface.go:20:5: .autotmp_3 escapes to heap
./body_multi_value_iface.go:21:13: ... argument does not escape
./body_multi_value_iface.go:22:6: .autotmp_4 escapes to heap
./body_multi_value_iface.go:22:6: .autotmp_5 escapes to heap
./body_multi_value_iface.go:23:13: ... argument does not escape
./body_multi_value_iface.go:24:26: .autotmp_8 escapes to heap
./body_multi_value_iface.go:24:26: .autotmp_9 escapes to heap
./body_multi_value_iface.go:25:13: ... argument does not escape
./body_multi_value_iface.go:27:2: .autotmp_11 escapes to heap
./body_multi_value_iface.go:28:13: ... argument does not escape
./body_multi_value_iface.go:29:26: .autotmp_16 escapes to heap
./body_multi_value_iface.go:30:13: ... argument does not escape
./body_multi_value_iface.go:30:16: p != nil escapes to heap
