./store_field.go:21:2: y escapes to heap:
./store_field.go:21:2:   flow: {heap} = &y:
./store_field.go:21:2:     from &y (address-of) at ./store_field.go:22:11
./store_field.go:21:2:     from gbox.P = &y (assign) at ./store_field.go:22:9
./store_field.go:21:2: moved to heap: y
./store_field.go:26:2: z escapes to heap:
./store_field.go:26:2:   flow: {heap} = &z:
./store_field.go:26:2:     from &z (address-of) at ./store_field.go:27:8
./store_field.go:26:2:     from b.P = &z (assign) at ./store_field.go:27:6
./store_field.go:25:22: b does not escape
./store_field.go:26:2: moved to heap: z
./store_field.go:30:35: parameter p leaks to {heap} with derefs=0:
./store_field.go:30:35:   flow: {heap} = p:
./store_field.go:30:35:     from b.P = p (assign) at ./store_field.go:31:6
./store_field.go:30:27: b does not escape
./store_field.go:30:35: leaking param: p
./store_field.go:36:12: &Box{...} escapes to heap:
./store_field.go:36:12:   flow: second = &{storage for &Box{...}}:
./store_field.go:36:12:     from &Box{...} (spill) at ./store_field.go:36:12
./store_field.go:36:12:     from second := &Box{...} (assign) at ./store_field.go:36:9
./store_field.go:36:12:   flow: {heap} = second:
./store_field.go:36:12:     from first.Next = second (assign) at ./store_field.go:37:13
./store_field.go:35:11: &Box{...} escapes to heap:
./store_field.go:35:11:   flow: first = &{storage for &Box{...}}:
./store_field.go:35:11:     from &Box{...} (spill) at ./store_field.go:35:11
./store_field.go:35:11:     from first := &Box{...} (assign) at ./store_field.go:35:8
./store_field.go:35:11:   flow: ~r0 = first:
./store_field.go:35:11:     from return first (return) at ./store_field.go:38:2
./store_field.go:35:11: &Box{...} escapes to heap
./store_field.go:36:12: &Box{...} escapes to heap
./store_field.go:51:2: v escapes to heap:
./store_field.go:51:2:   flow: {heap} = &v:
./store_field.go:51:2:     from &v (address-of) at ./store_field.go:52:27
./store_field.go:51:2:     from storeParamFieldParam(&b, &v) (call parameter) at ./store_field.go:52:22
./store_field.go:51:2: moved to heap: v
