./body_pointer_iface.go:13:8: &T{...} escapes to heap:
./body_pointer_iface.go:13:8:   flow: t = &{storage for &T{...}}:
./body_pointer_iface.go:13:8:     from &T{...} (spill) at ./body_pointer_iface.go:13:8
./body_pointer_iface.go:13:8:     from t := &T{...} (assign) at ./body_pointer_iface.go:13:5
./body_pointer_iface.go:13:8:   flow: {storage for ... argument} = t:
./body_pointer_iface.go:13:8:     from t (interface-converted) at ./body_pointer_iface.go:14:14
./body_pointer_iface.go:13:8:     from ... argument (slice-literal-element) at ./body_pointer_iface.go:14:14
./body_pointer_iface.go:13:8:   flow: {heap} = {storage for ... argument}:
./body_pointer_iface.go:13:8:     from ... argument (spill) at ./body_pointer_iface.go:14:14
./body_pointer_iface.go:13:8:     from fmt.Println(... argument...) (call parameter) at ./body_pointer_iface.go:14:14
./body_pointer_iface.go:13:8: &T{...} escapes to heap
./body_pointer_iface.go:14:14: ... argument does not escape
