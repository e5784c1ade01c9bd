./iface_methods.go:21:7: c does not escape
./iface_methods.go:22:7: c does not escape
./iface_methods.go:34:7: b does not escape
./iface_methods.go:35:7: leaking param: b to result ~r0 level=0
./iface_methods.go:39:7: p does not escape
./iface_methods.go:40:7: p does not escape
./iface_methods.go:44:7: e does not escape
./iface_methods.go:44:49: ... argument does not escape
./iface_methods.go:44:50: "code " escapes to heap
./iface_methods.go:44:60: e.code escapes to heap
./iface_methods.go:46:12: leaking param content: shapes
./iface_methods.go:58:9: &Err{...} escapes to heap
./iface_methods.go:62:2: moved to heap: n
./iface_methods.go:63:19: []Shape{...} does not escape
./iface_methods.go:63:24: Rect{...} escapes to heap
./iface_methods.go:63:32: &Circle{...} escapes to heap
./iface_methods.go:63:51: Celsius(4.5) escapes to heap
./iface_methods.go:63:61: Big{...} escapes to heap
./iface_methods.go:65:14: ... argument does not escape
./iface_methods.go:65:21: s.Name() escapes to heap
./iface_methods.go:65:31: s.Area() escapes to heap
./iface_methods.go:67:13: ... argument does not escape
./iface_methods.go:67:19: total(shapes) escapes to heap
./iface_methods.go:69:2: Rect{} escapes to heap
./iface_methods.go:70:13: ... argument does not escape
./iface_methods.go:70:21: nm.Name() escapes to heap
./iface_methods.go:72:6: &Big{...} escapes to heap
./iface_methods.go:73:13: ... argument does not escape
./iface_methods.go:73:20: s.Name() escapes to heap
./iface_methods.go:73:30: s.Area() escapes to heap
./iface_methods.go:75:13: ... argument does not escape
./iface_methods.go:77:14: ... argument does not escape
./iface_methods.go:77:15: "is *Big" escapes to heap
./iface_methods.go:77:27: b.s escapes to heap
./iface_methods.go:80:13: ... argument does not escape
./iface_methods.go:80:13: ok escapes to heap
./iface_methods.go:82:13: ... argument does not escape
./iface_methods.go:82:23: err.Error() escapes to heap
./iface_methods.go:82:31: err != nil escapes to heap
./iface_methods.go:84:13: ... argument does not escape
./iface_methods.go:84:18: err == nil escapes to heap
./iface_methods.go:86:13: ... argument does not escape
./iface_methods.go:86:17: sh == nil escapes to heap
./iface_methods.go:88:13: ... argument does not escape
./iface_methods.go:88:15: c.r escapes to heap
