./struct_blank.go:32:6: moved to heap: z
./struct_blank.go:34:2: moved to heap: arr
./struct_blank.go:23:13: ... argument does not escape
./struct_blank.go:23:15: r.ID escapes to heap
./struct_blank.go:23:21: r.Name escapes to heap
./struct_blank.go:23:29: r.Flag escapes to heap
./struct_blank.go:23:37: r.Val escapes to heap
./struct_blank.go:23:45: r2.Flag escapes to heap
./struct_blank.go:24:14: []Pair{...} escapes to heap
./struct_blank.go:24:26: []int{...} escapes to heap
./struct_blank.go:25:13: ... argument does not escape
./struct_blank.go:25:13: ps escapes to heap
./struct_blank.go:27:13: ... argument does not escape
./struct_blank.go:27:13: ps escapes to heap
./struct_blank.go:27:21: len(ps[1].V) escapes to heap
./struct_blank.go:31:13: ... argument does not escape
./struct_blank.go:31:13: ps escapes to heap
./struct_blank.go:33:13: ... argument does not escape
./struct_blank.go:33:13: z escapes to heap
./struct_blank.go:33:21: z.V == nil escapes to heap
./struct_blank.go:35:13: ... argument does not escape
./struct_blank.go:35:13: arr escapes to heap
