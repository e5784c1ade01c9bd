./append_caps.go:25:6: i escapes to heap:
./append_caps.go:25:6:   flow: {heap} = &i:
./append_caps.go:25:6:     from &i (address-of) at ./append_caps.go:37:23
./append_caps.go:25:6:     from append(ptrs, &i) (call parameter) at ./append_caps.go:37:16
./append_caps.go:61:20: cap(s) escapes to heap:
./append_caps.go:61:20:   flow: {storage for ... argument} = &{storage for cap(s)}:
./append_caps.go:61:20:     from cap(s) (spill) at ./append_caps.go:61:20
./append_caps.go:61:20:     from ... argument (slice-literal-element) at ./append_caps.go:61:13
./append_caps.go:61:20:   flow: {heap} = {storage for ... argument}:
./append_caps.go:61:20:     from ... argument (spill) at ./append_caps.go:61:13
./append_caps.go:61:20:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:61:13
./append_caps.go:61:13: s escapes to heap:
./append_caps.go:61:13:   flow: {storage for ... argument} = &{storage for s}:
./append_caps.go:61:13:     from s (spill) at ./append_caps.go:61:13
./append_caps.go:61:13:     from ... argument (slice-literal-element) at ./append_caps.go:61:13
./append_caps.go:61:13:   flow: {heap} = {storage for ... argument}:
./append_caps.go:61:13:     from ... argument (spill) at ./append_caps.go:61:13
./append_caps.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:61:13
./append_caps.go:59:27: len(e) escapes to heap:
./append_caps.go:59:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./append_caps.go:59:27:     from len(e) (spill) at ./append_caps.go:59:27
./append_caps.go:59:27:     from ... argument (slice-literal-element) at ./append_caps.go:59:13
./append_caps.go:59:27:   flow: {heap} = {storage for ... argument}:
./append_caps.go:59:27:     from ... argument (spill) at ./append_caps.go:59:13
./append_caps.go:59:27:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:59:13
./append_caps.go:59:16: e == nil escapes to heap:
./append_caps.go:59:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./append_caps.go:59:16:     from e == nil (spill) at ./append_caps.go:59:16
./append_caps.go:59:16:     from ... argument (slice-literal-element) at ./append_caps.go:59:13
./append_caps.go:59:16:   flow: {heap} = {storage for ... argument}:
./append_caps.go:59:16:     from ... argument (spill) at ./append_caps.go:59:13
./append_caps.go:59:16:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:59:13
./append_caps.go:57:13: x escapes to heap:
./append_caps.go:57:13:   flow: {storage for ... argument} = &{storage for x}:
./append_caps.go:57:13:     from x (spill) at ./append_caps.go:57:13
./append_caps.go:57:13:     from ... argument (slice-literal-element) at ./append_caps.go:57:13
./append_caps.go:57:13:   flow: {heap} = {storage for ... argument}:
./append_caps.go:57:13:     from ... argument (spill) at ./append_caps.go:57:13
./append_caps.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:57:13
./append_caps.go:57:13: t escapes to heap:
./append_caps.go:57:13:   flow: {storage for ... argument} = &{storage for t}:
./append_caps.go:57:13:     from t (spill) at ./append_caps.go:57:13
./append_caps.go:57:13:     from ... argument (slice-literal-element) at ./append_caps.go:57:13
./append_caps.go:57:13:   flow: {heap} = {storage for ... argument}:
./append_caps.go:57:13:     from ... argument (spill) at ./append_caps.go:57:13
./append_caps.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:57:13
./append_caps.go:55:25: u escapes to heap:
./append_caps.go:55:25:   flow: {storage for ... argument} = &{storage for u}:
./append_caps.go:55:25:     from u (spill) at ./append_caps.go:55:25
./append_caps.go:55:25:     from ... argument (slice-literal-element) at ./append_caps.go:55:13
./append_caps.go:55:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:55:25:     from ... argument (spill) at ./append_caps.go:55:13
./append_caps.go:55:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:55:13
./append_caps.go:55:25: cap(u) escapes to heap:
./append_caps.go:55:25:   flow: {storage for ... argument} = &{storage for cap(u)}:
./append_caps.go:55:25:     from cap(u) (spill) at ./append_caps.go:55:25
./append_caps.go:55:25:     from ... argument (slice-literal-element) at ./append_caps.go:55:13
./append_caps.go:55:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:55:25:     from ... argument (spill) at ./append_caps.go:55:13
./append_caps.go:55:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:55:13
./append_caps.go:55:17: len(u) escapes to heap:
./append_caps.go:55:17:   flow: {storage for ... argument} = &{storage for len(u)}:
./append_caps.go:55:17:     from len(u) (spill) at ./append_caps.go:55:17
./append_caps.go:55:17:     from ... argument (slice-literal-element) at ./append_caps.go:55:13
./append_caps.go:55:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:55:17:     from ... argument (spill) at ./append_caps.go:55:13
./append_caps.go:55:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:55:13
./append_caps.go:53:25: cap(v) escapes to heap:
./append_caps.go:53:25:   flow: {storage for ... argument} = &{storage for cap(v)}:
./append_caps.go:53:25:     from cap(v) (spill) at ./append_caps.go:53:25
./append_caps.go:53:25:     from ... argument (slice-literal-element) at ./append_caps.go:53:13
./append_caps.go:53:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:53:25:     from ... argument (spill) at ./append_caps.go:53:13
./append_caps.go:53:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:53:13
./append_caps.go:53:17: len(v) escapes to heap:
./append_caps.go:53:17:   flow: {storage for ... argument} = &{storage for len(v)}:
./append_caps.go:53:17:     from len(v) (spill) at ./append_caps.go:53:17
./append_caps.go:53:17:     from ... argument (slice-literal-element) at ./append_caps.go:53:13
./append_caps.go:53:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:53:17:     from ... argument (spill) at ./append_caps.go:53:13
./append_caps.go:53:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:53:13
./append_caps.go:51:25: cap(w) escapes to heap:
./append_caps.go:51:25:   flow: {storage for ... argument} = &{storage for cap(w)}:
./append_caps.go:51:25:     from cap(w) (spill) at ./append_caps.go:51:25
./append_caps.go:51:25:     from ... argument (slice-literal-element) at ./append_caps.go:51:13
./append_caps.go:51:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:51:25:     from ... argument (spill) at ./append_caps.go:51:13
./append_caps.go:51:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:51:13
./append_caps.go:51:17: len(w) escapes to heap:
./append_caps.go:51:17:   flow: {storage for ... argument} = &{storage for len(w)}:
./append_caps.go:51:17:     from len(w) (spill) at ./append_caps.go:51:17
./append_caps.go:51:17:     from ... argument (slice-literal-element) at ./append_caps.go:51:13
./append_caps.go:51:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:51:17:     from ... argument (spill) at ./append_caps.go:51:13
./append_caps.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:51:13
./append_caps.go:49:25: cap(z) escapes to heap:
./append_caps.go:49:25:   flow: {storage for ... argument} = &{storage for cap(z)}:
./append_caps.go:49:25:     from cap(z) (spill) at ./append_caps.go:49:25
./append_caps.go:49:25:     from ... argument (slice-literal-element) at ./append_caps.go:49:13
./append_caps.go:49:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:49:25:     from ... argument (spill) at ./append_caps.go:49:13
./append_caps.go:49:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:49:13
./append_caps.go:49:17: len(z) escapes to heap:
./append_caps.go:49:17:   flow: {storage for ... argument} = &{storage for len(z)}:
./append_caps.go:49:17:     from len(z) (spill) at ./append_caps.go:49:17
./append_caps.go:49:17:     from ... argument (slice-literal-element) at ./append_caps.go:49:13
./append_caps.go:49:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:49:17:     from ... argument (spill) at ./append_caps.go:49:13
./append_caps.go:49:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:49:13
./append_caps.go:47:25: cap(y) escapes to heap:
./append_caps.go:47:25:   flow: {storage for ... argument} = &{storage for cap(y)}:
./append_caps.go:47:25:     from cap(y) (spill) at ./append_caps.go:47:25
./append_caps.go:47:25:     from ... argument (slice-literal-element) at ./append_caps.go:47:13
./append_caps.go:47:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:47:25:     from ... argument (spill) at ./append_caps.go:47:13
./append_caps.go:47:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:47:13
./append_caps.go:47:17: len(y) escapes to heap:
./append_caps.go:47:17:   flow: {storage for ... argument} = &{storage for len(y)}:
./append_caps.go:47:17:     from len(y) (spill) at ./append_caps.go:47:17
./append_caps.go:47:17:     from ... argument (slice-literal-element) at ./append_caps.go:47:13
./append_caps.go:47:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:47:17:     from ... argument (spill) at ./append_caps.go:47:13
./append_caps.go:47:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:47:13
./append_caps.go:45:25: x escapes to heap:
./append_caps.go:45:25:   flow: {storage for ... argument} = &{storage for x}:
./append_caps.go:45:25:     from x (spill) at ./append_caps.go:45:25
./append_caps.go:45:25:     from ... argument (slice-literal-element) at ./append_caps.go:45:13
./append_caps.go:45:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:45:25:     from ... argument (spill) at ./append_caps.go:45:13
./append_caps.go:45:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:45:13
./append_caps.go:45:25: cap(x) escapes to heap:
./append_caps.go:45:25:   flow: {storage for ... argument} = &{storage for cap(x)}:
./append_caps.go:45:25:     from cap(x) (spill) at ./append_caps.go:45:25
./append_caps.go:45:25:     from ... argument (slice-literal-element) at ./append_caps.go:45:13
./append_caps.go:45:25:   flow: {heap} = {storage for ... argument}:
./append_caps.go:45:25:     from ... argument (spill) at ./append_caps.go:45:13
./append_caps.go:45:25:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:45:13
./append_caps.go:45:17: len(x) escapes to heap:
./append_caps.go:45:17:   flow: {storage for ... argument} = &{storage for len(x)}:
./append_caps.go:45:17:     from len(x) (spill) at ./append_caps.go:45:17
./append_caps.go:45:17:     from ... argument (slice-literal-element) at ./append_caps.go:45:13
./append_caps.go:45:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:45:17:     from ... argument (spill) at ./append_caps.go:45:13
./append_caps.go:45:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:45:13
./append_caps.go:39:112: cap(ptrs) escapes to heap:
./append_caps.go:39:112:   flow: {storage for ... argument} = &{storage for cap(ptrs)}:
./append_caps.go:39:112:     from cap(ptrs) (spill) at ./append_caps.go:39:112
./append_caps.go:39:112:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:112:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:112:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:112:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:102: cap(str) escapes to heap:
./append_caps.go:39:102:   flow: {storage for ... argument} = &{storage for cap(str)}:
./append_caps.go:39:102:     from cap(str) (spill) at ./append_caps.go:39:102
./append_caps.go:39:102:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:102:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:102:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:102:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:91: cap(s100) escapes to heap:
./append_caps.go:39:91:   flow: {storage for ... argument} = &{storage for cap(s100)}:
./append_caps.go:39:91:     from cap(s100) (spill) at ./append_caps.go:39:91
./append_caps.go:39:91:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:91:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:91:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:91:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:81: cap(s40) escapes to heap:
./append_caps.go:39:81:   flow: {storage for ... argument} = &{storage for cap(s40)}:
./append_caps.go:39:81:     from cap(s40) (spill) at ./append_caps.go:39:81
./append_caps.go:39:81:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:81:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:81:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:81:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:71: cap(s24) escapes to heap:
./append_caps.go:39:71:   flow: {storage for ... argument} = &{storage for cap(s24)}:
./append_caps.go:39:71:     from cap(s24) (spill) at ./append_caps.go:39:71
./append_caps.go:39:71:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:71:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:71:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:71:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:62: cap(s3) escapes to heap:
./append_caps.go:39:62:   flow: {storage for ... argument} = &{storage for cap(s3)}:
./append_caps.go:39:62:     from cap(s3) (spill) at ./append_caps.go:39:62
./append_caps.go:39:62:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:62:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:62:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:62:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:52: cap(i64) escapes to heap:
./append_caps.go:39:52:   flow: {storage for ... argument} = &{storage for cap(i64)}:
./append_caps.go:39:52:     from cap(i64) (spill) at ./append_caps.go:39:52
./append_caps.go:39:52:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:52:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:52:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:52:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:42: cap(i32) escapes to heap:
./append_caps.go:39:42:   flow: {storage for ... argument} = &{storage for cap(i32)}:
./append_caps.go:39:42:     from cap(i32) (spill) at ./append_caps.go:39:42
./append_caps.go:39:42:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:42:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:42:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:42:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:32: cap(i16) escapes to heap:
./append_caps.go:39:32:   flow: {storage for ... argument} = &{storage for cap(i16)}:
./append_caps.go:39:32:     from cap(i16) (spill) at ./append_caps.go:39:32
./append_caps.go:39:32:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:32:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:32:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:32:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:24: cap(b) escapes to heap:
./append_caps.go:39:24:   flow: {storage for ... argument} = &{storage for cap(b)}:
./append_caps.go:39:24:     from cap(b) (spill) at ./append_caps.go:39:24
./append_caps.go:39:24:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:24:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:24:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:24:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:39:17: i + 1 escapes to heap:
./append_caps.go:39:17:   flow: {storage for ... argument} = &{storage for i + 1}:
./append_caps.go:39:17:     from i + 1 (spill) at ./append_caps.go:39:17
./append_caps.go:39:17:     from ... argument (slice-literal-element) at ./append_caps.go:39:15
./append_caps.go:39:17:   flow: {heap} = {storage for ... argument}:
./append_caps.go:39:17:     from ... argument (spill) at ./append_caps.go:39:15
./append_caps.go:39:17:     from fmt.Println(... argument...) (call parameter) at ./append_caps.go:39:15
./append_caps.go:43:12: []int{...} escapes to heap:
./append_caps.go:43:12:   flow: x = &{storage for []int{...}}:
./append_caps.go:43:12:     from []int{...} (spill) at ./append_caps.go:43:12
./append_caps.go:43:12:     from x := []int{...} (assign) at ./append_caps.go:43:4
./append_caps.go:43:12:   flow: s = x:
./append_caps.go:43:12:     from append(x, x...) (call parameter) at ./append_caps.go:60:13
./append_caps.go:43:12:     from s := append(x, x...) (assign) at ./append_caps.go:60:4
./append_caps.go:43:12:   flow: {storage for s} = s:
./append_caps.go:43:12:     from s (interface-converted) at ./append_caps.go:61:13
./append_caps.go:54:22: []string{...} escapes to heap:
./append_caps.go:54:22:   flow: {temp} = &{storage for []string{...}}:
./append_caps.go:54:22:     from []string{...} (spill) at ./append_caps.go:54:22
./append_caps.go:54:22:     from append([]string{...}, "b", "c") (call parameter) at ./append_caps.go:54:13
./append_caps.go:54:22:   flow: u = {temp}:
./append_caps.go:54:22:     from u := append([]string{...}, "b", "c") (assign) at ./append_caps.go:54:4
./append_caps.go:54:22:   flow: {storage for u} = u:
./append_caps.go:54:22:     from u (interface-converted) at ./append_caps.go:55:25
./append_caps.go:25:6: moved to heap: i
./append_caps.go:39:15: ... argument does not escape
./append_caps.go:39:17: i + 1 escapes to heap
./append_caps.go:39:24: cap(b) escapes to heap
./append_caps.go:39:32: cap(i16) escapes to heap
./append_caps.go:39:42: cap(i32) escapes to heap
./append_caps.go:39:52: cap(i64) escapes to heap
./append_caps.go:39:62: cap(s3) escapes to heap
./append_caps.go:39:71: cap(s24) escapes to heap
./append_caps.go:39:81: cap(s40) escapes to heap
./append_caps.go:39:91: cap(s100) escapes to heap
./append_caps.go:39:102: cap(str) escapes to heap
./append_caps.go:39:112: cap(ptrs) escapes to heap
./append_caps.go:43:12: []int{...} escapes to heap
./append_caps.go:45:13: ... argument does not escape
./append_caps.go:45:17: len(x) escapes to heap
./append_caps.go:45:25: cap(x) escapes to heap
./append_caps.go:45:25: x escapes to heap
./append_caps.go:46:20: []byte{} does not escape
./append_caps.go:47:13: ... argument does not escape
./append_caps.go:47:17: len(y) escapes to heap
./append_caps.go:47:25: cap(y) escapes to heap
./append_caps.go:48:32: make([]int16, 13) does not escape
./append_caps.go:49:13: ... argument does not escape
./append_caps.go:49:17: len(z) escapes to heap
./append_caps.go:49:25: cap(z) escapes to heap
./append_caps.go:50:18: make([]int64, 5, 5) does not escape
./append_caps.go:50:39: make([]int64, 7) does not escape
./append_caps.go:51:13: ... argument does not escape
./append_caps.go:51:17: len(w) escapes to heap
./append_caps.go:51:25: cap(w) escapes to heap
./append_caps.go:52:18: make([]S24, 2, 3) does not escape
./append_caps.go:52:37: make([]S24, 9) does not escape
./append_caps.go:53:13: ... argument does not escape
./append_caps.go:53:17: len(v) escapes to heap
./append_caps.go:53:25: cap(v) escapes to heap
./append_caps.go:54:22: []string{...} escapes to heap
./append_caps.go:55:13: ... argument does not escape
./append_caps.go:55:17: len(u) escapes to heap
./append_caps.go:55:25: cap(u) escapes to heap
./append_caps.go:55:25: u escapes to heap
./append_caps.go:57:13: ... argument does not escape
./append_caps.go:57:13: t escapes to heap
./append_caps.go:57:13: x escapes to heap
./append_caps.go:59:13: ... argument does not escape
./append_caps.go:59:16: e == nil escapes to heap
./append_caps.go:59:27: len(e) escapes to heap
./append_caps.go:61:13: ... argument does not escape
./append_caps.go:61:13: s escapes to heap
./append_caps.go:61:20: cap(s) escapes to heap
