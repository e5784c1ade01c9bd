./slices_of_arrays.go:12:13: parameter t leaks to {heap} with derefs=1:
./slices_of_arrays.go:12:13:   flow: {heap} = *t:
./slices_of_arrays.go:12:13:     from t.rows (dot of pointer) at ./slices_of_arrays.go:17:19
./slices_of_arrays.go:12:13:     from append(t.rows, r) (call parameter) at ./slices_of_arrays.go:17:17
./slices_of_arrays.go:12:13:     from t.rows = append(t.rows, r) (assign) at ./slices_of_arrays.go:17:9
./slices_of_arrays.go:12:13: leaking param content: t
./slices_of_arrays.go:20:13: t does not escape
./slices_of_arrays.go:56:35: len(big[0][0]) escapes to heap:
./slices_of_arrays.go:56:35:   flow: {storage for ... argument} = &{storage for len(big[0][0])}:
./slices_of_arrays.go:56:35:     from len(big[0][0]) (spill) at ./slices_of_arrays.go:56:35
./slices_of_arrays.go:56:35:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:35:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:56:35:     from ... argument (spill) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:35:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:22: len(big[0]) escapes to heap:
./slices_of_arrays.go:56:22:   flow: {storage for ... argument} = &{storage for len(big[0])}:
./slices_of_arrays.go:56:22:     from len(big[0]) (spill) at ./slices_of_arrays.go:56:22
./slices_of_arrays.go:56:22:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:22:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:56:22:     from ... argument (spill) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:22:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:13: big escapes to heap:
./slices_of_arrays.go:56:13:   flow: {storage for ... argument} = &{storage for big}:
./slices_of_arrays.go:56:13:     from big (spill) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:13:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:13:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:56:13:     from ... argument (spill) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:56:13
./slices_of_arrays.go:52:13: copyArr escapes to heap:
./slices_of_arrays.go:52:13:   flow: {storage for ... argument} = &{storage for copyArr}:
./slices_of_arrays.go:52:13:     from copyArr (spill) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:52:13:     from ... argument (spill) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13: arrOfSlices escapes to heap:
./slices_of_arrays.go:52:13:   flow: {storage for ... argument} = &{storage for arrOfSlices}:
./slices_of_arrays.go:52:13:     from arrOfSlices (spill) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:52:13:     from ... argument (spill) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:46:13: grid escapes to heap:
./slices_of_arrays.go:46:13:   flow: {storage for ... argument} = &{storage for grid}:
./slices_of_arrays.go:46:13:     from grid (spill) at ./slices_of_arrays.go:46:13
./slices_of_arrays.go:46:13:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:46:13
./slices_of_arrays.go:46:13:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:46:13:     from ... argument (spill) at ./slices_of_arrays.go:46:13
./slices_of_arrays.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:46:13
./slices_of_arrays.go:41:23: t.rows[2][0] escapes to heap:
./slices_of_arrays.go:41:23:   flow: {storage for ... argument} = &{storage for t.rows[2][0]}:
./slices_of_arrays.go:41:23:     from t.rows[2][0] (spill) at ./slices_of_arrays.go:41:23
./slices_of_arrays.go:41:23:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:41:13
./slices_of_arrays.go:41:23:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:41:23:     from ... argument (spill) at ./slices_of_arrays.go:41:13
./slices_of_arrays.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:41:13
./slices_of_arrays.go:38:20: cp escapes to heap:
./slices_of_arrays.go:38:20:   flow: {storage for ... argument} = &{storage for cp}:
./slices_of_arrays.go:38:20:     from cp (spill) at ./slices_of_arrays.go:38:20
./slices_of_arrays.go:38:20:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:38:13
./slices_of_arrays.go:38:20:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:38:20:     from ... argument (spill) at ./slices_of_arrays.go:38:13
./slices_of_arrays.go:38:20:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:38:13
./slices_of_arrays.go:38:20: t.rows[5] escapes to heap:
./slices_of_arrays.go:38:20:   flow: {storage for ... argument} = &{storage for t.rows[5]}:
./slices_of_arrays.go:38:20:     from t.rows[5] (spill) at ./slices_of_arrays.go:38:20
./slices_of_arrays.go:38:20:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:38:13
./slices_of_arrays.go:38:20:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:38:20:     from ... argument (spill) at ./slices_of_arrays.go:38:13
./slices_of_arrays.go:38:20:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:38:13
./slices_of_arrays.go:33:57: colSum(t, 2) escapes to heap:
./slices_of_arrays.go:33:57:   flow: {storage for ... argument} = &{storage for colSum(t, 2)}:
./slices_of_arrays.go:33:57:     from colSum(t, 2) (spill) at ./slices_of_arrays.go:33:57
./slices_of_arrays.go:33:57:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:57:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:33:57:     from ... argument (spill) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:57:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:46: t.rows[3] escapes to heap:
./slices_of_arrays.go:33:46:   flow: {storage for ... argument} = &{storage for t.rows[3]}:
./slices_of_arrays.go:33:46:     from t.rows[3] (spill) at ./slices_of_arrays.go:33:46
./slices_of_arrays.go:33:46:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:46:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:33:46:     from ... argument (spill) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:46:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:30: cap(t.rows) escapes to heap:
./slices_of_arrays.go:33:30:   flow: {storage for ... argument} = &{storage for cap(t.rows)}:
./slices_of_arrays.go:33:30:     from cap(t.rows) (spill) at ./slices_of_arrays.go:33:30
./slices_of_arrays.go:33:30:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:30:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:33:30:     from ... argument (spill) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:30:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:17: len(t.rows) escapes to heap:
./slices_of_arrays.go:33:17:   flow: {storage for ... argument} = &{storage for len(t.rows)}:
./slices_of_arrays.go:33:17:     from len(t.rows) (spill) at ./slices_of_arrays.go:33:17
./slices_of_arrays.go:33:17:     from ... argument (slice-literal-element) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:17:   flow: {heap} = {storage for ... argument}:
./slices_of_arrays.go:33:17:     from ... argument (spill) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./slices_of_arrays.go:33:13
./slices_of_arrays.go:47:36: []int{...} escapes to heap:
./slices_of_arrays.go:47:36:   flow: arrOfSlices = &{storage for []int{...}}:
./slices_of_arrays.go:47:36:     from []int{...} (spill) at ./slices_of_arrays.go:47:36
./slices_of_arrays.go:47:36:     from [3][]int{...} (array literal element) at ./slices_of_arrays.go:47:25
./slices_of_arrays.go:47:36:     from arrOfSlices := [3][]int{...} (assign) at ./slices_of_arrays.go:47:14
./slices_of_arrays.go:47:36:   flow: copyArr = arrOfSlices:
./slices_of_arrays.go:47:36:     from copyArr := arrOfSlices (assign) at ./slices_of_arrays.go:49:10
./slices_of_arrays.go:47:36:   flow: {storage for copyArr} = copyArr:
./slices_of_arrays.go:47:36:     from copyArr (interface-converted) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:47:26: []int{...} escapes to heap:
./slices_of_arrays.go:47:26:   flow: arrOfSlices = &{storage for []int{...}}:
./slices_of_arrays.go:47:26:     from []int{...} (spill) at ./slices_of_arrays.go:47:26
./slices_of_arrays.go:47:26:     from [3][]int{...} (array literal element) at ./slices_of_arrays.go:47:25
./slices_of_arrays.go:47:26:     from arrOfSlices := [3][]int{...} (assign) at ./slices_of_arrays.go:47:14
./slices_of_arrays.go:47:26:   flow: copyArr = arrOfSlices:
./slices_of_arrays.go:47:26:     from copyArr := arrOfSlices (assign) at ./slices_of_arrays.go:49:10
./slices_of_arrays.go:47:26:   flow: {storage for copyArr} = copyArr:
./slices_of_arrays.go:47:26:     from copyArr (interface-converted) at ./slices_of_arrays.go:52:13
./slices_of_arrays.go:42:14: make([][3]bool, 3) escapes to heap:
./slices_of_arrays.go:42:14:   flow: grid = &{storage for make([][3]bool, 3)}:
./slices_of_arrays.go:42:14:     from make([][3]bool, 3) (spill) at ./slices_of_arrays.go:42:14
./slices_of_arrays.go:42:14:     from grid := make([][3]bool, 3) (assign) at ./slices_of_arrays.go:42:7
./slices_of_arrays.go:42:14:   flow: {storage for grid} = grid:
./slices_of_arrays.go:42:14:     from grid (interface-converted) at ./slices_of_arrays.go:46:13
./slices_of_arrays.go:33:13: ... argument does not escape
./slices_of_arrays.go:33:17: len(t.rows) escapes to heap
./slices_of_arrays.go:33:30: cap(t.rows) escapes to heap
./slices_of_arrays.go:33:46: t.rows[3] escapes to heap
./slices_of_arrays.go:33:57: colSum(t, 2) escapes to heap
./slices_of_arrays.go:38:13: ... argument does not escape
./slices_of_arrays.go:38:20: t.rows[5] escapes to heap
./slices_of_arrays.go:38:20: cp escapes to heap
./slices_of_arrays.go:41:13: ... argument does not escape
./slices_of_arrays.go:41:23: t.rows[2][0] escapes to heap
./slices_of_arrays.go:42:14: make([][3]bool, 3) escapes to heap
./slices_of_arrays.go:46:13: ... argument does not escape
./slices_of_arrays.go:46:13: grid escapes to heap
./slices_of_arrays.go:47:26: []int{...} escapes to heap
./slices_of_arrays.go:47:36: []int{...} escapes to heap
./slices_of_arrays.go:52:13: ... argument does not escape
./slices_of_arrays.go:52:13: arrOfSlices escapes to heap
./slices_of_arrays.go:52:13: copyArr escapes to heap
./slices_of_arrays.go:56:13: ... argument does not escape
./slices_of_arrays.go:56:13: big escapes to heap
./slices_of_arrays.go:56:22: len(big[0]) escapes to heap
./slices_of_arrays.go:56:35: len(big[0][0]) escapes to heap
