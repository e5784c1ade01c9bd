./params_forms.go:12:10: xs does not escape
./params_forms.go:22:13: p + xs[i] escapes to heap:
./params_forms.go:22:13:   flow: {heap} = &{storage for p + xs[i]}:
./params_forms.go:22:13:     from p + xs[i] (spill) at ./params_forms.go:22:13
./params_forms.go:22:13:     from xs[i] = p + xs[i] (assign) at ./params_forms.go:22:9
./params_forms.go:20:23: parameter xs leaks to ~r0 with derefs=0:
./params_forms.go:20:23:   flow: ~r0 = xs:
./params_forms.go:20:23:     from return xs (return) at ./params_forms.go:24:2
./params_forms.go:20:13: p does not escape
./params_forms.go:20:23: leaking param: xs to result ~r0 level=0
./params_forms.go:22:13: p + xs[i] escapes to heap
./params_forms.go:28:11: make(Bytes, n) escapes to heap:
./params_forms.go:28:11:   flow: {heap} = &{storage for make(Bytes, n)}:
./params_forms.go:28:11:     from make(Bytes, n) (non-constant size) at ./params_forms.go:28:11
./params_forms.go:28:11: make(Bytes, n) escapes to heap
./params_forms.go:54:2: arr escapes to heap:
./params_forms.go:54:2:   flow: pa = &arr:
./params_forms.go:54:2:     from &arr (address-of) at ./params_forms.go:55:8
./params_forms.go:54:2:     from pa := &arr (assign) at ./params_forms.go:55:5
./params_forms.go:54:2:   flow: {storage for ... argument} = pa:
./params_forms.go:54:2:     from pa (interface-converted) at ./params_forms.go:56:13
./params_forms.go:54:2:     from ... argument (slice-literal-element) at ./params_forms.go:56:13
./params_forms.go:54:2:   flow: {heap} = {storage for ... argument}:
./params_forms.go:54:2:     from ... argument (spill) at ./params_forms.go:56:13
./params_forms.go:54:2:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:56:13
./params_forms.go:53:26: len(*ps) escapes to heap:
./params_forms.go:53:26:   flow: {storage for ... argument} = &{storage for len(*ps)}:
./params_forms.go:53:26:     from len(*ps) (spill) at ./params_forms.go:53:26
./params_forms.go:53:26:     from ... argument (slice-literal-element) at ./params_forms.go:53:13
./params_forms.go:53:26:   flow: {heap} = {storage for ... argument}:
./params_forms.go:53:26:     from ... argument (spill) at ./params_forms.go:53:13
./params_forms.go:53:26:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:53:13
./params_forms.go:53:18: *ps escapes to heap:
./params_forms.go:53:18:   flow: {storage for ... argument} = &{storage for *ps}:
./params_forms.go:53:18:     from *ps (spill) at ./params_forms.go:53:18
./params_forms.go:53:18:     from ... argument (slice-literal-element) at ./params_forms.go:53:13
./params_forms.go:53:18:   flow: {heap} = {storage for ... argument}:
./params_forms.go:53:18:     from ... argument (spill) at ./params_forms.go:53:13
./params_forms.go:53:18:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:53:13
./params_forms.go:51:2: s escapes to heap:
./params_forms.go:51:2:   flow: ps = &s:
./params_forms.go:51:2:     from &s (address-of) at ./params_forms.go:52:8
./params_forms.go:51:2:     from ps := &s (assign) at ./params_forms.go:52:5
./params_forms.go:51:2:   flow: {storage for ... argument} = ps:
./params_forms.go:51:2:     from ps (interface-converted) at ./params_forms.go:53:13
./params_forms.go:51:2:     from ... argument (slice-literal-element) at ./params_forms.go:53:13
./params_forms.go:51:2:   flow: {heap} = {storage for ... argument}:
./params_forms.go:51:2:     from ... argument (spill) at ./params_forms.go:53:13
./params_forms.go:51:2:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:53:13
./params_forms.go:50:13: y escapes to heap:
./params_forms.go:50:13:   flow: {storage for ... argument} = &{storage for y}:
./params_forms.go:50:13:     from y (spill) at ./params_forms.go:50:13
./params_forms.go:50:13:     from ... argument (slice-literal-element) at ./params_forms.go:50:13
./params_forms.go:50:13:   flow: {heap} = {storage for ... argument}:
./params_forms.go:50:13:     from ... argument (spill) at ./params_forms.go:50:13
./params_forms.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:50:13
./params_forms.go:50:13: x escapes to heap:
./params_forms.go:50:13:   flow: {storage for ... argument} = &{storage for x}:
./params_forms.go:50:13:     from x (spill) at ./params_forms.go:50:13
./params_forms.go:50:13:     from ... argument (slice-literal-element) at ./params_forms.go:50:13
./params_forms.go:50:13:   flow: {heap} = {storage for ... argument}:
./params_forms.go:50:13:     from ... argument (spill) at ./params_forms.go:50:13
./params_forms.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:50:13
./params_forms.go:48:17: !f escapes to heap:
./params_forms.go:48:17:   flow: {storage for ... argument} = &{storage for !f}:
./params_forms.go:48:17:     from !f (spill) at ./params_forms.go:48:17
./params_forms.go:48:17:     from ... argument (slice-literal-element) at ./params_forms.go:48:13
./params_forms.go:48:17:   flow: {heap} = {storage for ... argument}:
./params_forms.go:48:17:     from ... argument (spill) at ./params_forms.go:48:13
./params_forms.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:48:13
./params_forms.go:48:13: f escapes to heap:
./params_forms.go:48:13:   flow: {storage for ... argument} = &{storage for f}:
./params_forms.go:48:13:     from f (spill) at ./params_forms.go:48:13
./params_forms.go:48:13:     from ... argument (slice-literal-element) at ./params_forms.go:48:13
./params_forms.go:48:13:   flow: {heap} = {storage for ... argument}:
./params_forms.go:48:13:     from ... argument (spill) at ./params_forms.go:48:13
./params_forms.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:48:13
./params_forms.go:46:28: nb escapes to heap:
./params_forms.go:46:28:   flow: {storage for ... argument} = &{storage for nb}:
./params_forms.go:46:28:     from nb (spill) at ./params_forms.go:46:28
./params_forms.go:46:28:     from ... argument (slice-literal-element) at ./params_forms.go:46:13
./params_forms.go:46:28:   flow: {heap} = {storage for ... argument}:
./params_forms.go:46:28:     from ... argument (spill) at ./params_forms.go:46:13
./params_forms.go:46:28:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:46:13
./params_forms.go:46:28: nb == nil escapes to heap:
./params_forms.go:46:28:   flow: {storage for ... argument} = &{storage for nb == nil}:
./params_forms.go:46:28:     from nb == nil (spill) at ./params_forms.go:46:28
./params_forms.go:46:28:     from ... argument (slice-literal-element) at ./params_forms.go:46:13
./params_forms.go:46:28:   flow: {heap} = {storage for ... argument}:
./params_forms.go:46:28:     from ... argument (spill) at ./params_forms.go:46:13
./params_forms.go:46:28:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:46:13
./params_forms.go:46:20: len(b) escapes to heap:
./params_forms.go:46:20:   flow: {storage for ... argument} = &{storage for len(b)}:
./params_forms.go:46:20:     from len(b) (spill) at ./params_forms.go:46:20
./params_forms.go:46:20:     from ... argument (slice-literal-element) at ./params_forms.go:46:13
./params_forms.go:46:20:   flow: {heap} = {storage for ... argument}:
./params_forms.go:46:20:     from ... argument (spill) at ./params_forms.go:46:13
./params_forms.go:46:20:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:46:13
./params_forms.go:46:13: b escapes to heap:
./params_forms.go:46:13:   flow: {storage for ... argument} = &{storage for b}:
./params_forms.go:46:13:     from b (spill) at ./params_forms.go:46:13
./params_forms.go:46:13:     from ... argument (slice-literal-element) at ./params_forms.go:46:13
./params_forms.go:46:13:   flow: {heap} = {storage for ... argument}:
./params_forms.go:46:13:     from ... argument (spill) at ./params_forms.go:46:13
./params_forms.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:46:13
./params_forms.go:42:51: prefix("z", ... argument...) == nil escapes to heap:
./params_forms.go:42:51:   flow: {storage for ... argument} = &{storage for prefix("z", ... argument...) == nil}:
./params_forms.go:42:51:     from prefix("z", ... argument...) == nil (spill) at ./params_forms.go:42:51
./params_forms.go:42:51:     from ... argument (slice-literal-element) at ./params_forms.go:42:13
./params_forms.go:42:51:   flow: {heap} = {storage for ... argument}:
./params_forms.go:42:51:     from ... argument (spill) at ./params_forms.go:42:13
./params_forms.go:42:51:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:42:13
./params_forms.go:42:27: prefix("y", nil...) escapes to heap:
./params_forms.go:42:27:   flow: {storage for ... argument} = &{storage for prefix("y", nil...)}:
./params_forms.go:42:27:     from prefix("y", nil...) (spill) at ./params_forms.go:42:27
./params_forms.go:42:27:     from ... argument (slice-literal-element) at ./params_forms.go:42:13
./params_forms.go:42:27:   flow: {heap} = {storage for ... argument}:
./params_forms.go:42:27:     from ... argument (spill) at ./params_forms.go:42:13
./params_forms.go:42:27:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:42:13
./params_forms.go:42:13: ss escapes to heap:
./params_forms.go:42:13:   flow: {storage for ... argument} = &{storage for ss}:
./params_forms.go:42:13:     from ss (spill) at ./params_forms.go:42:13
./params_forms.go:42:13:     from ... argument (slice-literal-element) at ./params_forms.go:42:13
./params_forms.go:42:13:   flow: {heap} = {storage for ... argument}:
./params_forms.go:42:13:     from ... argument (spill) at ./params_forms.go:42:13
./params_forms.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:42:13
./params_forms.go:42:13: r escapes to heap:
./params_forms.go:42:13:   flow: {storage for ... argument} = &{storage for r}:
./params_forms.go:42:13:     from r (spill) at ./params_forms.go:42:13
./params_forms.go:42:13:     from ... argument (slice-literal-element) at ./params_forms.go:42:13
./params_forms.go:42:13:   flow: {heap} = {storage for ... argument}:
./params_forms.go:42:13:     from ... argument (spill) at ./params_forms.go:42:13
./params_forms.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:42:13
./params_forms.go:39:17: nums escapes to heap:
./params_forms.go:39:17:   flow: {storage for ... argument} = &{storage for nums}:
./params_forms.go:39:17:     from nums (spill) at ./params_forms.go:39:17
./params_forms.go:39:17:     from ... argument (slice-literal-element) at ./params_forms.go:39:13
./params_forms.go:39:17:   flow: {heap} = {storage for ... argument}:
./params_forms.go:39:17:     from ... argument (spill) at ./params_forms.go:39:13
./params_forms.go:39:17:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:39:13
./params_forms.go:39:17: sum(nums...) escapes to heap:
./params_forms.go:39:17:   flow: {storage for ... argument} = &{storage for sum(nums...)}:
./params_forms.go:39:17:     from sum(nums...) (spill) at ./params_forms.go:39:17
./params_forms.go:39:17:     from ... argument (slice-literal-element) at ./params_forms.go:39:13
./params_forms.go:39:17:   flow: {heap} = {storage for ... argument}:
./params_forms.go:39:17:     from ... argument (spill) at ./params_forms.go:39:13
./params_forms.go:39:17:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:39:13
./params_forms.go:37:32: sum(... argument...) escapes to heap:
./params_forms.go:37:32:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./params_forms.go:37:32:     from sum(... argument...) (spill) at ./params_forms.go:37:32
./params_forms.go:37:32:     from ... argument (slice-literal-element) at ./params_forms.go:37:13
./params_forms.go:37:32:   flow: {heap} = {storage for ... argument}:
./params_forms.go:37:32:     from ... argument (spill) at ./params_forms.go:37:13
./params_forms.go:37:32:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:37:13
./params_forms.go:37:24: sum(... argument...) escapes to heap:
./params_forms.go:37:24:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./params_forms.go:37:24:     from sum(... argument...) (spill) at ./params_forms.go:37:24
./params_forms.go:37:24:     from ... argument (slice-literal-element) at ./params_forms.go:37:13
./params_forms.go:37:24:   flow: {heap} = {storage for ... argument}:
./params_forms.go:37:24:     from ... argument (spill) at ./params_forms.go:37:13
./params_forms.go:37:24:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:37:13
./params_forms.go:37:17: sum(nil...) escapes to heap:
./params_forms.go:37:17:   flow: {storage for ... argument} = &{storage for sum(nil...)}:
./params_forms.go:37:17:     from sum(nil...) (spill) at ./params_forms.go:37:17
./params_forms.go:37:17:     from ... argument (slice-literal-element) at ./params_forms.go:37:13
./params_forms.go:37:17:   flow: {heap} = {storage for ... argument}:
./params_forms.go:37:17:     from ... argument (spill) at ./params_forms.go:37:13
./params_forms.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:37:13
./params_forms.go:36:35: unnamed(0, "") escapes to heap:
./params_forms.go:36:35:   flow: {storage for ... argument} = &{storage for unnamed(0, "")}:
./params_forms.go:36:35:     from unnamed(0, "") (spill) at ./params_forms.go:36:35
./params_forms.go:36:35:     from ... argument (slice-literal-element) at ./params_forms.go:36:13
./params_forms.go:36:35:   flow: {heap} = {storage for ... argument}:
./params_forms.go:36:35:     from ... argument (spill) at ./params_forms.go:36:13
./params_forms.go:36:35:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:36:13
./params_forms.go:36:20: ignore(1, 2) escapes to heap:
./params_forms.go:36:20:   flow: {storage for ... argument} = &{storage for ignore(1, 2)}:
./params_forms.go:36:20:     from ignore(1, 2) (spill) at ./params_forms.go:36:20
./params_forms.go:36:20:     from ... argument (slice-literal-element) at ./params_forms.go:36:13
./params_forms.go:36:20:   flow: {heap} = {storage for ... argument}:
./params_forms.go:36:20:     from ... argument (spill) at ./params_forms.go:36:13
./params_forms.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./params_forms.go:36:13
./params_forms.go:40:16: []string{...} escapes to heap:
./params_forms.go:40:16:   flow: ss = &{storage for []string{...}}:
./params_forms.go:40:16:     from []string{...} (spill) at ./params_forms.go:40:16
./params_forms.go:40:16:     from ss := []string{...} (assign) at ./params_forms.go:40:5
./params_forms.go:40:16:   flow: {storage for ss} = ss:
./params_forms.go:40:16:     from ss (interface-converted) at ./params_forms.go:42:13
./params_forms.go:38:15: []int{...} escapes to heap:
./params_forms.go:38:15:   flow: nums = &{storage for []int{...}}:
./params_forms.go:38:15:     from []int{...} (spill) at ./params_forms.go:38:15
./params_forms.go:38:15:     from nums := []int{...} (assign) at ./params_forms.go:38:7
./params_forms.go:38:15:   flow: {storage for nums} = nums:
./params_forms.go:38:15:     from nums (interface-converted) at ./params_forms.go:39:17
./params_forms.go:51:12: []int{...} escapes to heap:
./params_forms.go:51:12:   flow: s = &{storage for []int{...}}:
./params_forms.go:51:12:     from []int{...} (spill) at ./params_forms.go:51:12
./params_forms.go:51:12:     from s := []int{...} (assign) at ./params_forms.go:51:4
./params_forms.go:51:2: moved to heap: s
./params_forms.go:54:2: moved to heap: arr
./params_forms.go:36:13: ... argument does not escape
./params_forms.go:36:20: ignore(1, 2) escapes to heap
./params_forms.go:36:35: unnamed(0, "") escapes to heap
./params_forms.go:37:13: ... argument does not escape
./params_forms.go:37:17: sum(nil...) escapes to heap
./params_forms.go:37:24: sum(... argument...) escapes to heap
./params_forms.go:37:24: ... argument does not escape
./params_forms.go:37:32: sum(... argument...) escapes to heap
./params_forms.go:37:32: ... argument does not escape
./params_forms.go:38:15: []int{...} escapes to heap
./params_forms.go:39:13: ... argument does not escape
./params_forms.go:39:17: sum(nums...) escapes to heap
./params_forms.go:39:17: nums escapes to heap
./params_forms.go:40:16: []string{...} escapes to heap
./params_forms.go:42:13: ... argument does not escape
./params_forms.go:42:13: r escapes to heap
./params_forms.go:42:13: ss escapes to heap
./params_forms.go:42:27: prefix("y", nil...) escapes to heap
./params_forms.go:42:51: prefix("z", ... argument...) == nil escapes to heap
./params_forms.go:42:40: ... argument does not escape
./params_forms.go:46:13: ... argument does not escape
./params_forms.go:46:13: b escapes to heap
./params_forms.go:46:20: len(b) escapes to heap
./params_forms.go:46:28: nb == nil escapes to heap
./params_forms.go:46:28: nb escapes to heap
./params_forms.go:48:13: ... argument does not escape
./params_forms.go:48:13: f escapes to heap
./params_forms.go:48:17: !f escapes to heap
./params_forms.go:50:13: ... argument does not escape
./params_forms.go:50:13: x escapes to heap
./params_forms.go:50:13: y escapes to heap
./params_forms.go:51:12: []int{...} escapes to heap
./params_forms.go:53:13: ... argument does not escape
./params_forms.go:53:18: *ps escapes to heap
./params_forms.go:53:26: len(*ps) escapes to heap
./params_forms.go:56:13: ... argument does not escape
