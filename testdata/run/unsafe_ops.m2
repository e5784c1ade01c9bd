./unsafe_ops.go:36:14: k escapes to heap:
./unsafe_ops.go:36:14:   flow: {storage for ... argument} = &{storage for k}:
./unsafe_ops.go:36:14:     from k (spill) at ./unsafe_ops.go:36:14
./unsafe_ops.go:36:14:     from ... argument (slice-literal-element) at ./unsafe_ops.go:36:13
./unsafe_ops.go:36:14:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:36:14:     from ... argument (spill) at ./unsafe_ops.go:36:13
./unsafe_ops.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:36:13
./unsafe_ops.go:34:13: bits escapes to heap:
./unsafe_ops.go:34:13:   flow: {storage for ... argument} = &{storage for bits}:
./unsafe_ops.go:34:13:     from bits (spill) at ./unsafe_ops.go:34:13
./unsafe_ops.go:34:13:     from ... argument (slice-literal-element) at ./unsafe_ops.go:34:13
./unsafe_ops.go:34:13:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:34:13:     from ... argument (spill) at ./unsafe_ops.go:34:13
./unsafe_ops.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:34:13
./unsafe_ops.go:31:30: cap(sl) escapes to heap:
./unsafe_ops.go:31:30:   flow: {storage for ... argument} = &{storage for cap(sl)}:
./unsafe_ops.go:31:30:     from cap(sl) (spill) at ./unsafe_ops.go:31:30
./unsafe_ops.go:31:30:     from ... argument (slice-literal-element) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:30:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:31:30:     from ... argument (spill) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:30:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:21: len(sl) escapes to heap:
./unsafe_ops.go:31:21:   flow: {storage for ... argument} = &{storage for len(sl)}:
./unsafe_ops.go:31:21:     from len(sl) (spill) at ./unsafe_ops.go:31:21
./unsafe_ops.go:31:21:     from ... argument (slice-literal-element) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:21:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:31:21:     from ... argument (spill) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:21:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:13: sl escapes to heap:
./unsafe_ops.go:31:13:   flow: {storage for ... argument} = &{storage for sl}:
./unsafe_ops.go:31:13:     from sl (spill) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:13:     from ... argument (slice-literal-element) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:13:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:31:13:     from ... argument (spill) at ./unsafe_ops.go:31:13
./unsafe_ops.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:31:13
./unsafe_ops.go:29:14: *(*int32)(p2) escapes to heap:
./unsafe_ops.go:29:14:   flow: {storage for ... argument} = &{storage for *(*int32)(p2)}:
./unsafe_ops.go:29:14:     from *(*int32)(p2) (spill) at ./unsafe_ops.go:29:14
./unsafe_ops.go:29:14:     from ... argument (slice-literal-element) at ./unsafe_ops.go:29:13
./unsafe_ops.go:29:14:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:29:14:     from ... argument (spill) at ./unsafe_ops.go:29:13
./unsafe_ops.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:29:13
./unsafe_ops.go:26:25: *(*int)(unsafe.Pointer(u)) escapes to heap:
./unsafe_ops.go:26:25:   flow: {storage for ... argument} = &{storage for *(*int)(unsafe.Pointer(u))}:
./unsafe_ops.go:26:25:     from *(*int)(unsafe.Pointer(u)) (spill) at ./unsafe_ops.go:26:25
./unsafe_ops.go:26:25:     from ... argument (slice-literal-element) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:25:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:26:25:     from ... argument (spill) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:25:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:19: u != 0 escapes to heap:
./unsafe_ops.go:26:19:   flow: {storage for ... argument} = &{storage for u != 0}:
./unsafe_ops.go:26:19:     from u != 0 (spill) at ./unsafe_ops.go:26:19
./unsafe_ops.go:26:19:     from ... argument (slice-literal-element) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:19:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:26:19:     from ... argument (spill) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:19:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:13: x escapes to heap:
./unsafe_ops.go:26:13:   flow: {storage for ... argument} = &{storage for x}:
./unsafe_ops.go:26:13:     from x (spill) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:13:     from ... argument (slice-literal-element) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:13:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:26:13:     from ... argument (spill) at ./unsafe_ops.go:26:13
./unsafe_ops.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:26:13
./unsafe_ops.go:20:96: unsafe.Sizeof(true) escapes to heap:
./unsafe_ops.go:20:96:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(true)}:
./unsafe_ops.go:20:96:     from unsafe.Sizeof(true) (spill) at ./unsafe_ops.go:20:96
./unsafe_ops.go:20:96:     from ... argument (slice-literal-element) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:96:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:20:96:     from ... argument (spill) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:96:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:72: unsafe.Sizeof([]int{}) escapes to heap:
./unsafe_ops.go:20:72:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof([]int{})}:
./unsafe_ops.go:20:72:     from unsafe.Sizeof([]int{}) (spill) at ./unsafe_ops.go:20:72
./unsafe_ops.go:20:72:     from ... argument (slice-literal-element) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:72:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:20:72:     from ... argument (spill) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:72:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:52: unsafe.Sizeof("s") escapes to heap:
./unsafe_ops.go:20:52:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof("s")}:
./unsafe_ops.go:20:52:     from unsafe.Sizeof("s") (spill) at ./unsafe_ops.go:20:52
./unsafe_ops.go:20:52:     from ... argument (slice-literal-element) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:52:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:20:52:     from ... argument (spill) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:52:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:27: unsafe.Sizeof(int32(0)) escapes to heap:
./unsafe_ops.go:20:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(int32(0))}:
./unsafe_ops.go:20:27:     from unsafe.Sizeof(int32(0)) (spill) at ./unsafe_ops.go:20:27
./unsafe_ops.go:20:27:     from ... argument (slice-literal-element) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:27:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:20:27:     from ... argument (spill) at ./unsafe_ops.go:20:13
./unsafe_ops.go:20:27:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:20:13
./unsafe_ops.go:19:112: unsafe.Offsetof(s.T) escapes to heap:
./unsafe_ops.go:19:112:   flow: {storage for ... argument} = &{storage for unsafe.Offsetof(s.T)}:
./unsafe_ops.go:19:112:     from unsafe.Offsetof(s.T) (spill) at ./unsafe_ops.go:19:112
./unsafe_ops.go:19:112:     from ... argument (slice-literal-element) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:112:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:19:112:     from ... argument (spill) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:112:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:90: unsafe.Offsetof(s.d) escapes to heap:
./unsafe_ops.go:19:90:   flow: {storage for ... argument} = &{storage for unsafe.Offsetof(s.d)}:
./unsafe_ops.go:19:90:     from unsafe.Offsetof(s.d) (spill) at ./unsafe_ops.go:19:90
./unsafe_ops.go:19:90:     from ... argument (slice-literal-element) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:90:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:19:90:     from ... argument (spill) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:90:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:68: unsafe.Offsetof(s.b) escapes to heap:
./unsafe_ops.go:19:68:   flow: {storage for ... argument} = &{storage for unsafe.Offsetof(s.b)}:
./unsafe_ops.go:19:68:     from unsafe.Offsetof(s.b) (spill) at ./unsafe_ops.go:19:68
./unsafe_ops.go:19:68:     from ... argument (slice-literal-element) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:68:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:19:68:     from ... argument (spill) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:68:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:46: unsafe.Alignof(s.a) escapes to heap:
./unsafe_ops.go:19:46:   flow: {storage for ... argument} = &{storage for unsafe.Alignof(s.a)}:
./unsafe_ops.go:19:46:     from unsafe.Alignof(s.a) (spill) at ./unsafe_ops.go:19:46
./unsafe_ops.go:19:46:     from ... argument (slice-literal-element) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:46:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:19:46:     from ... argument (spill) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:46:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:27: unsafe.Sizeof(s) escapes to heap:
./unsafe_ops.go:19:27:   flow: {storage for ... argument} = &{storage for unsafe.Sizeof(s)}:
./unsafe_ops.go:19:27:     from unsafe.Sizeof(s) (spill) at ./unsafe_ops.go:19:27
./unsafe_ops.go:19:27:     from ... argument (slice-literal-element) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:27:   flow: {heap} = {storage for ... argument}:
./unsafe_ops.go:19:27:     from ... argument (spill) at ./unsafe_ops.go:19:13
./unsafe_ops.go:19:27:     from fmt.Println(... argument...) (call parameter) at ./unsafe_ops.go:19:13
./unsafe_ops.go:27:2: arr escapes to heap:
./unsafe_ops.go:27:2:   flow: sl = &arr:
./unsafe_ops.go:27:2:     from arr[1] (fixed-array-index-of) at ./unsafe_ops.go:30:25
./unsafe_ops.go:27:2:     from &arr[1] (address-of) at ./unsafe_ops.go:30:21
./unsafe_ops.go:27:2:     from unsafe.Slice(&arr[1], 3) (call parameter) at ./unsafe_ops.go:30:20
./unsafe_ops.go:27:2:     from sl := unsafe.Slice(&arr[1], 3) (assign) at ./unsafe_ops.go:30:5
./unsafe_ops.go:27:2:   flow: {storage for sl} = sl:
./unsafe_ops.go:27:2:     from sl (interface-converted) at ./unsafe_ops.go:31:13
./unsafe_ops.go:27:2: moved to heap: arr
./unsafe_ops.go:19:13: ... argument does not escape
./unsafe_ops.go:19:27: unsafe.Sizeof(s) escapes to heap
./unsafe_ops.go:19:46: unsafe.Alignof(s.a) escapes to heap
./unsafe_ops.go:19:68: unsafe.Offsetof(s.b) escapes to heap
./unsafe_ops.go:19:90: unsafe.Offsetof(s.d) escapes to heap
./unsafe_ops.go:19:112: unsafe.Offsetof(s.T) escapes to heap
./unsafe_ops.go:20:13: ... argument does not escape
./unsafe_ops.go:20:27: unsafe.Sizeof(int32(0)) escapes to heap
./unsafe_ops.go:20:52: unsafe.Sizeof("s") escapes to heap
./unsafe_ops.go:20:72: unsafe.Sizeof([]int{}) escapes to heap
./unsafe_ops.go:20:96: unsafe.Sizeof(true) escapes to heap
./unsafe_ops.go:26:13: ... argument does not escape
./unsafe_ops.go:26:13: x escapes to heap
./unsafe_ops.go:26:19: u != 0 escapes to heap
./unsafe_ops.go:26:25: *(*int)(unsafe.Pointer(u)) escapes to heap
./unsafe_ops.go:29:13: ... argument does not escape
./unsafe_ops.go:29:14: *(*int32)(p2) escapes to heap
./unsafe_ops.go:31:13: ... argument does not escape
./unsafe_ops.go:31:13: sl escapes to heap
./unsafe_ops.go:31:21: len(sl) escapes to heap
./unsafe_ops.go:31:30: cap(sl) escapes to heap
./unsafe_ops.go:34:13: ... argument does not escape
./unsafe_ops.go:34:13: bits escapes to heap
./unsafe_ops.go:36:13: ... argument does not escape
./unsafe_ops.go:36:14: k escapes to heap
