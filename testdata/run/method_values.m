./method_values.go:11:7: t does not escape
./method_values.go:19:7: b does not escape
./method_values.go:38:10: t.Get does not escape
./method_values.go:39:10: t.Inc does not escape
./method_values.go:42:13: ... argument does not escape
./method_values.go:42:17: get() escapes to heap
./method_values.go:42:22: t.n escapes to heap
./method_values.go:44:9: p.Get does not escape
./method_values.go:46:13: ... argument does not escape
./method_values.go:46:16: g2() escapes to heap
./method_values.go:49:10: b.Sum does not escape
./method_values.go:51:13: ... argument does not escape
./method_values.go:51:17: sum(1) escapes to heap
./method_values.go:53:8: o.Inner.V does not escape
./method_values.go:54:13: ... argument does not escape
./method_values.go:54:15: v() escapes to heap
./method_values.go:55:11: t.Pair does not escape
./method_values.go:57:13: ... argument does not escape
./method_values.go:57:13: n escapes to heap
./method_values.go:57:13: tt escapes to heap
./method_values.go:58:20: []func() int{...} does not escape
./method_values.go:58:22: t.Get does not escape
./method_values.go:58:29: o.Inner.V does not escape
./method_values.go:60:14: ... argument does not escape
./method_values.go:60:16: f() escapes to heap
./method_values.go:65:13: ... argument does not escape
./method_values.go:65:18: getx(t) escapes to heap
./method_values.go:67:12: func literal does not escape
./method_values.go:69:13: ... argument does not escape
./method_values.go:69:17: np == nil escapes to heap
./method_values.go:70:11: np.Get does not escape
./method_values.go:71:13: ... argument does not escape
./method_values.go:71:17: bad() escapes to heap
