./store_array.go:15:2: b escapes to heap:
./store_array.go:15:2:   flow: {heap} = &b:
./store_array.go:15:2:     from &b (address-of) at ./store_array.go:16:12
./store_array.go:15:2:     from garr[1] = &b (assign) at ./store_array.go:16:10
./store_array.go:15:2: moved to heap: b
./store_array.go:20:5: d escapes to heap:
./store_array.go:20:5:   flow: ~r0 = &d:
./store_array.go:20:5:     from &d (address-of) at ./store_array.go:21:21
./store_array.go:20:5:     from [2]*int{...} (array literal element) at ./store_array.go:21:16
./store_array.go:20:5:     from return [2]*int{...} (return) at ./store_array.go:21:2
./store_array.go:20:2: c escapes to heap:
./store_array.go:20:2:   flow: ~r0 = &c:
./store_array.go:20:2:     from &c (address-of) at ./store_array.go:21:17
./store_array.go:20:2:     from [2]*int{...} (array literal element) at ./store_array.go:21:16
./store_array.go:20:2:     from return [2]*int{...} (return) at ./store_array.go:21:2
./store_array.go:20:2: moved to heap: c
./store_array.go:20:5: moved to heap: d
./store_array.go:25:2: e escapes to heap:
./store_array.go:25:2:   flow: {heap} = &e:
./store_array.go:25:2:     from &e (address-of) at ./store_array.go:26:11
./store_array.go:25:2:     from arr[0] = &e (assign) at ./store_array.go:26:9
./store_array.go:24:24: arr does not escape
./store_array.go:25:2: moved to heap: e
./store_array.go:29:22: parameter arr leaks to ~r0 with derefs=0:
./store_array.go:29:22:   flow: ~r0 = arr:
./store_array.go:29:22:     from arr[1] (fixed-array-index-of) at ./store_array.go:30:12
./store_array.go:29:22:     from return arr[1] (return) at ./store_array.go:30:2
./store_array.go:29:22: leaking param: arr to result ~r0 level=0
