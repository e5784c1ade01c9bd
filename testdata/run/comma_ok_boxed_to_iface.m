./comma_ok_boxed_to_iface.go:11:44: ... argument does not escape
./comma_ok_boxed_to_iface.go:11:45: "P" escapes to heap
./comma_ok_boxed_to_iface.go:11:51: p.a escapes to heap
./comma_ok_boxed_to_iface.go:11:56: p.b escapes to heap
./comma_ok_boxed_to_iface.go:13:8: y does not escape
./comma_ok_boxed_to_iface.go:19:8: leaking param content: y
./comma_ok_boxed_to_iface.go:23:19: ... argument does not escape
./comma_ok_boxed_to_iface.go:23:19: s escapes to heap
./comma_ok_boxed_to_iface.go:26:8: y does not escape
./comma_ok_boxed_to_iface.go:30:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:30:13: ok escapes to heap
./comma_ok_boxed_to_iface.go:33:8: leaking param: y
./comma_ok_boxed_to_iface.go:37:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:37:20: st.Str() escapes to heap
./comma_ok_boxed_to_iface.go:40:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:44:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:44:15: f(3) escapes to heap
./comma_ok_boxed_to_iface.go:44:16: 3 does not escape
./comma_ok_boxed_to_iface.go:45:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:46:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:46:15: f("x") escapes to heap
./comma_ok_boxed_to_iface.go:46:16: "x" does not escape
./comma_ok_boxed_to_iface.go:47:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:48:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:48:15: g("s") escapes to heap
./comma_ok_boxed_to_iface.go:48:16: "s" does not escape
./comma_ok_boxed_to_iface.go:48:23: g(1) escapes to heap
./comma_ok_boxed_to_iface.go:48:24: 1 does not escape
./comma_ok_boxed_to_iface.go:49:5: P{...} does not escape
./comma_ok_boxed_to_iface.go:51:5: P{...} escapes to heap
