./methods_receivers.go:10:7: c does not escape
./methods_receivers.go:12:7: c does not escape
./methods_receivers.go:14:7: parameter c leaks to ~r0 with derefs=0:
./methods_receivers.go:14:7:   flow: ~r0 = c:
./methods_receivers.go:14:7:     from return c (return) at ./methods_receivers.go:16:2
./methods_receivers.go:14:7: leaking param: c to result ~r0 level=0
./methods_receivers.go:20:7: c does not escape
./methods_receivers.go:34:7: l does not escape
./methods_receivers.go:42:7: parameter l leaks to {heap} with derefs=1:
./methods_receivers.go:42:7:   flow: {heap} = *l:
./methods_receivers.go:42:7:     from *l (indirection) at ./methods_receivers.go:42:45
./methods_receivers.go:42:7:     from append(*l, v) (call parameter) at ./methods_receivers.go:42:44
./methods_receivers.go:42:7:     from *l = append(*l, v) (assign) at ./methods_receivers.go:42:36
./methods_receivers.go:42:7: leaking param content: l
./methods_receivers.go:52:7: m does not escape
./methods_receivers.go:64:7: t does not escape
./methods_receivers.go:73:7: o does not escape
./methods_receivers.go:77:7: s does not escape
./methods_receivers.go:82:7: a does not escape
./methods_receivers.go:124:41: (*Counter).CountDown(n.Counter, 2) escapes to heap:
./methods_receivers.go:124:41:   flow: {storage for ... argument} = &{storage for (*Counter).CountDown(n.Counter, 2)}:
./methods_receivers.go:124:41:     from (*Counter).CountDown(n.Counter, 2) (spill) at ./methods_receivers.go:124:41
./methods_receivers.go:124:41:     from ... argument (slice-literal-element) at ./methods_receivers.go:124:13
./methods_receivers.go:124:41:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:124:41:     from ... argument (spill) at ./methods_receivers.go:124:13
./methods_receivers.go:124:41:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:124:13
./methods_receivers.go:124:25: (*Counter).CountDown(c, 4) escapes to heap:
./methods_receivers.go:124:25:   flow: {storage for ... argument} = &{storage for (*Counter).CountDown(c, 4)}:
./methods_receivers.go:124:25:     from (*Counter).CountDown(c, 4) (spill) at ./methods_receivers.go:124:25
./methods_receivers.go:124:25:     from ... argument (slice-literal-element) at ./methods_receivers.go:124:13
./methods_receivers.go:124:25:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:124:25:     from ... argument (spill) at ./methods_receivers.go:124:13
./methods_receivers.go:124:25:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:124:13
./methods_receivers.go:123:22: Op.IsNil(op) escapes to heap:
./methods_receivers.go:123:22:   flow: {storage for ... argument} = &{storage for Op.IsNil(op)}:
./methods_receivers.go:123:22:     from Op.IsNil(op) (spill) at ./methods_receivers.go:123:22
./methods_receivers.go:123:22:     from ... argument (slice-literal-element) at ./methods_receivers.go:123:13
./methods_receivers.go:123:22:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:123:22:     from ... argument (spill) at ./methods_receivers.go:123:13
./methods_receivers.go:123:22:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:123:13
./methods_receivers.go:121:23: n.Counter.n escapes to heap:
./methods_receivers.go:121:23:   flow: {storage for ... argument} = &{storage for n.Counter.n}:
./methods_receivers.go:121:23:     from n.Counter.n (spill) at ./methods_receivers.go:121:23
./methods_receivers.go:121:23:     from ... argument (slice-literal-element) at ./methods_receivers.go:121:13
./methods_receivers.go:121:23:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:121:23:     from ... argument (spill) at ./methods_receivers.go:121:13
./methods_receivers.go:121:23:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:121:13
./methods_receivers.go:119:25: IntList.Sum(l) escapes to heap:
./methods_receivers.go:119:25:   flow: {storage for ... argument} = &{storage for IntList.Sum(l)}:
./methods_receivers.go:119:25:     from IntList.Sum(l) (spill) at ./methods_receivers.go:119:25
./methods_receivers.go:119:25:     from ... argument (slice-literal-element) at ./methods_receivers.go:119:13
./methods_receivers.go:119:25:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:119:25:     from ... argument (spill) at ./methods_receivers.go:119:13
./methods_receivers.go:119:25:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:119:13
./methods_receivers.go:118:26: a[1] escapes to heap:
./methods_receivers.go:118:26:   flow: {storage for ... argument} = &{storage for a[1]}:
./methods_receivers.go:118:26:     from a[1] (spill) at ./methods_receivers.go:118:26
./methods_receivers.go:118:26:     from ... argument (slice-literal-element) at ./methods_receivers.go:118:13
./methods_receivers.go:118:26:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:118:26:     from ... argument (spill) at ./methods_receivers.go:118:13
./methods_receivers.go:118:26:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:118:13
./methods_receivers.go:118:21: Arr.First(a) escapes to heap:
./methods_receivers.go:118:21:   flow: {storage for ... argument} = &{storage for Arr.First(a)}:
./methods_receivers.go:118:21:     from Arr.First(a) (spill) at ./methods_receivers.go:118:21
./methods_receivers.go:118:21:     from ... argument (slice-literal-element) at ./methods_receivers.go:118:13
./methods_receivers.go:118:21:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:118:21:     from ... argument (spill) at ./methods_receivers.go:118:13
./methods_receivers.go:118:21:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:118:13
./methods_receivers.go:114:30: Str.Len("abc") escapes to heap:
./methods_receivers.go:114:30:   flow: {storage for ... argument} = &{storage for Str.Len("abc")}:
./methods_receivers.go:114:30:     from Str.Len("abc") (spill) at ./methods_receivers.go:114:30
./methods_receivers.go:114:30:     from ... argument (slice-literal-element) at ./methods_receivers.go:114:13
./methods_receivers.go:114:30:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:114:30:     from ... argument (spill) at ./methods_receivers.go:114:13
./methods_receivers.go:114:30:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:114:13
./methods_receivers.go:114:19: Str.Len(s) escapes to heap:
./methods_receivers.go:114:19:   flow: {storage for ... argument} = &{storage for Str.Len(s)}:
./methods_receivers.go:114:19:     from Str.Len(s) (spill) at ./methods_receivers.go:114:19
./methods_receivers.go:114:19:     from ... argument (slice-literal-element) at ./methods_receivers.go:114:13
./methods_receivers.go:114:19:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:114:19:     from ... argument (spill) at ./methods_receivers.go:114:13
./methods_receivers.go:114:19:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:114:13
./methods_receivers.go:112:15: c.n escapes to heap:
./methods_receivers.go:112:15:   flow: {storage for ... argument} = &{storage for c.n}:
./methods_receivers.go:112:15:     from c.n (spill) at ./methods_receivers.go:112:15
./methods_receivers.go:112:15:     from ... argument (slice-literal-element) at ./methods_receivers.go:112:13
./methods_receivers.go:112:15:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:112:15:     from ... argument (spill) at ./methods_receivers.go:112:13
./methods_receivers.go:112:15:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:112:13
./methods_receivers.go:110:44: (*Counter).Get(&c) escapes to heap:
./methods_receivers.go:110:44:   flow: {storage for ... argument} = &{storage for (*Counter).Get(&c)}:
./methods_receivers.go:110:44:     from (*Counter).Get(&c) (spill) at ./methods_receivers.go:110:44
./methods_receivers.go:110:44:     from ... argument (slice-literal-element) at ./methods_receivers.go:110:13
./methods_receivers.go:110:44:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:110:44:     from ... argument (spill) at ./methods_receivers.go:110:13
./methods_receivers.go:110:44:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:110:13
./methods_receivers.go:110:25: Counter.Get(c) escapes to heap:
./methods_receivers.go:110:25:   flow: {storage for ... argument} = &{storage for Counter.Get(c)}:
./methods_receivers.go:110:25:     from Counter.Get(c) (spill) at ./methods_receivers.go:110:25
./methods_receivers.go:110:25:     from ... argument (slice-literal-element) at ./methods_receivers.go:110:13
./methods_receivers.go:110:25:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:110:25:     from ... argument (spill) at ./methods_receivers.go:110:13
./methods_receivers.go:110:25:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:110:13
./methods_receivers.go:109:20: (*Tree).Sum(tr) escapes to heap:
./methods_receivers.go:109:20:   flow: {storage for ... argument} = &{storage for (*Tree).Sum(tr)}:
./methods_receivers.go:109:20:     from (*Tree).Sum(tr) (spill) at ./methods_receivers.go:109:20
./methods_receivers.go:109:20:     from ... argument (slice-literal-element) at ./methods_receivers.go:109:13
./methods_receivers.go:109:20:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:109:20:     from ... argument (spill) at ./methods_receivers.go:109:13
./methods_receivers.go:109:20:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:109:13
./methods_receivers.go:107:45: pe.Meter.ticks escapes to heap:
./methods_receivers.go:107:45:   flow: {storage for ... argument} = &{storage for pe.Meter.ticks}:
./methods_receivers.go:107:45:     from pe.Meter.ticks (spill) at ./methods_receivers.go:107:45
./methods_receivers.go:107:45:     from ... argument (slice-literal-element) at ./methods_receivers.go:107:13
./methods_receivers.go:107:45:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:107:45:     from ... argument (spill) at ./methods_receivers.go:107:13
./methods_receivers.go:107:45:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:107:13
./methods_receivers.go:107:33: Meter.Ticks(m) escapes to heap:
./methods_receivers.go:107:33:   flow: {storage for ... argument} = &{storage for Meter.Ticks(m)}:
./methods_receivers.go:107:33:     from Meter.Ticks(m) (spill) at ./methods_receivers.go:107:33
./methods_receivers.go:107:33:     from ... argument (slice-literal-element) at ./methods_receivers.go:107:13
./methods_receivers.go:107:33:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:107:33:     from ... argument (spill) at ./methods_receivers.go:107:13
./methods_receivers.go:107:33:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:107:13
./methods_receivers.go:107:22: Meter.Ticks(pe.Meter) escapes to heap:
./methods_receivers.go:107:22:   flow: {storage for ... argument} = &{storage for Meter.Ticks(pe.Meter)}:
./methods_receivers.go:107:22:     from Meter.Ticks(pe.Meter) (spill) at ./methods_receivers.go:107:22
./methods_receivers.go:107:22:     from ... argument (slice-literal-element) at ./methods_receivers.go:107:13
./methods_receivers.go:107:22:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:107:22:     from ... argument (spill) at ./methods_receivers.go:107:13
./methods_receivers.go:107:22:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:107:13
./methods_receivers.go:102:24: n.Counter.n escapes to heap:
./methods_receivers.go:102:24:   flow: {storage for ... argument} = &{storage for n.Counter.n}:
./methods_receivers.go:102:24:     from n.Counter.n (spill) at ./methods_receivers.go:102:24
./methods_receivers.go:102:24:     from ... argument (slice-literal-element) at ./methods_receivers.go:102:13
./methods_receivers.go:102:24:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:102:24:     from ... argument (spill) at ./methods_receivers.go:102:13
./methods_receivers.go:102:24:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:102:13
./methods_receivers.go:102:19: Counter.Get(n.Counter) escapes to heap:
./methods_receivers.go:102:19:   flow: {storage for ... argument} = &{storage for Counter.Get(n.Counter)}:
./methods_receivers.go:102:19:     from Counter.Get(n.Counter) (spill) at ./methods_receivers.go:102:19
./methods_receivers.go:102:19:     from ... argument (slice-literal-element) at ./methods_receivers.go:102:13
./methods_receivers.go:102:19:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:102:19:     from ... argument (spill) at ./methods_receivers.go:102:13
./methods_receivers.go:102:19:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:102:13
./methods_receivers.go:98:26: len(l) escapes to heap:
./methods_receivers.go:98:26:   flow: {storage for ... argument} = &{storage for len(l)}:
./methods_receivers.go:98:26:     from len(l) (spill) at ./methods_receivers.go:98:26
./methods_receivers.go:98:26:     from ... argument (slice-literal-element) at ./methods_receivers.go:98:13
./methods_receivers.go:98:26:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:98:26:     from ... argument (spill) at ./methods_receivers.go:98:13
./methods_receivers.go:98:26:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:98:13
./methods_receivers.go:98:19: IntList.Sum(l) escapes to heap:
./methods_receivers.go:98:19:   flow: {storage for ... argument} = &{storage for IntList.Sum(l)}:
./methods_receivers.go:98:19:     from IntList.Sum(l) (spill) at ./methods_receivers.go:98:19
./methods_receivers.go:98:19:     from ... argument (slice-literal-element) at ./methods_receivers.go:98:13
./methods_receivers.go:98:19:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:98:19:     from ... argument (spill) at ./methods_receivers.go:98:13
./methods_receivers.go:98:19:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:98:13
./methods_receivers.go:96:14: IntList{...} escapes to heap:
./methods_receivers.go:96:14:   flow: l = &{storage for IntList{...}}:
./methods_receivers.go:96:14:     from IntList{...} (spill) at ./methods_receivers.go:96:14
./methods_receivers.go:96:14:     from l := IntList{...} (assign) at ./methods_receivers.go:96:4
./methods_receivers.go:96:14:   flow: {heap} = l:
./methods_receivers.go:96:14:     from l (address-of) at ./methods_receivers.go:97:3
./methods_receivers.go:96:14:     from (*IntList).Push(l, 4) (call parameter) at ./methods_receivers.go:97:8
./methods_receivers.go:95:43: Celsius.Double(Celsius(4)) escapes to heap:
./methods_receivers.go:95:43:   flow: {storage for ... argument} = &{storage for Celsius.Double(Celsius(4))}:
./methods_receivers.go:95:43:     from Celsius.Double(Celsius(4)) (spill) at ./methods_receivers.go:95:43
./methods_receivers.go:95:43:     from ... argument (slice-literal-element) at ./methods_receivers.go:95:13
./methods_receivers.go:95:43:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:95:43:     from ... argument (spill) at ./methods_receivers.go:95:13
./methods_receivers.go:95:43:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:95:13
./methods_receivers.go:95:22: Celsius.Double(t) escapes to heap:
./methods_receivers.go:95:22:   flow: {storage for ... argument} = &{storage for Celsius.Double(t)}:
./methods_receivers.go:95:22:     from Celsius.Double(t) (spill) at ./methods_receivers.go:95:22
./methods_receivers.go:95:22:     from ... argument (slice-literal-element) at ./methods_receivers.go:95:13
./methods_receivers.go:95:22:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:95:22:     from ... argument (spill) at ./methods_receivers.go:95:13
./methods_receivers.go:95:22:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:95:13
./methods_receivers.go:93:19: Counter.Get(c) escapes to heap:
./methods_receivers.go:93:19:   flow: {storage for ... argument} = &{storage for Counter.Get(c)}:
./methods_receivers.go:93:19:     from Counter.Get(c) (spill) at ./methods_receivers.go:93:19
./methods_receivers.go:93:19:     from ... argument (slice-literal-element) at ./methods_receivers.go:93:13
./methods_receivers.go:93:19:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:93:19:     from ... argument (spill) at ./methods_receivers.go:93:13
./methods_receivers.go:93:19:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:93:13
./methods_receivers.go:91:24: c.n escapes to heap:
./methods_receivers.go:91:24:   flow: {storage for ... argument} = &{storage for c.n}:
./methods_receivers.go:91:24:     from c.n (spill) at ./methods_receivers.go:91:24
./methods_receivers.go:91:24:     from ... argument (slice-literal-element) at ./methods_receivers.go:91:13
./methods_receivers.go:91:24:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:91:24:     from ... argument (spill) at ./methods_receivers.go:91:13
./methods_receivers.go:91:24:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:91:13
./methods_receivers.go:91:19: Counter.Get(p) escapes to heap:
./methods_receivers.go:91:19:   flow: {storage for ... argument} = &{storage for Counter.Get(p)}:
./methods_receivers.go:91:19:     from Counter.Get(p) (spill) at ./methods_receivers.go:91:19
./methods_receivers.go:91:19:     from ... argument (slice-literal-element) at ./methods_receivers.go:91:13
./methods_receivers.go:91:19:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:91:19:     from ... argument (spill) at ./methods_receivers.go:91:13
./methods_receivers.go:91:19:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:91:13
./methods_receivers.go:88:19: Counter.Get(c) escapes to heap:
./methods_receivers.go:88:19:   flow: {storage for ... argument} = &{storage for Counter.Get(c)}:
./methods_receivers.go:88:19:     from Counter.Get(c) (spill) at ./methods_receivers.go:88:19
./methods_receivers.go:88:19:     from ... argument (slice-literal-element) at ./methods_receivers.go:88:13
./methods_receivers.go:88:19:   flow: {heap} = {storage for ... argument}:
./methods_receivers.go:88:19:     from ... argument (spill) at ./methods_receivers.go:88:13
./methods_receivers.go:88:19:     from fmt.Println(... argument...) (call parameter) at ./methods_receivers.go:88:13
./methods_receivers.go:88:13: ... argument does not escape
./methods_receivers.go:88:19: Counter.Get(c) escapes to heap
./methods_receivers.go:91:13: ... argument does not escape
./methods_receivers.go:91:19: Counter.Get(p) escapes to heap
./methods_receivers.go:91:24: c.n escapes to heap
./methods_receivers.go:93:13: ... argument does not escape
./methods_receivers.go:93:19: Counter.Get(c) escapes to heap
./methods_receivers.go:95:13: ... argument does not escape
./methods_receivers.go:95:22: Celsius.Double(t) escapes to heap
./methods_receivers.go:95:43: Celsius.Double(Celsius(4)) escapes to heap
./methods_receivers.go:96:14: IntList{...} escapes to heap
./methods_receivers.go:98:13: ... argument does not escape
./methods_receivers.go:98:19: IntList.Sum(l) escapes to heap
./methods_receivers.go:98:26: len(l) escapes to heap
./methods_receivers.go:102:13: ... argument does not escape
./methods_receivers.go:102:19: Counter.Get(n.Counter) escapes to heap
./methods_receivers.go:102:24: n.Counter.n escapes to heap
./methods_receivers.go:107:13: ... argument does not escape
./methods_receivers.go:107:22: Meter.Ticks(pe.Meter) escapes to heap
./methods_receivers.go:107:33: Meter.Ticks(m) escapes to heap
./methods_receivers.go:107:45: pe.Meter.ticks escapes to heap
./methods_receivers.go:108:8: &Tree{...} does not escape
./methods_receivers.go:108:28: &Tree{...} does not escape
./methods_receivers.go:108:50: &Tree{...} does not escape
./methods_receivers.go:108:70: &Tree{...} does not escape
./methods_receivers.go:109:13: ... argument does not escape
./methods_receivers.go:109:20: (*Tree).Sum(tr) escapes to heap
./methods_receivers.go:110:13: ... argument does not escape
./methods_receivers.go:110:25: Counter.Get(c) escapes to heap
./methods_receivers.go:110:44: (*Counter).Get(&c) escapes to heap
./methods_receivers.go:112:13: ... argument does not escape
./methods_receivers.go:112:15: c.n escapes to heap
./methods_receivers.go:114:13: ... argument does not escape
./methods_receivers.go:114:19: Str.Len(s) escapes to heap
./methods_receivers.go:114:30: Str.Len("abc") escapes to heap
./methods_receivers.go:118:13: ... argument does not escape
./methods_receivers.go:118:21: Arr.First(a) escapes to heap
./methods_receivers.go:118:26: a[1] escapes to heap
./methods_receivers.go:119:13: ... argument does not escape
./methods_receivers.go:119:25: IntList.Sum(l) escapes to heap
./methods_receivers.go:121:13: ... argument does not escape
./methods_receivers.go:121:23: n.Counter.n escapes to heap
./methods_receivers.go:123:13: ... argument does not escape
./methods_receivers.go:123:22: Op.IsNil(op) escapes to heap
./methods_receivers.go:124:13: ... argument does not escape
./methods_receivers.go:124:25: (*Counter).CountDown(c, 4) escapes to heap
./methods_receivers.go:124:41: (*Counter).CountDown(n.Counter, 2) escapes to heap
