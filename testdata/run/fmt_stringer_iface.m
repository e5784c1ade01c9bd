./fmt_stringer_iface.go:7:48: ... argument does not escape
./fmt_stringer_iface.go:7:59: int(t) escapes to heap
./fmt_stringer_iface.go:13:15: leaking param: s
./fmt_stringer_iface.go:13:64: "<" + s.String() + ">" escapes to heap
./fmt_stringer_iface.go:16:6: T(4) escapes to heap
./fmt_stringer_iface.go:17:13: ... argument does not escape
./fmt_stringer_iface.go:17:25: describe(T(5)) escapes to heap
./fmt_stringer_iface.go:17:27: T(5) escapes to heap
./fmt_stringer_iface.go:18:12: ... argument does not escape
./fmt_stringer_iface.go:20:13: ... argument does not escape
./fmt_stringer_iface.go:20:16: n == nil escapes to heap
./fmt_stringer_iface.go:21:24: []fmt.Stringer{...} escapes to heap
./fmt_stringer_iface.go:21:26: T(1) escapes to heap
./fmt_stringer_iface.go:21:32: T(2) escapes to heap
./fmt_stringer_iface.go:22:13: ... argument does not escape
./fmt_stringer_iface.go:22:13: list escapes to heap
./fmt_stringer_iface.go:23:12: ... argument does not escape
./fmt_stringer_iface.go:23:13: list escapes to heap
./fmt_stringer_iface.go:24:27: G{} escapes to heap
./fmt_stringer_iface.go:25:12: ... argument does not escape
./fmt_stringer_iface.go:27:14: ... argument does not escape
./fmt_stringer_iface.go:27:15: "is T" escapes to heap
./fmt_stringer_iface.go:27:15: t escapes to heap
./fmt_stringer_iface.go:29:6: T(9) escapes to heap
./fmt_stringer_iface.go:31:14: ... argument does not escape
./fmt_stringer_iface.go:31:15: "stringer" escapes to heap
./fmt_stringer_iface.go:31:36: st.String() escapes to heap
