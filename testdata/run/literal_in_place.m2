./literal_in_place.go:19:11: parameter s leaks to {heap} with derefs=0:
./literal_in_place.go:19:11:   flow: {heap} = s:
./literal_in_place.go:19:11:     from append(calls, s) (call parameter) at ./literal_in_place.go:20:16
./literal_in_place.go:19:11: leaking param: s
./literal_in_place.go:37:2: x escapes to heap:
./literal_in_place.go:37:2:   flow: {heap} = &x:
./literal_in_place.go:37:2:     from x (too large for stack) at ./literal_in_place.go:37:2
./literal_in_place.go:40:2: b escapes to heap:
./literal_in_place.go:40:2:   flow: {heap} = &b:
./literal_in_place.go:40:2:     from b (too large for stack) at ./literal_in_place.go:40:2
./literal_in_place.go:43:7: &Big{...} escapes to heap:
./literal_in_place.go:43:7:   flow: {heap} = &{storage for &Big{...}}:
./literal_in_place.go:43:7:     from &Big{...} (too large for stack) at ./literal_in_place.go:43:7
./literal_in_place.go:61:6: &Big{...} escapes to heap:
./literal_in_place.go:61:6:   flow: {heap} = &{storage for &Big{...}}:
./literal_in_place.go:61:6:     from &Big{...} (too large for stack) at ./literal_in_place.go:61:6
./literal_in_place.go:70:13: calls escapes to heap:
./literal_in_place.go:70:13:   flow: {storage for ... argument} = &{storage for calls}:
./literal_in_place.go:70:13:     from calls (spill) at ./literal_in_place.go:70:13
./literal_in_place.go:70:13:     from ... argument (slice-literal-element) at ./literal_in_place.go:70:13
./literal_in_place.go:70:13:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:70:13:     from ... argument (spill) at ./literal_in_place.go:70:13
./literal_in_place.go:70:13:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:70:13
./literal_in_place.go:69:26: i == nil escapes to heap:
./literal_in_place.go:69:26:   flow: {storage for ... argument} = &{storage for i == nil}:
./literal_in_place.go:69:26:     from i == nil (spill) at ./literal_in_place.go:69:26
./literal_in_place.go:69:26:     from ... argument (slice-literal-element) at ./literal_in_place.go:69:13
./literal_in_place.go:69:26:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:69:26:     from ... argument (spill) at ./literal_in_place.go:69:13
./literal_in_place.go:69:26:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:69:13
./literal_in_place.go:69:16: i != nil escapes to heap:
./literal_in_place.go:69:16:   flow: {storage for ... argument} = &{storage for i != nil}:
./literal_in_place.go:69:16:     from i != nil (spill) at ./literal_in_place.go:69:16
./literal_in_place.go:69:16:     from ... argument (slice-literal-element) at ./literal_in_place.go:69:13
./literal_in_place.go:69:16:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:69:16:     from ... argument (spill) at ./literal_in_place.go:69:13
./literal_in_place.go:69:16:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:69:13
./literal_in_place.go:65:42: global[N - 1] escapes to heap:
./literal_in_place.go:65:42:   flow: {storage for ... argument} = &{storage for global[N - 1]}:
./literal_in_place.go:65:42:     from global[N - 1] (spill) at ./literal_in_place.go:65:42
./literal_in_place.go:65:42:     from ... argument (slice-literal-element) at ./literal_in_place.go:65:13
./literal_in_place.go:65:42:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:65:42:     from ... argument (spill) at ./literal_in_place.go:65:13
./literal_in_place.go:65:42:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:65:13
./literal_in_place.go:65:31: global[4] escapes to heap:
./literal_in_place.go:65:31:   flow: {storage for ... argument} = &{storage for global[4]}:
./literal_in_place.go:65:31:     from global[4] (spill) at ./literal_in_place.go:65:31
./literal_in_place.go:65:31:     from ... argument (slice-literal-element) at ./literal_in_place.go:65:13
./literal_in_place.go:65:31:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:65:31:     from ... argument (spill) at ./literal_in_place.go:65:13
./literal_in_place.go:65:31:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:65:13
./literal_in_place.go:65:20: global[3] escapes to heap:
./literal_in_place.go:65:20:   flow: {storage for ... argument} = &{storage for global[3]}:
./literal_in_place.go:65:20:     from global[3] (spill) at ./literal_in_place.go:65:20
./literal_in_place.go:65:20:     from ... argument (slice-literal-element) at ./literal_in_place.go:65:13
./literal_in_place.go:65:20:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:65:20:     from ... argument (spill) at ./literal_in_place.go:65:13
./literal_in_place.go:65:20:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:65:13
./literal_in_place.go:63:53: gbig.tail escapes to heap:
./literal_in_place.go:63:53:   flow: {storage for ... argument} = &{storage for gbig.tail}:
./literal_in_place.go:63:53:     from gbig.tail (spill) at ./literal_in_place.go:63:53
./literal_in_place.go:63:53:     from ... argument (slice-literal-element) at ./literal_in_place.go:63:13
./literal_in_place.go:63:53:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:63:53:     from ... argument (spill) at ./literal_in_place.go:63:13
./literal_in_place.go:63:53:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:63:13
./literal_in_place.go:63:42: gbig.head escapes to heap:
./literal_in_place.go:63:42:   flow: {storage for ... argument} = &{storage for gbig.head}:
./literal_in_place.go:63:42:     from gbig.head (spill) at ./literal_in_place.go:63:42
./literal_in_place.go:63:42:     from ... argument (slice-literal-element) at ./literal_in_place.go:63:13
./literal_in_place.go:63:42:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:63:42:     from ... argument (spill) at ./literal_in_place.go:63:13
./literal_in_place.go:63:42:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:63:13
./literal_in_place.go:63:31: global[N - 1] escapes to heap:
./literal_in_place.go:63:31:   flow: {storage for ... argument} = &{storage for global[N - 1]}:
./literal_in_place.go:63:31:     from global[N - 1] (spill) at ./literal_in_place.go:63:31
./literal_in_place.go:63:31:     from ... argument (slice-literal-element) at ./literal_in_place.go:63:13
./literal_in_place.go:63:31:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:63:31:     from ... argument (spill) at ./literal_in_place.go:63:13
./literal_in_place.go:63:31:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:63:13
./literal_in_place.go:63:20: global[3] escapes to heap:
./literal_in_place.go:63:20:   flow: {storage for ... argument} = &{storage for global[3]}:
./literal_in_place.go:63:20:     from global[3] (spill) at ./literal_in_place.go:63:20
./literal_in_place.go:63:20:     from ... argument (slice-literal-element) at ./literal_in_place.go:63:13
./literal_in_place.go:63:20:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:63:20:     from ... argument (spill) at ./literal_in_place.go:63:13
./literal_in_place.go:63:20:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:63:13
./literal_in_place.go:56:13: arr escapes to heap:
./literal_in_place.go:56:13:   flow: {storage for ... argument} = &{storage for arr}:
./literal_in_place.go:56:13:     from arr (spill) at ./literal_in_place.go:56:13
./literal_in_place.go:56:13:     from ... argument (slice-literal-element) at ./literal_in_place.go:56:13
./literal_in_place.go:56:13:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:56:13:     from ... argument (spill) at ./literal_in_place.go:56:13
./literal_in_place.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:56:13
./literal_in_place.go:52:22: pr.b escapes to heap:
./literal_in_place.go:52:22:   flow: {storage for ... argument} = &{storage for pr.b}:
./literal_in_place.go:52:22:     from pr.b (spill) at ./literal_in_place.go:52:22
./literal_in_place.go:52:22:     from ... argument (slice-literal-element) at ./literal_in_place.go:52:13
./literal_in_place.go:52:22:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:52:22:     from ... argument (spill) at ./literal_in_place.go:52:13
./literal_in_place.go:52:22:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:52:13
./literal_in_place.go:52:16: pr.a escapes to heap:
./literal_in_place.go:52:16:   flow: {storage for ... argument} = &{storage for pr.a}:
./literal_in_place.go:52:16:     from pr.a (spill) at ./literal_in_place.go:52:16
./literal_in_place.go:52:16:     from ... argument (slice-literal-element) at ./literal_in_place.go:52:13
./literal_in_place.go:52:16:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:52:16:     from ... argument (spill) at ./literal_in_place.go:52:13
./literal_in_place.go:52:16:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:52:13
./literal_in_place.go:48:45: b.tail escapes to heap:
./literal_in_place.go:48:45:   flow: {storage for ... argument} = &{storage for b.tail}:
./literal_in_place.go:48:45:     from b.tail (spill) at ./literal_in_place.go:48:45
./literal_in_place.go:48:45:     from ... argument (slice-literal-element) at ./literal_in_place.go:48:13
./literal_in_place.go:48:45:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:48:45:     from ... argument (spill) at ./literal_in_place.go:48:13
./literal_in_place.go:48:45:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:48:13
./literal_in_place.go:48:39: b.data[1] escapes to heap:
./literal_in_place.go:48:39:   flow: {storage for ... argument} = &{storage for b.data[1]}:
./literal_in_place.go:48:39:     from b.data[1] (spill) at ./literal_in_place.go:48:39
./literal_in_place.go:48:39:     from ... argument (slice-literal-element) at ./literal_in_place.go:48:13
./literal_in_place.go:48:39:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:48:39:     from ... argument (spill) at ./literal_in_place.go:48:13
./literal_in_place.go:48:39:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:48:13
./literal_in_place.go:48:28: b.data[0] escapes to heap:
./literal_in_place.go:48:28:   flow: {storage for ... argument} = &{storage for b.data[0]}:
./literal_in_place.go:48:28:     from b.data[0] (spill) at ./literal_in_place.go:48:28
./literal_in_place.go:48:28:     from ... argument (slice-literal-element) at ./literal_in_place.go:48:13
./literal_in_place.go:48:28:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:48:28:     from ... argument (spill) at ./literal_in_place.go:48:13
./literal_in_place.go:48:28:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:48:13
./literal_in_place.go:48:15: b.head escapes to heap:
./literal_in_place.go:48:15:   flow: {storage for ... argument} = &{storage for b.head}:
./literal_in_place.go:48:15:     from b.head (spill) at ./literal_in_place.go:48:15
./literal_in_place.go:48:15:     from ... argument (slice-literal-element) at ./literal_in_place.go:48:13
./literal_in_place.go:48:15:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:48:15:     from ... argument (spill) at ./literal_in_place.go:48:13
./literal_in_place.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:48:13
./literal_in_place.go:44:36: p.data[N - 1] escapes to heap:
./literal_in_place.go:44:36:   flow: {storage for ... argument} = &{storage for p.data[N - 1]}:
./literal_in_place.go:44:36:     from p.data[N - 1] (spill) at ./literal_in_place.go:44:36
./literal_in_place.go:44:36:     from ... argument (slice-literal-element) at ./literal_in_place.go:44:13
./literal_in_place.go:44:36:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:44:36:     from ... argument (spill) at ./literal_in_place.go:44:13
./literal_in_place.go:44:36:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:44:13
./literal_in_place.go:44:23: p.tail escapes to heap:
./literal_in_place.go:44:23:   flow: {storage for ... argument} = &{storage for p.tail}:
./literal_in_place.go:44:23:     from p.tail (spill) at ./literal_in_place.go:44:23
./literal_in_place.go:44:23:     from ... argument (slice-literal-element) at ./literal_in_place.go:44:13
./literal_in_place.go:44:23:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:44:23:     from ... argument (spill) at ./literal_in_place.go:44:13
./literal_in_place.go:44:23:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:44:13
./literal_in_place.go:44:15: p.head escapes to heap:
./literal_in_place.go:44:15:   flow: {storage for ... argument} = &{storage for p.head}:
./literal_in_place.go:44:15:     from p.head (spill) at ./literal_in_place.go:44:15
./literal_in_place.go:44:15:     from ... argument (slice-literal-element) at ./literal_in_place.go:44:13
./literal_in_place.go:44:15:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:44:15:     from ... argument (spill) at ./literal_in_place.go:44:13
./literal_in_place.go:44:15:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:44:13
./literal_in_place.go:41:44: len(b.tail) escapes to heap:
./literal_in_place.go:41:44:   flow: {storage for ... argument} = &{storage for len(b.tail)}:
./literal_in_place.go:41:44:     from len(b.tail) (spill) at ./literal_in_place.go:41:44
./literal_in_place.go:41:44:     from ... argument (slice-literal-element) at ./literal_in_place.go:41:13
./literal_in_place.go:41:44:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:41:44:     from ... argument (spill) at ./literal_in_place.go:41:13
./literal_in_place.go:41:44:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:41:13
./literal_in_place.go:41:34: b.tail escapes to heap:
./literal_in_place.go:41:34:   flow: {storage for ... argument} = &{storage for b.tail}:
./literal_in_place.go:41:34:     from b.tail (spill) at ./literal_in_place.go:41:34
./literal_in_place.go:41:34:     from ... argument (slice-literal-element) at ./literal_in_place.go:41:13
./literal_in_place.go:41:34:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:41:34:     from ... argument (spill) at ./literal_in_place.go:41:13
./literal_in_place.go:41:34:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:41:13
./literal_in_place.go:41:28: b.data[1] escapes to heap:
./literal_in_place.go:41:28:   flow: {storage for ... argument} = &{storage for b.data[1]}:
./literal_in_place.go:41:28:     from b.data[1] (spill) at ./literal_in_place.go:41:28
./literal_in_place.go:41:28:     from ... argument (slice-literal-element) at ./literal_in_place.go:41:13
./literal_in_place.go:41:28:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:41:28:     from ... argument (spill) at ./literal_in_place.go:41:13
./literal_in_place.go:41:28:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:41:13
./literal_in_place.go:41:15: b.head escapes to heap:
./literal_in_place.go:41:15:   flow: {storage for ... argument} = &{storage for b.head}:
./literal_in_place.go:41:15:     from b.head (spill) at ./literal_in_place.go:41:15
./literal_in_place.go:41:15:     from ... argument (slice-literal-element) at ./literal_in_place.go:41:13
./literal_in_place.go:41:15:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:41:15:     from ... argument (spill) at ./literal_in_place.go:41:13
./literal_in_place.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:41:13
./literal_in_place.go:38:29: x[0] escapes to heap:
./literal_in_place.go:38:29:   flow: {storage for ... argument} = &{storage for x[0]}:
./literal_in_place.go:38:29:     from x[0] (spill) at ./literal_in_place.go:38:29
./literal_in_place.go:38:29:     from ... argument (slice-literal-element) at ./literal_in_place.go:38:13
./literal_in_place.go:38:29:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:38:29:     from ... argument (spill) at ./literal_in_place.go:38:13
./literal_in_place.go:38:29:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:38:13
./literal_in_place.go:38:21: x[N - 2] escapes to heap:
./literal_in_place.go:38:21:   flow: {storage for ... argument} = &{storage for x[N - 2]}:
./literal_in_place.go:38:21:     from x[N - 2] (spill) at ./literal_in_place.go:38:21
./literal_in_place.go:38:21:     from ... argument (slice-literal-element) at ./literal_in_place.go:38:13
./literal_in_place.go:38:21:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:38:21:     from ... argument (spill) at ./literal_in_place.go:38:13
./literal_in_place.go:38:21:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:38:13
./literal_in_place.go:38:15: x[5] escapes to heap:
./literal_in_place.go:38:15:   flow: {storage for ... argument} = &{storage for x[5]}:
./literal_in_place.go:38:15:     from x[5] (spill) at ./literal_in_place.go:38:15
./literal_in_place.go:38:15:     from ... argument (slice-literal-element) at ./literal_in_place.go:38:13
./literal_in_place.go:38:15:   flow: {heap} = {storage for ... argument}:
./literal_in_place.go:38:15:     from ... argument (spill) at ./literal_in_place.go:38:13
./literal_in_place.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./literal_in_place.go:38:13
./literal_in_place.go:47:73: b.tail + "!" escapes to heap:
./literal_in_place.go:47:73:   flow: b = &{storage for b.tail + "!"}:
./literal_in_place.go:47:73:     from b.tail + "!" (spill) at ./literal_in_place.go:47:73
./literal_in_place.go:47:73:     from Big{...} (struct literal element) at ./literal_in_place.go:47:9
./literal_in_place.go:47:73:     from b = Big{...} (assign) at ./literal_in_place.go:47:4
./literal_in_place.go:37:2: moved to heap: x
./literal_in_place.go:40:2: moved to heap: b
./literal_in_place.go:38:13: ... argument does not escape
./literal_in_place.go:38:15: x[5] escapes to heap
./literal_in_place.go:38:21: x[N - 2] escapes to heap
./literal_in_place.go:38:29: x[0] escapes to heap
./literal_in_place.go:41:13: ... argument does not escape
./literal_in_place.go:41:15: b.head escapes to heap
./literal_in_place.go:41:28: b.data[1] escapes to heap
./literal_in_place.go:41:34: b.tail escapes to heap
./literal_in_place.go:41:44: len(b.tail) escapes to heap
./literal_in_place.go:43:7: &Big{...} escapes to heap
./literal_in_place.go:44:13: ... argument does not escape
./literal_in_place.go:44:15: p.head escapes to heap
./literal_in_place.go:44:23: p.tail escapes to heap
./literal_in_place.go:44:36: p.data[N - 1] escapes to heap
./literal_in_place.go:47:73: b.tail + "!" escapes to heap
./literal_in_place.go:48:13: ... argument does not escape
./literal_in_place.go:48:15: b.head escapes to heap
./literal_in_place.go:48:28: b.data[0] escapes to heap
./literal_in_place.go:48:39: b.data[1] escapes to heap
./literal_in_place.go:48:45: b.tail escapes to heap
./literal_in_place.go:52:13: ... argument does not escape
./literal_in_place.go:52:16: pr.a escapes to heap
./literal_in_place.go:52:22: pr.b escapes to heap
./literal_in_place.go:56:13: ... argument does not escape
./literal_in_place.go:56:13: arr escapes to heap
./literal_in_place.go:59:12: []byte{...} does not escape
./literal_in_place.go:61:6: &Big{...} escapes to heap
./literal_in_place.go:63:13: ... argument does not escape
./literal_in_place.go:63:20: global[3] escapes to heap
./literal_in_place.go:63:31: global[N - 1] escapes to heap
./literal_in_place.go:63:42: gbig.head escapes to heap
./literal_in_place.go:63:53: gbig.tail escapes to heap
./literal_in_place.go:65:13: ... argument does not escape
./literal_in_place.go:65:20: global[3] escapes to heap
./literal_in_place.go:65:31: global[4] escapes to heap
./literal_in_place.go:65:42: global[N - 1] escapes to heap
./literal_in_place.go:68:46: Wide{...} does not escape
./literal_in_place.go:69:13: ... argument does not escape
./literal_in_place.go:69:16: i != nil escapes to heap
./literal_in_place.go:69:26: i == nil escapes to heap
./literal_in_place.go:70:13: ... argument does not escape
./literal_in_place.go:70:13: calls escapes to heap
