./embedded_fields.go:22:2: x escapes to heap:
./embedded_fields.go:22:2:   flow: {storage for &Inner{...}} = &x:
./embedded_fields.go:22:2:     from &x (address-of) at ./embedded_fields.go:23:18
./embedded_fields.go:22:2:     from Inner{...} (struct literal element) at ./embedded_fields.go:23:14
./embedded_fields.go:22:2:   flow: in = &{storage for &Inner{...}}:
./embedded_fields.go:22:2:     from &Inner{...} (spill) at ./embedded_fields.go:23:8
./embedded_fields.go:22:2:     from in := &Inner{...} (assign) at ./embedded_fields.go:23:5
./embedded_fields.go:22:2:   flow: o = in:
./embedded_fields.go:22:2:     from Outer{...} (struct literal element) at ./embedded_fields.go:24:12
./embedded_fields.go:22:2:     from o := Outer{...} (assign) at ./embedded_fields.go:24:4
./embedded_fields.go:22:2:   flow: {heap} = *o:
./embedded_fields.go:22:2:     from o.Inner (dot) at ./embedded_fields.go:25:10
./embedded_fields.go:22:2:     from o.Inner.p (dot of pointer) at ./embedded_fields.go:25:10
./embedded_fields.go:22:2:     from sink = o.Inner.p (assign) at ./embedded_fields.go:25:7
./embedded_fields.go:22:2: moved to heap: x
./embedded_fields.go:23:8: &Inner{...} does not escape
./embedded_fields.go:28:17: parameter w leaks to {heap} with derefs=0:
./embedded_fields.go:28:17:   flow: {heap} = w:
./embedded_fields.go:28:17:     from w.Other (dot) at ./embedded_fields.go:29:10
./embedded_fields.go:28:17:     from w.Other.X (dot) at ./embedded_fields.go:29:10
./embedded_fields.go:28:17:     from sink = w.Other.X (assign) at ./embedded_fields.go:29:7
./embedded_fields.go:28:17: leaking param: w
./embedded_fields.go:33:2: m.Leaf.X escapes to heap:
./embedded_fields.go:33:2:   flow: {heap} = &{storage for m.Leaf.X}:
./embedded_fields.go:33:2:     from m.Leaf.X (spill) at ./embedded_fields.go:33:2
./embedded_fields.go:33:2:     from isink = m.Leaf.X (assign) at ./embedded_fields.go:33:8
./embedded_fields.go:33:2: m.Leaf.X escapes to heap
