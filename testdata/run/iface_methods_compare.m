./iface_methods_compare.go:27:28: devirtualizing p1.M to P
./iface_methods_compare.go:31:18: devirtualizing b1.M to B
./iface_methods_compare.go:12:7: b does not escape
./iface_methods_compare.go:16:7: p does not escape
./iface_methods_compare.go:19:22: A{...} does not escape
./iface_methods_compare.go:19:22: A{...} does not escape
./iface_methods_compare.go:20:13: ... argument does not escape
./iface_methods_compare.go:20:16: i == j escapes to heap
./iface_methods_compare.go:20:24: i != j escapes to heap
./iface_methods_compare.go:20:32: i == A{...} escapes to heap
./iface_methods_compare.go:20:43: i == A{...} escapes to heap
./iface_methods_compare.go:21:2: A{...} does not escape
./iface_methods_compare.go:22:13: ... argument does not escape
./iface_methods_compare.go:22:16: i == j escapes to heap
./iface_methods_compare.go:24:13: ... argument does not escape
./iface_methods_compare.go:24:16: k == nil escapes to heap
./iface_methods_compare.go:24:26: i == nil escapes to heap
./iface_methods_compare.go:24:36: k == i escapes to heap
./iface_methods_compare.go:27:13: ... argument does not escape
./iface_methods_compare.go:27:17: p1 == p2 escapes to heap
./iface_methods_compare.go:27:28: P.M(p1.(P)) escapes to heap
./iface_methods_compare.go:29:13: ... argument does not escape
./iface_methods_compare.go:29:16: e == A{...} escapes to heap
./iface_methods_compare.go:30:24: B{...} does not escape
./iface_methods_compare.go:30:18: B{...} does not escape
./iface_methods_compare.go:30:24: B{...} does not escape
./iface_methods_compare.go:30:24: B{...} does not escape
./iface_methods_compare.go:31:13: ... argument does not escape
./iface_methods_compare.go:31:18: B.M(b1.(B)) escapes to heap
./iface_methods_compare.go:32:13: ... argument does not escape
./iface_methods_compare.go:32:17: b1 == b2 escapes to heap
