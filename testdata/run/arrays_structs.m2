./arrays_structs.go:21:12: parameter p leaks to ~r0 with derefs=0:
./arrays_structs.go:21:12:   flow: ~r0 = p:
./arrays_structs.go:21:12:     from return p (return) at ./arrays_structs.go:27:2
./arrays_structs.go:21:12: leaking param: p to result ~r0 level=0
./arrays_structs.go:30:13: p does not escape
./arrays_structs.go:79:13: arrs escapes to heap:
./arrays_structs.go:79:13:   flow: {storage for ... argument} = &{storage for arrs}:
./arrays_structs.go:79:13:     from arrs (spill) at ./arrays_structs.go:79:13
./arrays_structs.go:79:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:79:13
./arrays_structs.go:79:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:79:13:     from ... argument (spill) at ./arrays_structs.go:79:13
./arrays_structs.go:79:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:79:13
./arrays_structs.go:77:46: grid[0] == [4]int{...} escapes to heap:
./arrays_structs.go:77:46:   flow: {storage for ... argument} = &{storage for grid[0] == [4]int{...}}:
./arrays_structs.go:77:46:     from grid[0] == [4]int{...} (spill) at ./arrays_structs.go:77:46
./arrays_structs.go:77:46:     from ... argument (slice-literal-element) at ./arrays_structs.go:77:13
./arrays_structs.go:77:46:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:77:46:     from ... argument (spill) at ./arrays_structs.go:77:13
./arrays_structs.go:77:46:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:77:13
./arrays_structs.go:77:32: arr != b escapes to heap:
./arrays_structs.go:77:32:   flow: {storage for ... argument} = &{storage for arr != b}:
./arrays_structs.go:77:32:     from arr != b (spill) at ./arrays_structs.go:77:32
./arrays_structs.go:77:32:     from ... argument (slice-literal-element) at ./arrays_structs.go:77:13
./arrays_structs.go:77:32:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:77:32:     from ... argument (spill) at ./arrays_structs.go:77:13
./arrays_structs.go:77:32:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:77:13
./arrays_structs.go:77:22: arr == b escapes to heap:
./arrays_structs.go:77:22:   flow: {storage for ... argument} = &{storage for arr == b}:
./arrays_structs.go:77:22:     from arr == b (spill) at ./arrays_structs.go:77:22
./arrays_structs.go:77:22:     from ... argument (slice-literal-element) at ./arrays_structs.go:77:13
./arrays_structs.go:77:22:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:77:22:     from ... argument (spill) at ./arrays_structs.go:77:13
./arrays_structs.go:77:22:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:77:13
./arrays_structs.go:77:13: eq escapes to heap:
./arrays_structs.go:77:13:   flow: {storage for ... argument} = &{storage for eq}:
./arrays_structs.go:77:13:     from eq (spill) at ./arrays_structs.go:77:13
./arrays_structs.go:77:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:77:13
./arrays_structs.go:77:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:77:13:     from ... argument (spill) at ./arrays_structs.go:77:13
./arrays_structs.go:77:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:77:13
./arrays_structs.go:75:15: p.Pts escapes to heap:
./arrays_structs.go:75:15:   flow: {storage for ... argument} = &{storage for p.Pts}:
./arrays_structs.go:75:15:     from p.Pts (spill) at ./arrays_structs.go:75:15
./arrays_structs.go:75:15:     from ... argument (slice-literal-element) at ./arrays_structs.go:75:13
./arrays_structs.go:75:15:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:75:15:     from ... argument (spill) at ./arrays_structs.go:75:13
./arrays_structs.go:75:15:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:75:13
./arrays_structs.go:72:17: arr[3] escapes to heap:
./arrays_structs.go:72:17:   flow: {storage for ... argument} = &{storage for arr[3]}:
./arrays_structs.go:72:17:     from arr[3] (spill) at ./arrays_structs.go:72:17
./arrays_structs.go:72:17:     from ... argument (slice-literal-element) at ./arrays_structs.go:72:13
./arrays_structs.go:72:17:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:72:17:     from ... argument (spill) at ./arrays_structs.go:72:13
./arrays_structs.go:72:17:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:72:13
./arrays_structs.go:69:33: p.Pts[0] escapes to heap:
./arrays_structs.go:69:33:   flow: {storage for ... argument} = &{storage for p.Pts[0]}:
./arrays_structs.go:69:33:     from p.Pts[0] (spill) at ./arrays_structs.go:69:33
./arrays_structs.go:69:33:     from ... argument (slice-literal-element) at ./arrays_structs.go:69:13
./arrays_structs.go:69:33:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:69:33:     from ... argument (spill) at ./arrays_structs.go:69:13
./arrays_structs.go:69:33:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:69:13
./arrays_structs.go:69:23: ps[0].Pts[0] escapes to heap:
./arrays_structs.go:69:23:   flow: {storage for ... argument} = &{storage for ps[0].Pts[0]}:
./arrays_structs.go:69:23:     from ps[0].Pts[0] (spill) at ./arrays_structs.go:69:23
./arrays_structs.go:69:23:     from ... argument (slice-literal-element) at ./arrays_structs.go:69:13
./arrays_structs.go:69:23:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:69:23:     from ... argument (spill) at ./arrays_structs.go:69:13
./arrays_structs.go:69:23:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:69:13
./arrays_structs.go:66:18: row escapes to heap:
./arrays_structs.go:66:18:   flow: {storage for ... argument} = &{storage for row}:
./arrays_structs.go:66:18:     from row (spill) at ./arrays_structs.go:66:18
./arrays_structs.go:66:18:     from ... argument (slice-literal-element) at ./arrays_structs.go:66:13
./arrays_structs.go:66:18:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:66:18:     from ... argument (spill) at ./arrays_structs.go:66:13
./arrays_structs.go:66:18:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:66:13
./arrays_structs.go:66:18: grid[1] escapes to heap:
./arrays_structs.go:66:18:   flow: {storage for ... argument} = &{storage for grid[1]}:
./arrays_structs.go:66:18:     from grid[1] (spill) at ./arrays_structs.go:66:18
./arrays_structs.go:66:18:     from ... argument (slice-literal-element) at ./arrays_structs.go:66:13
./arrays_structs.go:66:18:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:66:18:     from ... argument (spill) at ./arrays_structs.go:66:13
./arrays_structs.go:66:18:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:66:13
./arrays_structs.go:63:13: grid escapes to heap:
./arrays_structs.go:63:13:   flow: {storage for ... argument} = &{storage for grid}:
./arrays_structs.go:63:13:     from grid (spill) at ./arrays_structs.go:63:13
./arrays_structs.go:63:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:63:13
./arrays_structs.go:63:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:63:13:     from ... argument (spill) at ./arrays_structs.go:63:13
./arrays_structs.go:63:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:63:13
./arrays_structs.go:56:38: pb.Min escapes to heap:
./arrays_structs.go:56:38:   flow: {storage for ... argument} = &{storage for pb.Min}:
./arrays_structs.go:56:38:     from pb.Min (spill) at ./arrays_structs.go:56:38
./arrays_structs.go:56:38:     from ... argument (slice-literal-element) at ./arrays_structs.go:56:13
./arrays_structs.go:56:38:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:56:38:     from ... argument (spill) at ./arrays_structs.go:56:13
./arrays_structs.go:56:38:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:56:13
./arrays_structs.go:56:28: pb.P == nil escapes to heap:
./arrays_structs.go:56:28:   flow: {storage for ... argument} = &{storage for pb.P == nil}:
./arrays_structs.go:56:28:     from pb.P == nil (spill) at ./arrays_structs.go:56:28
./arrays_structs.go:56:28:     from ... argument (slice-literal-element) at ./arrays_structs.go:56:13
./arrays_structs.go:56:28:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:56:28:     from ... argument (spill) at ./arrays_structs.go:56:13
./arrays_structs.go:56:28:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:56:13
./arrays_structs.go:56:16: pb.Tags escapes to heap:
./arrays_structs.go:56:16:   flow: {storage for ... argument} = &{storage for pb.Tags}:
./arrays_structs.go:56:16:     from pb.Tags (spill) at ./arrays_structs.go:56:16
./arrays_structs.go:56:16:     from ... argument (slice-literal-element) at ./arrays_structs.go:56:13
./arrays_structs.go:56:16:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:56:16:     from ... argument (spill) at ./arrays_structs.go:56:13
./arrays_structs.go:56:16:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:56:13
./arrays_structs.go:54:22: *bx.P escapes to heap:
./arrays_structs.go:54:22:   flow: {storage for ... argument} = &{storage for *bx.P}:
./arrays_structs.go:54:22:     from *bx.P (spill) at ./arrays_structs.go:54:22
./arrays_structs.go:54:22:     from ... argument (slice-literal-element) at ./arrays_structs.go:54:13
./arrays_structs.go:54:22:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:54:22:     from ... argument (spill) at ./arrays_structs.go:54:13
./arrays_structs.go:54:22:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:54:13
./arrays_structs.go:54:16: bx.Min escapes to heap:
./arrays_structs.go:54:16:   flow: {storage for ... argument} = &{storage for bx.Min}:
./arrays_structs.go:54:16:     from bx.Min (spill) at ./arrays_structs.go:54:16
./arrays_structs.go:54:16:     from ... argument (slice-literal-element) at ./arrays_structs.go:54:13
./arrays_structs.go:54:16:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:54:16:     from ... argument (spill) at ./arrays_structs.go:54:13
./arrays_structs.go:54:16:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:54:13
./arrays_structs.go:51:13: bx escapes to heap:
./arrays_structs.go:51:13:   flow: {storage for ... argument} = &{storage for bx}:
./arrays_structs.go:51:13:     from bx (spill) at ./arrays_structs.go:51:13
./arrays_structs.go:51:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:51:13
./arrays_structs.go:51:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:51:13:     from ... argument (spill) at ./arrays_structs.go:51:13
./arrays_structs.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:51:13
./arrays_structs.go:49:13: p escapes to heap:
./arrays_structs.go:49:13:   flow: {storage for ... argument} = &{storage for p}:
./arrays_structs.go:49:13:     from p (spill) at ./arrays_structs.go:49:13
./arrays_structs.go:49:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:49:13
./arrays_structs.go:49:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:49:13:     from ... argument (spill) at ./arrays_structs.go:49:13
./arrays_structs.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:49:13
./arrays_structs.go:47:13: q escapes to heap:
./arrays_structs.go:47:13:   flow: {storage for ... argument} = &{storage for q}:
./arrays_structs.go:47:13:     from q (spill) at ./arrays_structs.go:47:13
./arrays_structs.go:47:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:47:13
./arrays_structs.go:47:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:47:13:     from ... argument (spill) at ./arrays_structs.go:47:13
./arrays_structs.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:47:13
./arrays_structs.go:46:13: p escapes to heap:
./arrays_structs.go:46:13:   flow: {storage for ... argument} = &{storage for p}:
./arrays_structs.go:46:13:     from p (spill) at ./arrays_structs.go:46:13
./arrays_structs.go:46:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:46:13
./arrays_structs.go:46:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:46:13:     from ... argument (spill) at ./arrays_structs.go:46:13
./arrays_structs.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:46:13
./arrays_structs.go:43:23: b[0] escapes to heap:
./arrays_structs.go:43:23:   flow: {storage for ... argument} = &{storage for b[0]}:
./arrays_structs.go:43:23:     from b[0] (spill) at ./arrays_structs.go:43:23
./arrays_structs.go:43:23:     from ... argument (slice-literal-element) at ./arrays_structs.go:43:13
./arrays_structs.go:43:23:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:43:23:     from ... argument (spill) at ./arrays_structs.go:43:13
./arrays_structs.go:43:23:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:43:13
./arrays_structs.go:43:17: arr[0] escapes to heap:
./arrays_structs.go:43:17:   flow: {storage for ... argument} = &{storage for arr[0]}:
./arrays_structs.go:43:17:     from arr[0] (spill) at ./arrays_structs.go:43:17
./arrays_structs.go:43:17:     from ... argument (slice-literal-element) at ./arrays_structs.go:43:13
./arrays_structs.go:43:17:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:43:17:     from ... argument (spill) at ./arrays_structs.go:43:13
./arrays_structs.go:43:17:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:43:13
./arrays_structs.go:40:22: len(arr) escapes to heap:
./arrays_structs.go:40:22:   flow: {storage for ... argument} = &{storage for len(arr)}:
./arrays_structs.go:40:22:     from len(arr) (spill) at ./arrays_structs.go:40:22
./arrays_structs.go:40:22:     from ... argument (slice-literal-element) at ./arrays_structs.go:40:13
./arrays_structs.go:40:22:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:40:22:     from ... argument (spill) at ./arrays_structs.go:40:13
./arrays_structs.go:40:22:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:40:13
./arrays_structs.go:40:13: arr escapes to heap:
./arrays_structs.go:40:13:   flow: {storage for ... argument} = &{storage for arr}:
./arrays_structs.go:40:13:     from arr (spill) at ./arrays_structs.go:40:13
./arrays_structs.go:40:13:     from ... argument (slice-literal-element) at ./arrays_structs.go:40:13
./arrays_structs.go:40:13:   flow: {heap} = {storage for ... argument}:
./arrays_structs.go:40:13:     from ... argument (spill) at ./arrays_structs.go:40:13
./arrays_structs.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./arrays_structs.go:40:13
./arrays_structs.go:50:2: bx escapes to heap:
./arrays_structs.go:50:2:   flow: bx = &bx:
./arrays_structs.go:50:2:     from bx.Min (dot) at ./arrays_structs.go:52:12
./arrays_structs.go:50:2:     from &bx.Min (address-of) at ./arrays_structs.go:52:9
./arrays_structs.go:50:2:     from bx.P = &bx.Min (assign) at ./arrays_structs.go:52:7
./arrays_structs.go:50:2:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
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
