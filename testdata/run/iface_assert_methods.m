./iface_assert_methods.go:14:47: ... argument does not escape
./iface_assert_methods.go:14:48: "T" escapes to heap
./iface_assert_methods.go:14:54: t.n escapes to heap
./iface_assert_methods.go:15:7: t does not escape
./iface_assert_methods.go:23:49: ... argument does not escape
./iface_assert_methods.go:23:50: "big" escapes to heap
./iface_assert_methods.go:23:64: b.a + b.b + b.c escapes to heap
./iface_assert_methods.go:26:11: leaking param: x
./iface_assert_methods.go:28:14: ... argument does not escape
./iface_assert_methods.go:28:15: "stringer:" escapes to heap
./iface_assert_methods.go:28:36: s.String() escapes to heap
./iface_assert_methods.go:30:14: ... argument does not escape
./iface_assert_methods.go:30:15: "not a stringer" escapes to heap
./iface_assert_methods.go:33:14: ... argument does not escape
./iface_assert_methods.go:33:15: "namer:" escapes to heap
./iface_assert_methods.go:33:31: n.Name() escapes to heap
./iface_assert_methods.go:33:43: n.String() escapes to heap
./iface_assert_methods.go:37:17: leaking param: n to result ~r0 level=0
./iface_assert_methods.go:40:7: 1 escapes to heap
./iface_assert_methods.go:41:8: T{...} escapes to heap
./iface_assert_methods.go:42:7: &T{...} escapes to heap
./iface_assert_methods.go:43:8: U(5) escapes to heap
./iface_assert_methods.go:44:10: big{...} escapes to heap
./iface_assert_methods.go:46:16: &T{...} escapes to heap
./iface_assert_methods.go:48:13: ... argument does not escape
./iface_assert_methods.go:48:22: s.String() escapes to heap
./iface_assert_methods.go:51:13: ... argument does not escape
./iface_assert_methods.go:51:17: s2 == nil escapes to heap
./iface_assert_methods.go:52:16: Stringer(big{...}) escapes to heap
./iface_assert_methods.go:54:13: ... argument does not escape
./iface_assert_methods.go:54:21: n3.Name() escapes to heap
./iface_assert_methods.go:54:34: n3.String() escapes to heap
./iface_assert_methods.go:56:13: ... argument does not escape
./iface_assert_methods.go:56:17: n4 != nil escapes to heap
./iface_assert_methods.go:56:17: ok escapes to heap
./iface_assert_methods.go:57:6: U(1) does not escape
./iface_assert_methods.go:59:13: ... argument does not escape
./iface_assert_methods.go:59:17: n5 == nil escapes to heap
./iface_assert_methods.go:59:17: ok escapes to heap
./iface_assert_methods.go:61:22: big{...} does not escape
./iface_assert_methods.go:62:25: big{...} does not escape
./iface_assert_methods.go:64:13: ... argument does not escape
./iface_assert_methods.go:64:16: a == c escapes to heap
./iface_assert_methods.go:64:24: c == big{...} escapes to heap
./iface_assert_methods.go:64:43: a == Stringer(U(1)) escapes to heap
./iface_assert_methods.go:64:54: Stringer(U(1)) does not escape
./iface_assert_methods.go:68:13: ... argument does not escape
./iface_assert_methods.go:68:13: ok escapes to heap
./iface_assert_methods.go:69:17: &T{...} escapes to heap
./iface_assert_methods.go:70:13: ... argument does not escape
./iface_assert_methods.go:70:29: st.(Namer).Name() escapes to heap
