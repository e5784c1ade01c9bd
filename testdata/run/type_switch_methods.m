./type_switch_methods.go:20:7: r does not escape
./type_switch_methods.go:24:47: ... argument does not escape
./type_switch_methods.go:24:48: "num" escapes to heap
./type_switch_methods.go:24:58: int(n) escapes to heap
./type_switch_methods.go:26:15: leaking param: s
./type_switch_methods.go:29:14: ... argument does not escape
./type_switch_methods.go:29:15: "nil shape" escapes to heap
./type_switch_methods.go:31:14: ... argument does not escape
./type_switch_methods.go:31:15: "named" escapes to heap
./type_switch_methods.go:31:30: v.Name() escapes to heap
./type_switch_methods.go:31:40: s.Area() escapes to heap
./type_switch_methods.go:33:14: ... argument does not escape
./type_switch_methods.go:33:15: "rect" escapes to heap
./type_switch_methods.go:33:24: v.w escapes to heap
./type_switch_methods.go:33:29: v.h escapes to heap
./type_switch_methods.go:33:39: (*Rect).Area(v) escapes to heap
./type_switch_methods.go:35:14: ... argument does not escape
./type_switch_methods.go:35:15: "other" escapes to heap
./type_switch_methods.go:35:30: v.Area() escapes to heap
./type_switch_methods.go:39:10: leaking param: x
./type_switch_methods.go:42:20: ... argument does not escape
./type_switch_methods.go:42:21: "int or string " escapes to heap
./type_switch_methods.go:44:20: ... argument does not escape
./type_switch_methods.go:44:21: "shape " escapes to heap
./type_switch_methods.go:44:37: v.Area() escapes to heap
./type_switch_methods.go:46:19: "named " + v.Name() escapes to heap
./type_switch_methods.go:48:19: "error " + v.Error() escapes to heap
./type_switch_methods.go:61:13: Sq{...} escapes to heap
./type_switch_methods.go:62:11: &Rect{...} escapes to heap
./type_switch_methods.go:63:11: &Sq{...} escapes to heap
./type_switch_methods.go:64:13: ... argument does not escape
./type_switch_methods.go:64:17: any(1) escapes to heap
./type_switch_methods.go:64:18: 1 escapes to heap
./type_switch_methods.go:65:13: ... argument does not escape
./type_switch_methods.go:65:17: any("s") escapes to heap
./type_switch_methods.go:65:18: "s" escapes to heap
./type_switch_methods.go:66:13: ... argument does not escape
./type_switch_methods.go:66:17: any(Sq{...}) escapes to heap
./type_switch_methods.go:66:20: Sq{...} escapes to heap
./type_switch_methods.go:67:13: ... argument does not escape
./type_switch_methods.go:67:17: any(Num(7)) escapes to heap
./type_switch_methods.go:67:21: Num(7) escapes to heap
./type_switch_methods.go:68:13: ... argument does not escape
./type_switch_methods.go:68:17: any(&myErr{}) escapes to heap
./type_switch_methods.go:68:18: &myErr{} escapes to heap
./type_switch_methods.go:69:13: ... argument does not escape
./type_switch_methods.go:69:17: any(2.5) escapes to heap
./type_switch_methods.go:69:18: 2.5 escapes to heap
./type_switch_methods.go:70:13: ... argument does not escape
./type_switch_methods.go:70:17: any(nil) escapes to heap
./type_switch_methods.go:71:6: Num(3) does not escape
./type_switch_methods.go:74:14: ... argument does not escape
./type_switch_methods.go:74:15: "num is a shape" escapes to heap
./type_switch_methods.go:76:14: ... argument does not escape
./type_switch_methods.go:76:15: "num is a stringer" escapes to heap
./type_switch_methods.go:78:14: ... argument does not escape
./type_switch_methods.go:78:15: "num is just named" escapes to heap
