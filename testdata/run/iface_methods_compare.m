./iface_methods_compare.go:12:7: b does not escape
./iface_methods_compare.go:16:7: p does not escape
./iface_methods_compare.go:26:2: moved to heap: n
./iface_methods_compare.go:19:13: A{...} does not escape
./iface_methods_compare.go:20:13: A{...} does not escape
./iface_methods_compare.go:21:13: ... argument does not escape
./iface_methods_compare.go:21:16: i == j escapes to heap
./iface_methods_compare.go:21:24: i != j escapes to heap
./iface_methods_compare.go:21:32: i == A{...} escapes to heap
./iface_methods_compare.go:21:43: i == A{...} escapes to heap
./iface_methods_compare.go:22:2: A{...} does not escape
./iface_methods_compare.go:23:13: ... argument does not escape
./iface_methods_compare.go:23:16: i == j escapes to heap
./iface_methods_compare.go:25:13: ... argument does not escape
./iface_methods_compare.go:25:16: k == nil escapes to heap
./iface_methods_compare.go:25:26: i == nil escapes to heap
./iface_methods_compare.go:25:36: k == i escapes to heap
./iface_methods_compare.go:30:13: ... argument does not escape
./iface_methods_compare.go:30:17: p1 == p2 escapes to heap
./iface_methods_compare.go:30:28: p1.M() escapes to heap
./iface_methods_compare.go:32:13: ... argument does not escape
./iface_methods_compare.go:32:16: e == A{...} escapes to heap
./iface_methods_compare.go:34:2: B{...} escapes to heap
./iface_methods_compare.go:34:8: B{...} escapes to heap
./iface_methods_compare.go:35:2: B{...} does not escape
./iface_methods_compare.go:35:8: B{...} does not escape
./iface_methods_compare.go:36:13: ... argument does not escape
./iface_methods_compare.go:36:18: b1.M() escapes to heap
./iface_methods_compare.go:37:13: ... argument does not escape
./iface_methods_compare.go:37:17: b1 == b2 escapes to heap
