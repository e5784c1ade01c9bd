./struct_copy.go:17:13: leaking param: o to result ~r0 level=0
./struct_copy.go:25:14: o does not escape
./struct_copy.go:37:2: moved to heap: shared
./struct_copy.go:38:87: []Inner{...} escapes to heap
./struct_copy.go:40:13: ... argument does not escape
./struct_copy.go:40:15: o.In escapes to heap
./struct_copy.go:40:21: o.Ins escapes to heap
./struct_copy.go:40:27: *o.Ptr escapes to heap
./struct_copy.go:40:36: o.Slice escapes to heap
./struct_copy.go:41:13: ... argument does not escape
./struct_copy.go:41:16: o2.In escapes to heap
./struct_copy.go:41:23: o2.Ins escapes to heap
./struct_copy.go:41:29: *o2.Ptr escapes to heap
./struct_copy.go:41:40: o2.Slice escapes to heap
./struct_copy.go:43:13: ... argument does not escape
./struct_copy.go:43:15: o.In escapes to heap
./struct_copy.go:43:21: o.Ins escapes to heap
./struct_copy.go:47:13: ... argument does not escape
./struct_copy.go:47:15: a[1] escapes to heap
./struct_copy.go:47:21: b[1] escapes to heap
./struct_copy.go:51:13: ... argument does not escape
./struct_copy.go:51:23: arr[0].In.Name escapes to heap
./struct_copy.go:51:40: arr2[0].In.Name escapes to heap
./struct_copy.go:54:13: ... argument does not escape
./struct_copy.go:54:22: o.Ins[0].Vals escapes to heap
./struct_copy.go:54:33: x[0].Vals escapes to heap
./struct_copy.go:59:13: ... argument does not escape
./struct_copy.go:59:19: o.Ins[1] escapes to heap
./struct_copy.go:60:14: []Inner{...} escapes to heap
./struct_copy.go:63:13: ... argument does not escape
./struct_copy.go:63:18: s[0].Name escapes to heap
./struct_copy.go:63:27: el.Name escapes to heap
./struct_copy.go:67:13: ... argument does not escape
./struct_copy.go:67:13: s escapes to heap
./struct_copy.go:71:13: ... argument does not escape
./struct_copy.go:71:13: s escapes to heap
./struct_copy.go:72:13: ... argument does not escape
./struct_copy.go:72:19: o.In == o2.In escapes to heap
./struct_copy.go:72:38: o.Ins[0] == Inner{...} escapes to heap
./struct_copy.go:72:63: a == b escapes to heap
