./chan_types.go:10:11: x does not escape
./chan_types.go:43:27: s1 == S{} escapes to heap:
./chan_types.go:43:27:   flow: {storage for ... argument} = &{storage for s1 == S{}}:
./chan_types.go:43:27:     from s1 == S{} (spill) at ./chan_types.go:43:27
./chan_types.go:43:27:     from ... argument (slice-literal-element) at ./chan_types.go:43:13
./chan_types.go:43:27:   flow: {heap} = {storage for ... argument}:
./chan_types.go:43:27:     from ... argument (spill) at ./chan_types.go:43:13
./chan_types.go:43:27:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:43:13
./chan_types.go:43:17: s1 == s2 escapes to heap:
./chan_types.go:43:17:   flow: {storage for ... argument} = &{storage for s1 == s2}:
./chan_types.go:43:17:     from s1 == s2 (spill) at ./chan_types.go:43:17
./chan_types.go:43:17:     from ... argument (slice-literal-element) at ./chan_types.go:43:13
./chan_types.go:43:17:   flow: {heap} = {storage for ... argument}:
./chan_types.go:43:17:     from ... argument (spill) at ./chan_types.go:43:13
./chan_types.go:43:17:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:43:13
./chan_types.go:41:23: S{} escapes to heap:
./chan_types.go:41:23:   flow: {storage for ... argument} = &{storage for S{}}:
./chan_types.go:41:23:     from S{} (spill) at ./chan_types.go:41:23
./chan_types.go:41:23:     from ... argument (slice-literal-element) at ./chan_types.go:41:12
./chan_types.go:41:23:   flow: {heap} = {storage for ... argument}:
./chan_types.go:41:23:     from ... argument (spill) at ./chan_types.go:41:12
./chan_types.go:41:23:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./chan_types.go:41:12
./chan_types.go:36:22: m[0] == m[1] escapes to heap:
./chan_types.go:36:22:   flow: {storage for ... argument} = &{storage for m[0] == m[1]}:
./chan_types.go:36:22:     from m[0] == m[1] (spill) at ./chan_types.go:36:22
./chan_types.go:36:22:     from ... argument (slice-literal-element) at ./chan_types.go:36:13
./chan_types.go:36:22:   flow: {heap} = {storage for ... argument}:
./chan_types.go:36:22:     from ... argument (spill) at ./chan_types.go:36:13
./chan_types.go:36:22:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:36:13
./chan_types.go:36:13: m escapes to heap:
./chan_types.go:36:13:   flow: {storage for ... argument} = &{storage for m}:
./chan_types.go:36:13:     from m (spill) at ./chan_types.go:36:13
./chan_types.go:36:13:     from ... argument (slice-literal-element) at ./chan_types.go:36:13
./chan_types.go:36:13:   flow: {heap} = {storage for ... argument}:
./chan_types.go:36:13:     from ... argument (spill) at ./chan_types.go:36:13
./chan_types.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:36:13
./chan_types.go:33:63: kind(f) escapes to heap:
./chan_types.go:33:63:   flow: {storage for ... argument} = &{storage for kind(f)}:
./chan_types.go:33:63:     from kind(f) (spill) at ./chan_types.go:33:63
./chan_types.go:33:63:     from ... argument (slice-literal-element) at ./chan_types.go:33:13
./chan_types.go:33:63:   flow: {heap} = {storage for ... argument}:
./chan_types.go:33:63:     from ... argument (spill) at ./chan_types.go:33:13
./chan_types.go:33:63:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:33:13
./chan_types.go:33:54: kind(e) escapes to heap:
./chan_types.go:33:54:   flow: {storage for ... argument} = &{storage for kind(e)}:
./chan_types.go:33:54:     from kind(e) (spill) at ./chan_types.go:33:54
./chan_types.go:33:54:     from ... argument (slice-literal-element) at ./chan_types.go:33:13
./chan_types.go:33:54:   flow: {heap} = {storage for ... argument}:
./chan_types.go:33:54:     from ... argument (spill) at ./chan_types.go:33:13
./chan_types.go:33:54:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:33:13
./chan_types.go:33:45: kind(d) escapes to heap:
./chan_types.go:33:45:   flow: {storage for ... argument} = &{storage for kind(d)}:
./chan_types.go:33:45:     from kind(d) (spill) at ./chan_types.go:33:45
./chan_types.go:33:45:     from ... argument (slice-literal-element) at ./chan_types.go:33:13
./chan_types.go:33:45:   flow: {heap} = {storage for ... argument}:
./chan_types.go:33:45:     from ... argument (spill) at ./chan_types.go:33:13
./chan_types.go:33:45:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:33:13
./chan_types.go:33:36: kind(c) escapes to heap:
./chan_types.go:33:36:   flow: {storage for ... argument} = &{storage for kind(c)}:
./chan_types.go:33:36:     from kind(c) (spill) at ./chan_types.go:33:36
./chan_types.go:33:36:     from ... argument (slice-literal-element) at ./chan_types.go:33:13
./chan_types.go:33:36:   flow: {heap} = {storage for ... argument}:
./chan_types.go:33:36:     from ... argument (spill) at ./chan_types.go:33:13
./chan_types.go:33:36:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:33:13
./chan_types.go:33:27: kind(b) escapes to heap:
./chan_types.go:33:27:   flow: {storage for ... argument} = &{storage for kind(b)}:
./chan_types.go:33:27:     from kind(b) (spill) at ./chan_types.go:33:27
./chan_types.go:33:27:     from ... argument (slice-literal-element) at ./chan_types.go:33:13
./chan_types.go:33:27:   flow: {heap} = {storage for ... argument}:
./chan_types.go:33:27:     from ... argument (spill) at ./chan_types.go:33:13
./chan_types.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:33:13
./chan_types.go:33:18: kind(a) escapes to heap:
./chan_types.go:33:18:   flow: {storage for ... argument} = &{storage for kind(a)}:
./chan_types.go:33:18:     from kind(a) (spill) at ./chan_types.go:33:18
./chan_types.go:33:18:     from ... argument (slice-literal-element) at ./chan_types.go:33:13
./chan_types.go:33:18:   flow: {heap} = {storage for ... argument}:
./chan_types.go:33:18:     from ... argument (spill) at ./chan_types.go:33:13
./chan_types.go:33:18:     from fmt.Println(... argument...) (call parameter) at ./chan_types.go:33:13
./chan_types.go:33:13: ... argument does not escape
./chan_types.go:33:18: kind(a) escapes to heap
./chan_types.go:33:27: kind(b) escapes to heap
./chan_types.go:33:36: kind(c) escapes to heap
./chan_types.go:33:45: kind(d) escapes to heap
./chan_types.go:33:54: kind(e) escapes to heap
./chan_types.go:33:63: kind(f) escapes to heap
./chan_types.go:34:12: ... argument does not escape
./chan_types.go:36:13: ... argument does not escape
./chan_types.go:36:13: m escapes to heap
./chan_types.go:36:22: m[0] == m[1] escapes to heap
./chan_types.go:41:12: ... argument does not escape
./chan_types.go:41:23: S{} escapes to heap
./chan_types.go:43:13: ... argument does not escape
./chan_types.go:43:17: s1 == s2 escapes to heap
./chan_types.go:43:27: s1 == S{} escapes to heap
