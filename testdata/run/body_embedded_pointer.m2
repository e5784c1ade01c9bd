./body_embedded_pointer.go:14:2: x escapes to heap:
./body_embedded_pointer.go:14:2:   flow: {storage for &Inner{...}} = &x:
./body_embedded_pointer.go:14:2:     from &x (address-of) at ./body_embedded_pointer.go:15:18
./body_embedded_pointer.go:14:2:     from Inner{...} (struct literal element) at ./body_embedded_pointer.go:15:14
./body_embedded_pointer.go:14:2:   flow: in = &{storage for &Inner{...}}:
./body_embedded_pointer.go:14:2:     from &Inner{...} (spill) at ./body_embedded_pointer.go:15:8
./body_embedded_pointer.go:14:2:     from in := &Inner{...} (assign) at ./body_embedded_pointer.go:15:5
./body_embedded_pointer.go:14:2:   flow: o = in:
./body_embedded_pointer.go:14:2:     from Outer{...} (struct literal element) at ./body_embedded_pointer.go:16:12
./body_embedded_pointer.go:14:2:     from o := Outer{...} (assign) at ./body_embedded_pointer.go:16:4
./body_embedded_pointer.go:14:2:   flow: {heap} = *o:
./body_embedded_pointer.go:14:2:     from o.Inner (dot) at ./body_embedded_pointer.go:17:10
./body_embedded_pointer.go:14:2:     from o.Inner.p (dot of pointer) at ./body_embedded_pointer.go:17:10
./body_embedded_pointer.go:14:2:     from sink = o.Inner.p (assign) at ./body_embedded_pointer.go:17:7
./body_embedded_pointer.go:14:2: moved to heap: x
./body_embedded_pointer.go:15:8: &Inner{...} does not escape
./body_embedded_pointer.go:24:14: *sink escapes to heap:
./body_embedded_pointer.go:24:14:   flow: {storage for ... argument} = &{storage for *sink}:
./body_embedded_pointer.go:24:14:     from *sink (spill) at ./body_embedded_pointer.go:24:14
./body_embedded_pointer.go:24:14:     from ... argument (slice-literal-element) at ./body_embedded_pointer.go:24:13
./body_embedded_pointer.go:24:14:   flow: {heap} = {storage for ... argument}:
./body_embedded_pointer.go:24:14:     from ... argument (spill) at ./body_embedded_pointer.go:24:13
./body_embedded_pointer.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./body_embedded_pointer.go:24:13
./body_embedded_pointer.go:22:14: *sink escapes to heap:
./body_embedded_pointer.go:22:14:   flow: {storage for ... argument} = &{storage for *sink}:
./body_embedded_pointer.go:22:14:     from *sink (spill) at ./body_embedded_pointer.go:22:14
./body_embedded_pointer.go:22:14:     from ... argument (slice-literal-element) at ./body_embedded_pointer.go:22:13
./body_embedded_pointer.go:22:14:   flow: {heap} = {storage for ... argument}:
./body_embedded_pointer.go:22:14:     from ... argument (spill) at ./body_embedded_pointer.go:22:13
./body_embedded_pointer.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./body_embedded_pointer.go:22:13
./body_embedded_pointer.go:22:13: ... argument does not escape
./body_embedded_pointer.go:22:14: *sink escapes to heap
./body_embedded_pointer.go:24:13: ... argument does not escape
./body_embedded_pointer.go:24:14: *sink escapes to heap
