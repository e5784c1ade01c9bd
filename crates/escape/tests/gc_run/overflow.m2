./overflow.go:39:29: uint8(z) escapes to heap:
./overflow.go:39:29:   flow: {storage for ... argument} = &{storage for uint8(z)}:
./overflow.go:39:29:     from uint8(z) (spill) at ./overflow.go:39:29
./overflow.go:39:29:     from ... argument (slice-literal-element) at ./overflow.go:39:13
./overflow.go:39:29:   flow: {heap} = {storage for ... argument}:
./overflow.go:39:29:     from ... argument (spill) at ./overflow.go:39:13
./overflow.go:39:29:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:39:13
./overflow.go:39:19: int32(z) escapes to heap:
./overflow.go:39:19:   flow: {storage for ... argument} = &{storage for int32(z)}:
./overflow.go:39:19:     from int32(z) (spill) at ./overflow.go:39:19
./overflow.go:39:19:     from ... argument (slice-literal-element) at ./overflow.go:39:13
./overflow.go:39:19:   flow: {heap} = {storage for ... argument}:
./overflow.go:39:19:     from ... argument (spill) at ./overflow.go:39:13
./overflow.go:39:19:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:39:13
./overflow.go:37:38: int32(y) escapes to heap:
./overflow.go:37:38:   flow: {storage for ... argument} = &{storage for int32(y)}:
./overflow.go:37:38:     from int32(y) (spill) at ./overflow.go:37:38
./overflow.go:37:38:     from ... argument (slice-literal-element) at ./overflow.go:37:13
./overflow.go:37:38:   flow: {heap} = {storage for ... argument}:
./overflow.go:37:38:     from ... argument (spill) at ./overflow.go:37:13
./overflow.go:37:38:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:37:13
./overflow.go:37:28: uint(y) escapes to heap:
./overflow.go:37:28:   flow: {storage for ... argument} = &{storage for uint(y)}:
./overflow.go:37:28:     from uint(y) (spill) at ./overflow.go:37:28
./overflow.go:37:28:     from ... argument (slice-literal-element) at ./overflow.go:37:13
./overflow.go:37:28:   flow: {heap} = {storage for ... argument}:
./overflow.go:37:28:     from ... argument (spill) at ./overflow.go:37:13
./overflow.go:37:28:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:37:13
./overflow.go:37:19: uint8(y) escapes to heap:
./overflow.go:37:19:   flow: {storage for ... argument} = &{storage for uint8(y)}:
./overflow.go:37:19:     from uint8(y) (spill) at ./overflow.go:37:19
./overflow.go:37:19:     from ... argument (slice-literal-element) at ./overflow.go:37:13
./overflow.go:37:19:   flow: {heap} = {storage for ... argument}:
./overflow.go:37:19:     from ... argument (spill) at ./overflow.go:37:13
./overflow.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:37:13
./overflow.go:35:38: byte(x - 45) escapes to heap:
./overflow.go:35:38:   flow: {storage for ... argument} = &{storage for byte(x - 45)}:
./overflow.go:35:38:     from byte(x - 45) (spill) at ./overflow.go:35:38
./overflow.go:35:38:     from ... argument (slice-literal-element) at ./overflow.go:35:13
./overflow.go:35:38:   flow: {heap} = {storage for ... argument}:
./overflow.go:35:38:     from ... argument (spill) at ./overflow.go:35:13
./overflow.go:35:38:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:35:13
./overflow.go:35:29: int32(x) escapes to heap:
./overflow.go:35:29:   flow: {storage for ... argument} = &{storage for int32(x)}:
./overflow.go:35:29:     from int32(x) (spill) at ./overflow.go:35:29
./overflow.go:35:29:     from ... argument (slice-literal-element) at ./overflow.go:35:13
./overflow.go:35:29:   flow: {heap} = {storage for ... argument}:
./overflow.go:35:29:     from ... argument (spill) at ./overflow.go:35:13
./overflow.go:35:29:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:35:13
./overflow.go:35:19: uint8(x) escapes to heap:
./overflow.go:35:19:   flow: {storage for ... argument} = &{storage for uint8(x)}:
./overflow.go:35:19:     from uint8(x) (spill) at ./overflow.go:35:19
./overflow.go:35:19:     from ... argument (slice-literal-element) at ./overflow.go:35:13
./overflow.go:35:19:   flow: {heap} = {storage for ... argument}:
./overflow.go:35:19:     from ... argument (spill) at ./overflow.go:35:13
./overflow.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:35:13
./overflow.go:33:13: h escapes to heap:
./overflow.go:33:13:   flow: {storage for ... argument} = &{storage for h}:
./overflow.go:33:13:     from h (spill) at ./overflow.go:33:13
./overflow.go:33:13:     from ... argument (slice-literal-element) at ./overflow.go:33:13
./overflow.go:33:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:33:13:     from ... argument (spill) at ./overflow.go:33:13
./overflow.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:33:13
./overflow.go:30:13: g escapes to heap:
./overflow.go:30:13:   flow: {storage for ... argument} = &{storage for g}:
./overflow.go:30:13:     from g (spill) at ./overflow.go:30:13
./overflow.go:30:13:     from ... argument (slice-literal-element) at ./overflow.go:30:13
./overflow.go:30:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:30:13:     from ... argument (spill) at ./overflow.go:30:13
./overflow.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:30:13
./overflow.go:27:13: f escapes to heap:
./overflow.go:27:13:   flow: {storage for ... argument} = &{storage for f}:
./overflow.go:27:13:     from f (spill) at ./overflow.go:27:13
./overflow.go:27:13:     from ... argument (slice-literal-element) at ./overflow.go:27:13
./overflow.go:27:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:27:13:     from ... argument (spill) at ./overflow.go:27:13
./overflow.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:27:13
./overflow.go:24:13: e escapes to heap:
./overflow.go:24:13:   flow: {storage for ... argument} = &{storage for e}:
./overflow.go:24:13:     from e (spill) at ./overflow.go:24:13
./overflow.go:24:13:     from ... argument (slice-literal-element) at ./overflow.go:24:13
./overflow.go:24:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:24:13:     from ... argument (spill) at ./overflow.go:24:13
./overflow.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:24:13
./overflow.go:21:13: d escapes to heap:
./overflow.go:21:13:   flow: {storage for ... argument} = &{storage for d}:
./overflow.go:21:13:     from d (spill) at ./overflow.go:21:13
./overflow.go:21:13:     from ... argument (slice-literal-element) at ./overflow.go:21:13
./overflow.go:21:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:21:13:     from ... argument (spill) at ./overflow.go:21:13
./overflow.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:21:13
./overflow.go:18:13: c escapes to heap:
./overflow.go:18:13:   flow: {storage for ... argument} = &{storage for c}:
./overflow.go:18:13:     from c (spill) at ./overflow.go:18:13
./overflow.go:18:13:     from ... argument (slice-literal-element) at ./overflow.go:18:13
./overflow.go:18:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:18:13:     from ... argument (spill) at ./overflow.go:18:13
./overflow.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:18:13
./overflow.go:13:13: b escapes to heap:
./overflow.go:13:13:   flow: {storage for ... argument} = &{storage for b}:
./overflow.go:13:13:     from b (spill) at ./overflow.go:13:13
./overflow.go:13:13:     from ... argument (slice-literal-element) at ./overflow.go:13:13
./overflow.go:13:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:13:13:     from ... argument (spill) at ./overflow.go:13:13
./overflow.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:13:13
./overflow.go:10:13: a escapes to heap:
./overflow.go:10:13:   flow: {storage for ... argument} = &{storage for a}:
./overflow.go:10:13:     from a (spill) at ./overflow.go:10:13
./overflow.go:10:13:     from ... argument (slice-literal-element) at ./overflow.go:10:13
./overflow.go:10:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:10:13:     from ... argument (spill) at ./overflow.go:10:13
./overflow.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:10:13
./overflow.go:8:13: a escapes to heap:
./overflow.go:8:13:   flow: {storage for ... argument} = &{storage for a}:
./overflow.go:8:13:     from a (spill) at ./overflow.go:8:13
./overflow.go:8:13:     from ... argument (slice-literal-element) at ./overflow.go:8:13
./overflow.go:8:13:   flow: {heap} = {storage for ... argument}:
./overflow.go:8:13:     from ... argument (spill) at ./overflow.go:8:13
./overflow.go:8:13:     from fmt.Println(... argument...) (call parameter) at ./overflow.go:8:13
./overflow.go:8:13: ... argument does not escape
./overflow.go:8:13: a escapes to heap
./overflow.go:10:13: ... argument does not escape
./overflow.go:10:13: a escapes to heap
./overflow.go:13:13: ... argument does not escape
./overflow.go:13:13: b escapes to heap
./overflow.go:18:13: ... argument does not escape
./overflow.go:18:13: c escapes to heap
./overflow.go:21:13: ... argument does not escape
./overflow.go:21:13: d escapes to heap
./overflow.go:24:13: ... argument does not escape
./overflow.go:24:13: e escapes to heap
./overflow.go:27:13: ... argument does not escape
./overflow.go:27:13: f escapes to heap
./overflow.go:30:13: ... argument does not escape
./overflow.go:30:13: g escapes to heap
./overflow.go:33:13: ... argument does not escape
./overflow.go:33:13: h escapes to heap
./overflow.go:35:13: ... argument does not escape
./overflow.go:35:19: uint8(x) escapes to heap
./overflow.go:35:29: int32(x) escapes to heap
./overflow.go:35:38: byte(x - 45) escapes to heap
./overflow.go:37:13: ... argument does not escape
./overflow.go:37:19: uint8(y) escapes to heap
./overflow.go:37:28: uint(y) escapes to heap
./overflow.go:37:38: int32(y) escapes to heap
./overflow.go:39:13: ... argument does not escape
./overflow.go:39:19: int32(z) escapes to heap
./overflow.go:39:29: uint8(z) escapes to heap
