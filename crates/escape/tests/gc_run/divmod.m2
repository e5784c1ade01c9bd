./divmod.go:23:33: 7 % -2 escapes to heap:
./divmod.go:23:33:   flow: {storage for ... argument} = &{storage for 7 % -2}:
./divmod.go:23:33:     from 7 % -2 (spill) at ./divmod.go:23:33
./divmod.go:23:33:     from ... argument (slice-literal-element) at ./divmod.go:23:13
./divmod.go:23:33:   flow: {heap} = {storage for ... argument}:
./divmod.go:23:33:     from ... argument (spill) at ./divmod.go:23:13
./divmod.go:23:33:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:23:13
./divmod.go:23:27: 7 / -2 escapes to heap:
./divmod.go:23:27:   flow: {storage for ... argument} = &{storage for 7 / -2}:
./divmod.go:23:27:     from 7 / -2 (spill) at ./divmod.go:23:27
./divmod.go:23:27:     from ... argument (slice-literal-element) at ./divmod.go:23:13
./divmod.go:23:27:   flow: {heap} = {storage for ... argument}:
./divmod.go:23:27:     from ... argument (spill) at ./divmod.go:23:13
./divmod.go:23:27:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:23:13
./divmod.go:23:22: -7 % 2 escapes to heap:
./divmod.go:23:22:   flow: {storage for ... argument} = &{storage for -7 % 2}:
./divmod.go:23:22:     from -7 % 2 (spill) at ./divmod.go:23:22
./divmod.go:23:22:     from ... argument (slice-literal-element) at ./divmod.go:23:13
./divmod.go:23:22:   flow: {heap} = {storage for ... argument}:
./divmod.go:23:22:     from ... argument (spill) at ./divmod.go:23:13
./divmod.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:23:13
./divmod.go:23:16: -7 / 2 escapes to heap:
./divmod.go:23:16:   flow: {storage for ... argument} = &{storage for -7 / 2}:
./divmod.go:23:16:     from -7 / 2 (spill) at ./divmod.go:23:16
./divmod.go:23:16:     from ... argument (slice-literal-element) at ./divmod.go:23:13
./divmod.go:23:16:   flow: {heap} = {storage for ... argument}:
./divmod.go:23:16:     from ... argument (spill) at ./divmod.go:23:13
./divmod.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:23:13
./divmod.go:22:21: w % 10 escapes to heap:
./divmod.go:22:21:   flow: {storage for ... argument} = &{storage for w % 10}:
./divmod.go:22:21:     from w % 10 (spill) at ./divmod.go:22:21
./divmod.go:22:21:     from ... argument (slice-literal-element) at ./divmod.go:22:13
./divmod.go:22:21:   flow: {heap} = {storage for ... argument}:
./divmod.go:22:21:     from ... argument (spill) at ./divmod.go:22:13
./divmod.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:22:13
./divmod.go:22:15: w / 10 escapes to heap:
./divmod.go:22:15:   flow: {storage for ... argument} = &{storage for w / 10}:
./divmod.go:22:15:     from w / 10 (spill) at ./divmod.go:22:15
./divmod.go:22:15:     from ... argument (slice-literal-element) at ./divmod.go:22:13
./divmod.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod.go:22:15:     from ... argument (spill) at ./divmod.go:22:13
./divmod.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:22:13
./divmod.go:20:20: u % v escapes to heap:
./divmod.go:20:20:   flow: {storage for ... argument} = &{storage for u % v}:
./divmod.go:20:20:     from u % v (spill) at ./divmod.go:20:20
./divmod.go:20:20:     from ... argument (slice-literal-element) at ./divmod.go:20:13
./divmod.go:20:20:   flow: {heap} = {storage for ... argument}:
./divmod.go:20:20:     from ... argument (spill) at ./divmod.go:20:13
./divmod.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:20:13
./divmod.go:20:15: u / v escapes to heap:
./divmod.go:20:15:   flow: {storage for ... argument} = &{storage for u / v}:
./divmod.go:20:15:     from u / v (spill) at ./divmod.go:20:15
./divmod.go:20:15:     from ... argument (slice-literal-element) at ./divmod.go:20:13
./divmod.go:20:15:   flow: {heap} = {storage for ... argument}:
./divmod.go:20:15:     from ... argument (spill) at ./divmod.go:20:13
./divmod.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:20:13
./divmod.go:17:20: b % n escapes to heap:
./divmod.go:17:20:   flow: {storage for ... argument} = &{storage for b % n}:
./divmod.go:17:20:     from b % n (spill) at ./divmod.go:17:20
./divmod.go:17:20:     from ... argument (slice-literal-element) at ./divmod.go:17:13
./divmod.go:17:20:   flow: {heap} = {storage for ... argument}:
./divmod.go:17:20:     from ... argument (spill) at ./divmod.go:17:13
./divmod.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:17:13
./divmod.go:17:15: b / n escapes to heap:
./divmod.go:17:15:   flow: {storage for ... argument} = &{storage for b / n}:
./divmod.go:17:15:     from b / n (spill) at ./divmod.go:17:15
./divmod.go:17:15:     from ... argument (slice-literal-element) at ./divmod.go:17:13
./divmod.go:17:15:   flow: {heap} = {storage for ... argument}:
./divmod.go:17:15:     from ... argument (spill) at ./divmod.go:17:13
./divmod.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:17:13
./divmod.go:14:20: a % m escapes to heap:
./divmod.go:14:20:   flow: {storage for ... argument} = &{storage for a % m}:
./divmod.go:14:20:     from a % m (spill) at ./divmod.go:14:20
./divmod.go:14:20:     from ... argument (slice-literal-element) at ./divmod.go:14:13
./divmod.go:14:20:   flow: {heap} = {storage for ... argument}:
./divmod.go:14:20:     from ... argument (spill) at ./divmod.go:14:13
./divmod.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:14:13
./divmod.go:14:15: a / m escapes to heap:
./divmod.go:14:15:   flow: {storage for ... argument} = &{storage for a / m}:
./divmod.go:14:15:     from a / m (spill) at ./divmod.go:14:15
./divmod.go:14:15:     from ... argument (slice-literal-element) at ./divmod.go:14:13
./divmod.go:14:15:   flow: {heap} = {storage for ... argument}:
./divmod.go:14:15:     from ... argument (spill) at ./divmod.go:14:13
./divmod.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:14:13
./divmod.go:10:27: x % y escapes to heap:
./divmod.go:10:27:   flow: {storage for ... argument} = &{storage for x % y}:
./divmod.go:10:27:     from x % y (spill) at ./divmod.go:10:27
./divmod.go:10:27:     from ... argument (slice-literal-element) at ./divmod.go:10:14
./divmod.go:10:27:   flow: {heap} = {storage for ... argument}:
./divmod.go:10:27:     from ... argument (spill) at ./divmod.go:10:14
./divmod.go:10:27:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:10:14
./divmod.go:10:22: x / y escapes to heap:
./divmod.go:10:22:   flow: {storage for ... argument} = &{storage for x / y}:
./divmod.go:10:22:     from x / y (spill) at ./divmod.go:10:22
./divmod.go:10:22:     from ... argument (slice-literal-element) at ./divmod.go:10:14
./divmod.go:10:22:   flow: {heap} = {storage for ... argument}:
./divmod.go:10:22:     from ... argument (spill) at ./divmod.go:10:14
./divmod.go:10:22:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:10:14
./divmod.go:10:14: y escapes to heap:
./divmod.go:10:14:   flow: {storage for ... argument} = &{storage for y}:
./divmod.go:10:14:     from y (spill) at ./divmod.go:10:14
./divmod.go:10:14:     from ... argument (slice-literal-element) at ./divmod.go:10:14
./divmod.go:10:14:   flow: {heap} = {storage for ... argument}:
./divmod.go:10:14:     from ... argument (spill) at ./divmod.go:10:14
./divmod.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:10:14
./divmod.go:10:14: x escapes to heap:
./divmod.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./divmod.go:10:14:     from x (spill) at ./divmod.go:10:14
./divmod.go:10:14:     from ... argument (slice-literal-element) at ./divmod.go:10:14
./divmod.go:10:14:   flow: {heap} = {storage for ... argument}:
./divmod.go:10:14:     from ... argument (spill) at ./divmod.go:10:14
./divmod.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./divmod.go:10:14
./divmod.go:6:13: []int{...} does not escape
./divmod.go:7:13: []int{...} does not escape
./divmod.go:10:14: ... argument does not escape
./divmod.go:10:14: x escapes to heap
./divmod.go:10:14: y escapes to heap
./divmod.go:10:22: x / y escapes to heap
./divmod.go:10:27: x % y escapes to heap
./divmod.go:14:13: ... argument does not escape
./divmod.go:14:15: a / m escapes to heap
./divmod.go:14:20: a % m escapes to heap
./divmod.go:17:13: ... argument does not escape
./divmod.go:17:15: b / n escapes to heap
./divmod.go:17:20: b % n escapes to heap
./divmod.go:20:13: ... argument does not escape
./divmod.go:20:15: u / v escapes to heap
./divmod.go:20:20: u % v escapes to heap
./divmod.go:22:13: ... argument does not escape
./divmod.go:22:15: w / 10 escapes to heap
./divmod.go:22:21: w % 10 escapes to heap
./divmod.go:23:13: ... argument does not escape
./divmod.go:23:16: -7 / 2 escapes to heap
./divmod.go:23:22: -7 % 2 escapes to heap
./divmod.go:23:27: 7 / -2 escapes to heap
./divmod.go:23:33: 7 % -2 escapes to heap
