./structs.go:16:11: r does not escape
./structs.go:20:11: r does not escape
./structs.go:27:14: leaking param: name
./structs.go:28:9: &Rect{...} escapes to heap
./structs.go:33:13: ... argument does not escape
./structs.go:33:13: r escapes to heap
./structs.go:33:21: area(r) escapes to heap
./structs.go:36:13: ... argument does not escape
./structs.go:36:13: r escapes to heap
./structs.go:36:21: area(r) escapes to heap
./structs.go:37:13: ... argument does not escape
./structs.go:37:13: c escapes to heap
./structs.go:37:21: area(c) escapes to heap
./structs.go:40:13: ... argument does not escape
./structs.go:40:21: area(*p) escapes to heap
./structs.go:41:13: ... argument does not escape
./structs.go:41:14: *p escapes to heap
./structs.go:44:13: ... argument does not escape
./structs.go:44:15: p.Name escapes to heap
./structs.go:44:23: q.Name escapes to heap
./structs.go:44:32: p == q escapes to heap
./structs.go:46:13: ... argument does not escape
./structs.go:46:13: z escapes to heap
./structs.go:47:13: ... argument does not escape
./structs.go:47:14: &Point{...} escapes to heap
