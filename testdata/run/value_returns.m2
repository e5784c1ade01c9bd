./value_returns.go:36:13: total escapes to heap:
./value_returns.go:36:13:   flow: {storage for ... argument} = &{storage for total}:
./value_returns.go:36:13:     from total (spill) at ./value_returns.go:36:13
./value_returns.go:36:13:     from ... argument (slice-literal-element) at ./value_returns.go:36:13
./value_returns.go:36:13:   flow: {heap} = {storage for ... argument}:
./value_returns.go:36:13:     from ... argument (spill) at ./value_returns.go:36:13
./value_returns.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:36:13
./value_returns.go:28:26: []Celsius{...} escapes to heap:
./value_returns.go:28:26:   flow: {storage for ... argument} = &{storage for []Celsius{...}}:
./value_returns.go:28:26:     from []Celsius{...} (spill) at ./value_returns.go:28:26
./value_returns.go:28:26:     from ... argument (slice-literal-element) at ./value_returns.go:28:13
./value_returns.go:28:26:   flow: {heap} = {storage for ... argument}:
./value_returns.go:28:26:     from ... argument (spill) at ./value_returns.go:28:13
./value_returns.go:28:26:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:28:13
./value_returns.go:28:13: c escapes to heap:
./value_returns.go:28:13:   flow: {storage for ... argument} = &{storage for c}:
./value_returns.go:28:13:     from c (spill) at ./value_returns.go:28:13
./value_returns.go:28:13:     from ... argument (slice-literal-element) at ./value_returns.go:28:13
./value_returns.go:28:13:   flow: {heap} = {storage for ... argument}:
./value_returns.go:28:13:     from ... argument (spill) at ./value_returns.go:28:13
./value_returns.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:28:13
./value_returns.go:25:22: mk(7).a escapes to heap:
./value_returns.go:25:22:   flow: {storage for ... argument} = &{storage for mk(7).a}:
./value_returns.go:25:22:     from mk(7).a (spill) at ./value_returns.go:25:22
./value_returns.go:25:22:     from ... argument (slice-literal-element) at ./value_returns.go:25:13
./value_returns.go:25:22:   flow: {heap} = {storage for ... argument}:
./value_returns.go:25:22:     from ... argument (spill) at ./value_returns.go:25:13
./value_returns.go:25:22:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:25:13
./value_returns.go:25:13: x escapes to heap:
./value_returns.go:25:13:   flow: {storage for ... argument} = &{storage for x}:
./value_returns.go:25:13:     from x (spill) at ./value_returns.go:25:13
./value_returns.go:25:13:     from ... argument (slice-literal-element) at ./value_returns.go:25:13
./value_returns.go:25:13:   flow: {heap} = {storage for ... argument}:
./value_returns.go:25:13:     from ... argument (spill) at ./value_returns.go:25:13
./value_returns.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:25:13
./value_returns.go:22:13: b escapes to heap:
./value_returns.go:22:13:   flow: {storage for ... argument} = &{storage for b}:
./value_returns.go:22:13:     from b (spill) at ./value_returns.go:22:13
./value_returns.go:22:13:     from ... argument (slice-literal-element) at ./value_returns.go:22:13
./value_returns.go:22:13:   flow: {heap} = {storage for ... argument}:
./value_returns.go:22:13:     from ... argument (spill) at ./value_returns.go:22:13
./value_returns.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:22:13
./value_returns.go:22:13: v escapes to heap:
./value_returns.go:22:13:   flow: {storage for ... argument} = &{storage for v}:
./value_returns.go:22:13:     from v (spill) at ./value_returns.go:22:13
./value_returns.go:22:13:     from ... argument (slice-literal-element) at ./value_returns.go:22:13
./value_returns.go:22:13:   flow: {heap} = {storage for ... argument}:
./value_returns.go:22:13:     from ... argument (spill) at ./value_returns.go:22:13
./value_returns.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:22:13
./value_returns.go:20:52: arr(258) == [4]byte{...} escapes to heap:
./value_returns.go:20:52:   flow: {storage for ... argument} = &{storage for arr(258) == [4]byte{...}}:
./value_returns.go:20:52:     from arr(258) == [4]byte{...} (spill) at ./value_returns.go:20:52
./value_returns.go:20:52:     from ... argument (slice-literal-element) at ./value_returns.go:20:13
./value_returns.go:20:52:   flow: {heap} = {storage for ... argument}:
./value_returns.go:20:52:     from ... argument (spill) at ./value_returns.go:20:13
./value_returns.go:20:52:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:20:13
./value_returns.go:20:38: arr(-1)[3] escapes to heap:
./value_returns.go:20:38:   flow: {storage for ... argument} = &{storage for arr(-1)[3]}:
./value_returns.go:20:38:     from arr(-1)[3] (spill) at ./value_returns.go:20:38
./value_returns.go:20:38:     from ... argument (slice-literal-element) at ./value_returns.go:20:13
./value_returns.go:20:38:   flow: {heap} = {storage for ... argument}:
./value_returns.go:20:38:     from ... argument (spill) at ./value_returns.go:20:13
./value_returns.go:20:38:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:20:13
./value_returns.go:20:17: arr(0x01020304) escapes to heap:
./value_returns.go:20:17:   flow: {storage for ... argument} = &{storage for arr(0x01020304)}:
./value_returns.go:20:17:     from arr(0x01020304) (spill) at ./value_returns.go:20:17
./value_returns.go:20:17:     from ... argument (slice-literal-element) at ./value_returns.go:20:13
./value_returns.go:20:17:   flow: {heap} = {storage for ... argument}:
./value_returns.go:20:17:     from ... argument (spill) at ./value_returns.go:20:13
./value_returns.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:20:13
./value_returns.go:19:61: len(mk(4).s) escapes to heap:
./value_returns.go:19:61:   flow: {storage for ... argument} = &{storage for len(mk(4).s)}:
./value_returns.go:19:61:     from len(mk(4).s) (spill) at ./value_returns.go:19:61
./value_returns.go:19:61:     from ... argument (slice-literal-element) at ./value_returns.go:19:13
./value_returns.go:19:61:   flow: {heap} = {storage for ... argument}:
./value_returns.go:19:61:     from ... argument (spill) at ./value_returns.go:19:13
./value_returns.go:19:61:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:19:13
./value_returns.go:19:53: mk(3).a[2] escapes to heap:
./value_returns.go:19:53:   flow: {storage for ... argument} = &{storage for mk(3).a[2]}:
./value_returns.go:19:53:     from mk(3).a[2] (spill) at ./value_returns.go:19:53
./value_returns.go:19:53:     from ... argument (slice-literal-element) at ./value_returns.go:19:13
./value_returns.go:19:53:   flow: {heap} = {storage for ... argument}:
./value_returns.go:19:53:     from ... argument (spill) at ./value_returns.go:19:13
./value_returns.go:19:53:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:19:13
./value_returns.go:19:36: mk(1) == mk(2) escapes to heap:
./value_returns.go:19:36:   flow: {storage for ... argument} = &{storage for mk(1) == mk(2)}:
./value_returns.go:19:36:     from mk(1) == mk(2) (spill) at ./value_returns.go:19:36
./value_returns.go:19:36:     from ... argument (slice-literal-element) at ./value_returns.go:19:13
./value_returns.go:19:36:   flow: {heap} = {storage for ... argument}:
./value_returns.go:19:36:     from ... argument (spill) at ./value_returns.go:19:13
./value_returns.go:19:36:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:19:13
./value_returns.go:19:20: mk(1) == mk(1) escapes to heap:
./value_returns.go:19:20:   flow: {storage for ... argument} = &{storage for mk(1) == mk(1)}:
./value_returns.go:19:20:     from mk(1) == mk(1) (spill) at ./value_returns.go:19:20
./value_returns.go:19:20:     from ... argument (slice-literal-element) at ./value_returns.go:19:13
./value_returns.go:19:20:   flow: {heap} = {storage for ... argument}:
./value_returns.go:19:20:     from ... argument (spill) at ./value_returns.go:19:13
./value_returns.go:19:20:     from fmt.Println(... argument...) (call parameter) at ./value_returns.go:19:13
./value_returns.go:28:26: []Celsius{...} escapes to heap:
./value_returns.go:28:26:   flow: {storage for []Celsius{...}} = &{storage for []Celsius{...}}:
./value_returns.go:28:26:     from []Celsius{...} (spill) at ./value_returns.go:28:26
./value_returns.go:28:26:     from []Celsius{...} (interface-converted) at ./value_returns.go:28:26
./value_returns.go:19:13: ... argument does not escape
./value_returns.go:19:20: mk(1) == mk(1) escapes to heap
./value_returns.go:19:36: mk(1) == mk(2) escapes to heap
./value_returns.go:19:53: mk(3).a[2] escapes to heap
./value_returns.go:19:61: len(mk(4).s) escapes to heap
./value_returns.go:20:13: ... argument does not escape
./value_returns.go:20:17: arr(0x01020304) escapes to heap
./value_returns.go:20:38: arr(-1)[3] escapes to heap
./value_returns.go:20:52: arr(258) == [4]byte{...} escapes to heap
./value_returns.go:22:13: ... argument does not escape
./value_returns.go:22:13: v escapes to heap
./value_returns.go:22:13: b escapes to heap
./value_returns.go:25:13: ... argument does not escape
./value_returns.go:25:13: x escapes to heap
./value_returns.go:25:22: mk(7).a escapes to heap
./value_returns.go:28:13: ... argument does not escape
./value_returns.go:28:13: c escapes to heap
./value_returns.go:28:26: []Celsius{...} escapes to heap
./value_returns.go:28:26: []Celsius{...} escapes to heap
./value_returns.go:36:13: ... argument does not escape
./value_returns.go:36:13: total escapes to heap
