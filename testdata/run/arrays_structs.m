./arrays_structs.go:21:12: leaking param: p to result ~r0 level=0
./arrays_structs.go:30:13: p does not escape
./arrays_structs.go:50:2: moved to heap: bx
./arrays_structs.go:40:13: ... argument does not escape
./arrays_structs.go:40:13: arr escapes to heap
./arrays_structs.go:40:22: len(arr) escapes to heap
./arrays_structs.go:43:13: ... argument does not escape
./arrays_structs.go:43:17: arr[0] escapes to heap
./arrays_structs.go:43:23: b[0] escapes to heap
./arrays_structs.go:46:13: ... argument does not escape
./arrays_structs.go:46:13: p escapes to heap
./arrays_structs.go:47:13: ... argument does not escape
./arrays_structs.go:47:13: q escapes to heap
./arrays_structs.go:49:13: ... argument does not escape
./arrays_structs.go:49:13: p escapes to heap
./arrays_structs.go:51:13: ... argument does not escape
./arrays_structs.go:51:13: bx escapes to heap
./arrays_structs.go:54:13: ... argument does not escape
./arrays_structs.go:54:16: bx.Min escapes to heap
./arrays_structs.go:54:22: *bx.P escapes to heap
./arrays_structs.go:55:8: &Box{...} does not escape
./arrays_structs.go:56:13: ... argument does not escape
./arrays_structs.go:56:16: pb.Tags escapes to heap
./arrays_structs.go:56:28: pb.P == nil escapes to heap
./arrays_structs.go:56:38: pb.Min escapes to heap
./arrays_structs.go:63:13: ... argument does not escape
./arrays_structs.go:63:13: grid escapes to heap
./arrays_structs.go:66:13: ... argument does not escape
./arrays_structs.go:66:18: grid[1] escapes to heap
./arrays_structs.go:66:18: row escapes to heap
./arrays_structs.go:67:14: []Poly{...} does not escape
./arrays_structs.go:69:13: ... argument does not escape
./arrays_structs.go:69:23: ps[0].Pts[0] escapes to heap
./arrays_structs.go:69:33: p.Pts[0] escapes to heap
./arrays_structs.go:72:13: ... argument does not escape
./arrays_structs.go:72:17: arr[3] escapes to heap
./arrays_structs.go:75:13: ... argument does not escape
./arrays_structs.go:75:15: p.Pts escapes to heap
./arrays_structs.go:77:13: ... argument does not escape
./arrays_structs.go:77:13: eq escapes to heap
./arrays_structs.go:77:22: arr == b escapes to heap
./arrays_structs.go:77:32: arr != b escapes to heap
./arrays_structs.go:77:46: grid[0] == [4]int{...} escapes to heap
./arrays_structs.go:79:13: ... argument does not escape
./arrays_structs.go:79:13: arrs escapes to heap
