./package_vars.go:17:2: x escapes to heap:
./package_vars.go:17:2:   flow: {heap} = &x:
./package_vars.go:17:2:     from &x (address-of) at ./package_vars.go:18:7
./package_vars.go:17:2:     from gp = &x (assign) at ./package_vars.go:18:5
./package_vars.go:17:2: moved to heap: x
./package_vars.go:22:7: &T{...} escapes to heap:
./package_vars.go:22:7:   flow: {heap} = &{storage for &T{...}}:
./package_vars.go:22:7:     from &T{...} (spill) at ./package_vars.go:22:7
./package_vars.go:22:7:     from gt = &T{...} (assign) at ./package_vars.go:22:5
./package_vars.go:22:7: &T{...} escapes to heap
./package_vars.go:26:11: make([]int, n) escapes to heap:
./package_vars.go:26:11:   flow: {heap} = &{storage for make([]int, n)}:
./package_vars.go:26:11:     from make([]int, n) (spill) at ./package_vars.go:26:11
./package_vars.go:26:11:     from gs = make([]int, n) (assign) at ./package_vars.go:26:5
./package_vars.go:26:11: make([]int, n) escapes to heap:
./package_vars.go:26:11:   flow: {heap} = &{storage for make([]int, n)}:
./package_vars.go:26:11:     from make([]int, n) (non-constant size) at ./package_vars.go:26:11
./package_vars.go:26:11: make([]int, n) escapes to heap
./package_vars.go:30:11: make([]int, 3) escapes to heap:
./package_vars.go:30:11:   flow: {heap} = &{storage for make([]int, 3)}:
./package_vars.go:30:11:     from make([]int, 3) (spill) at ./package_vars.go:30:11
./package_vars.go:30:11:     from gs = make([]int, 3) (assign) at ./package_vars.go:30:5
./package_vars.go:30:11: make([]int, 3) escapes to heap
./package_vars.go:34:2: y escapes to heap:
./package_vars.go:34:2:   flow: {heap} = &y:
./package_vars.go:34:2:     from &y (address-of) at ./package_vars.go:35:20
./package_vars.go:34:2:     from append(gps, &y) (call parameter) at ./package_vars.go:35:14
./package_vars.go:34:2: moved to heap: y
./package_vars.go:39:2: z escapes to heap:
./package_vars.go:39:2:   flow: {heap} = &z:
./package_vars.go:39:2:     from &z (address-of) at ./package_vars.go:40:9
./package_vars.go:39:2:     from gv.P = &z (assign) at ./package_vars.go:40:7
./package_vars.go:39:2: moved to heap: z
