./closures.go:10:2: counter capturing by ref: n (addr=false assign=true width=8)
./closures.go:11:9: func literal escapes to heap:
./closures.go:11:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:11:9:     from func literal (spill) at ./closures.go:11:9
./closures.go:11:9:     from return func literal (return) at ./closures.go:11:2
./closures.go:10:2: n escapes to heap:
./closures.go:10:2:   flow: {storage for func literal} = &n:
./closures.go:10:2:     from n (captured by a closure) at ./closures.go:12:3
./closures.go:10:2:     from n (reference) at ./closures.go:12:3
./closures.go:10:2: moved to heap: n
./closures.go:11:9: func literal escapes to heap
./closures.go:18:2: gen capturing by ref: i (addr=false assign=true width=8)
./closures.go:17:10: gen capturing by value: words (addr=false assign=false width=24)
./closures.go:17:10: parameter words leaks to ~r0 with derefs=1:
./closures.go:17:10:   flow: w = *words:
./closures.go:17:10:     from words[i] (dot of pointer) at ./closures.go:23:13
./closures.go:17:10:     from w := words[i] (assign) at ./closures.go:23:5
./closures.go:17:10:   flow: ~r0 = w:
./closures.go:17:10:     from return w, true (return) at ./closures.go:25:3
./closures.go:19:9: func literal escapes to heap:
./closures.go:19:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:19:9:     from func literal (spill) at ./closures.go:19:9
./closures.go:19:9:     from return func literal (return) at ./closures.go:19:2
./closures.go:17:10: parameter words leaks to {storage for func literal} with derefs=0:
./closures.go:17:10:   flow: {storage for func literal} = words:
./closures.go:17:10:     from words (captured by a closure) at ./closures.go:20:15
./closures.go:18:2: i escapes to heap:
./closures.go:18:2:   flow: {storage for func literal} = &i:
./closures.go:18:2:     from i (captured by a closure) at ./closures.go:20:6
./closures.go:18:2:     from i (reference) at ./closures.go:20:6
./closures.go:17:10: leaking param: words
./closures.go:18:2: moved to heap: i
./closures.go:19:9: func literal escapes to heap
./closures.go:30:13: make([]int, 0, len(xs)) escapes to heap:
./closures.go:30:13:   flow: {heap} = &{storage for make([]int, 0, len(xs))}:
./closures.go:30:13:     from make([]int, 0, len(xs)) (non-constant size) at ./closures.go:30:13
./closures.go:29:12: f does not escape
./closures.go:29:29: xs does not escape
./closures.go:30:13: make([]int, 0, len(xs)) escapes to heap
./closures.go:37:14: compose capturing by value: f (addr=false assign=false width=8)
./closures.go:37:17: compose capturing by value: g (addr=false assign=false width=8)
./closures.go:38:9: func literal escapes to heap:
./closures.go:38:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:38:9:     from func literal (spill) at ./closures.go:38:9
./closures.go:38:9:     from return func literal (return) at ./closures.go:38:2
./closures.go:37:17: parameter g leaks to {storage for func literal} with derefs=0:
./closures.go:37:17:   flow: {storage for func literal} = g:
./closures.go:37:17:     from g (captured by a closure) at ./closures.go:38:36
./closures.go:37:14: parameter f leaks to {storage for func literal} with derefs=0:
./closures.go:37:14:   flow: {storage for func literal} = f:
./closures.go:37:14:     from f (captured by a closure) at ./closures.go:38:34
./closures.go:37:14: leaking param: f
./closures.go:37:17: leaking param: g
./closures.go:38:9: func literal escapes to heap
./closures.go:43:12: f does not escape
./closures.go:55:2: adder capturing by ref: sum (addr=false assign=true width=8)
./closures.go:55:2: adder capturing by ref: sum (addr=true assign=true width=8)
./closures.go:56:35: func literal escapes to heap:
./closures.go:56:35:   flow: ~r1 = &{storage for func literal}:
./closures.go:56:35:     from func literal (spill) at ./closures.go:56:35
./closures.go:56:35:     from return func literal, func literal (return) at ./closures.go:56:2
./closures.go:55:2: sum escapes to heap:
./closures.go:55:2:   flow: {storage for func literal} = &sum:
./closures.go:55:2:     from sum (captured by a closure) at ./closures.go:56:55
./closures.go:55:2:     from sum (reference) at ./closures.go:56:55
./closures.go:56:9: func literal escapes to heap:
./closures.go:56:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:56:9:     from func literal (spill) at ./closures.go:56:9
./closures.go:56:9:     from return func literal, func literal (return) at ./closures.go:56:2
./closures.go:55:2: moved to heap: sum
./closures.go:56:9: func literal escapes to heap
./closures.go:56:35: func literal escapes to heap
./closures.go:59:13: sumBig capturing by ref: b (addr=false assign=false width=160)
./closures.go:60:9: func literal escapes to heap:
./closures.go:60:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:60:9:     from func literal (spill) at ./closures.go:60:9
./closures.go:60:9:     from return func literal (return) at ./closures.go:60:2
./closures.go:59:13: parameter b leaks to {storage for func literal} with derefs=0:
./closures.go:59:13:   flow: {storage for func literal} = &b:
./closures.go:59:13:     from b (captured by a closure) at ./closures.go:62:21
./closures.go:59:13:     from b (reference) at ./closures.go:62:21
./closures.go:59:13: b escapes to heap:
./closures.go:59:13:   flow: {storage for func literal} = &b:
./closures.go:59:13:     from b (captured by a closure) at ./closures.go:62:21
./closures.go:59:13:     from b (reference) at ./closures.go:62:21
./closures.go:59:13: moved to heap: b
./closures.go:60:9: func literal escapes to heap
./closures.go:69:15: variadic capturing by value: prefix (addr=false assign=false width=16)
./closures.go:71:32: xs escapes to heap:
./closures.go:71:32:   flow: {storage for ... argument} = &{storage for xs}:
./closures.go:71:32:     from xs (spill) at ./closures.go:71:32
./closures.go:71:32:     from ... argument (slice-literal-element) at ./closures.go:71:20
./closures.go:71:32:   flow: {heap} = {storage for ... argument}:
./closures.go:71:32:     from ... argument (spill) at ./closures.go:71:20
./closures.go:71:32:     from fmt.Sprint(... argument...) (call parameter) at ./closures.go:71:20
./closures.go:71:32: len(xs) escapes to heap:
./closures.go:71:32:   flow: {storage for ... argument} = &{storage for len(xs)}:
./closures.go:71:32:     from len(xs) (spill) at ./closures.go:71:32
./closures.go:71:32:     from ... argument (slice-literal-element) at ./closures.go:71:20
./closures.go:71:32:   flow: {heap} = {storage for ... argument}:
./closures.go:71:32:     from ... argument (spill) at ./closures.go:71:20
./closures.go:71:32:     from fmt.Sprint(... argument...) (call parameter) at ./closures.go:71:20
./closures.go:71:20: prefix escapes to heap:
./closures.go:71:20:   flow: {storage for ... argument} = &{storage for prefix}:
./closures.go:71:20:     from prefix (spill) at ./closures.go:71:20
./closures.go:71:20:     from ... argument (slice-literal-element) at ./closures.go:71:20
./closures.go:71:20:   flow: {heap} = {storage for ... argument}:
./closures.go:71:20:     from ... argument (spill) at ./closures.go:71:20
./closures.go:71:20:     from fmt.Sprint(... argument...) (call parameter) at ./closures.go:71:20
./closures.go:70:14: parameter xs leaks to {storage for xs} with derefs=0:
./closures.go:70:14:   flow: {storage for xs} = xs:
./closures.go:70:14:     from xs (interface-converted) at ./closures.go:71:32
./closures.go:69:15: parameter prefix leaks to {storage for prefix} with derefs=0:
./closures.go:69:15:   flow: {storage for prefix} = prefix:
./closures.go:69:15:     from prefix (interface-converted) at ./closures.go:71:20
./closures.go:70:9: func literal escapes to heap:
./closures.go:70:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:70:9:     from func literal (spill) at ./closures.go:70:9
./closures.go:70:9:     from return func literal (return) at ./closures.go:70:2
./closures.go:69:15: parameter prefix leaks to {storage for func literal} with derefs=0:
./closures.go:69:15:   flow: {storage for func literal} = prefix:
./closures.go:69:15:     from prefix (captured by a closure) at ./closures.go:71:21
./closures.go:69:15: leaking param: prefix
./closures.go:70:14: leaking param: xs
./closures.go:70:9: func literal escapes to heap
./closures.go:71:20: ... argument does not escape
./closures.go:71:20: prefix escapes to heap
./closures.go:71:32: len(xs) escapes to heap
./closures.go:71:32: xs escapes to heap
./closures.go:75:15: named capturing by ref: r (addr=false assign=true width=8)
./closures.go:76:9: func literal does not escape
./closures.go:86:22: []string{...} escapes to heap:
./closures.go:86:22:   flow: {heap} = &{storage for []string{...}}:
./closures.go:86:22:     from []string{...} (spill) at ./closures.go:86:22
./closures.go:86:22:     from gen([]string{...}) (call parameter) at ./closures.go:86:13
./closures.go:122:19: func literal escapes to heap:
./closures.go:122:19:   flow: {heap} = &{storage for func literal}:
./closures.go:122:19:     from func literal (spill) at ./closures.go:122:19
./closures.go:122:19:     from append(fs, func literal) (call parameter) at ./closures.go:122:14
./closures.go:125:19: func literal escapes to heap:
./closures.go:125:19:   flow: {heap} = &{storage for func literal}:
./closures.go:125:19:     from func literal (spill) at ./closures.go:125:19
./closures.go:125:19:     from append(fs, func literal) (call parameter) at ./closures.go:125:14
./closures.go:136:19: func literal escapes to heap:
./closures.go:136:19:   flow: {heap} = &{storage for func literal}:
./closures.go:136:19:     from func literal (spill) at ./closures.go:136:19
./closures.go:136:19:     from append(gs, func literal) (call parameter) at ./closures.go:136:14
./closures.go:181:16: ... argument escapes to heap:
./closures.go:181:16:   flow: {heap} = &{storage for ... argument}:
./closures.go:181:16:     from ... argument (spill) at ./closures.go:181:16
./closures.go:181:16:     from v1(... argument...) (call parameter) at ./closures.go:181:16
./closures.go:92:2: main capturing by value: k (addr=false assign=false width=8)
./closures.go:110:6: main capturing by ref: fib (addr=false assign=true width=8)
./closures.go:121:6: main capturing by ref: i (addr=false assign=true width=8)
./closures.go:121:6: i escapes to heap:
./closures.go:121:6:   flow: {storage for func literal} = &i:
./closures.go:121:6:     from i (captured by a closure) at ./closures.go:122:39
./closures.go:121:6:     from i (reference) at ./closures.go:122:39
./closures.go:124:9: main capturing by ref: v (addr=false assign=true width=8)
./closures.go:124:9: v escapes to heap:
./closures.go:124:9:   flow: {storage for func literal} = &v:
./closures.go:124:9:     from v (captured by a closure) at ./closures.go:125:39
./closures.go:124:9:     from v (reference) at ./closures.go:125:39
./closures.go:135:3: main capturing by value: i (addr=false assign=false width=8)
./closures.go:143:2: main capturing by ref: x (addr=false assign=true width=8)
./closures.go:149:2: main capturing by ref: y (addr=false assign=true width=8)
./closures.go:172:2: main capturing by ref: msg (addr=false assign=true width=16)
./closures.go:172:2: main capturing by ref: msg (addr=true assign=true width=16)
./closures.go:190:2: main capturing by value: pt (addr=false assign=false width=8)
./closures.go:193:16: pt.n escapes to heap:
./closures.go:193:16:   flow: {storage for ... argument} = &{storage for pt.n}:
./closures.go:193:16:     from pt.n (spill) at ./closures.go:193:16
./closures.go:193:16:     from ... argument (slice-literal-element) at ./closures.go:193:13
./closures.go:193:16:   flow: {heap} = {storage for ... argument}:
./closures.go:193:16:     from ... argument (spill) at ./closures.go:193:13
./closures.go:193:16:     from fmt.Println(... argument...) (call parameter) at ./closures.go:193:13
./closures.go:188:17: nf == nil escapes to heap:
./closures.go:188:17:   flow: {storage for ... argument} = &{storage for nf == nil}:
./closures.go:188:17:     from nf == nil (spill) at ./closures.go:188:17
./closures.go:188:17:     from ... argument (slice-literal-element) at ./closures.go:188:13
./closures.go:188:17:   flow: {heap} = {storage for ... argument}:
./closures.go:188:17:     from ... argument (spill) at ./closures.go:188:13
./closures.go:188:17:     from fmt.Println(... argument...) (call parameter) at ./closures.go:188:13
./closures.go:186:49: c != nil escapes to heap:
./closures.go:186:49:   flow: {storage for ... argument} = &{storage for c != nil}:
./closures.go:186:49:     from c != nil (spill) at ./closures.go:186:49
./closures.go:186:49:     from ... argument (slice-literal-element) at ./closures.go:186:13
./closures.go:186:49:   flow: {heap} = {storage for ... argument}:
./closures.go:186:49:     from ... argument (spill) at ./closures.go:186:13
./closures.go:186:49:     from fmt.Println(... argument...) (call parameter) at ./closures.go:186:13
./closures.go:186:39: f != nil escapes to heap:
./closures.go:186:39:   flow: {storage for ... argument} = &{storage for f != nil}:
./closures.go:186:39:     from f != nil (spill) at ./closures.go:186:39
./closures.go:186:39:     from ... argument (slice-literal-element) at ./closures.go:186:13
./closures.go:186:39:   flow: {heap} = {storage for ... argument}:
./closures.go:186:39:     from ... argument (spill) at ./closures.go:186:13
./closures.go:186:39:     from fmt.Println(... argument...) (call parameter) at ./closures.go:186:13
./closures.go:186:29: nf2 == nil escapes to heap:
./closures.go:186:29:   flow: {storage for ... argument} = &{storage for nf2 == nil}:
./closures.go:186:29:     from nf2 == nil (spill) at ./closures.go:186:29
./closures.go:186:29:     from ... argument (slice-literal-element) at ./closures.go:186:13
./closures.go:186:29:   flow: {heap} = {storage for ... argument}:
./closures.go:186:29:     from ... argument (spill) at ./closures.go:186:13
./closures.go:186:29:     from fmt.Println(... argument...) (call parameter) at ./closures.go:186:13
./closures.go:186:17: nf == nil escapes to heap:
./closures.go:186:17:   flow: {storage for ... argument} = &{storage for nf == nil}:
./closures.go:186:17:     from nf == nil (spill) at ./closures.go:186:17
./closures.go:186:17:     from ... argument (slice-literal-element) at ./closures.go:186:13
./closures.go:186:17:   flow: {heap} = {storage for ... argument}:
./closures.go:186:17:     from ... argument (spill) at ./closures.go:186:13
./closures.go:186:17:     from fmt.Println(... argument...) (call parameter) at ./closures.go:186:13
./closures.go:182:19: named() escapes to heap:
./closures.go:182:19:   flow: {storage for ... argument} = &{storage for named()}:
./closures.go:182:19:     from named() (spill) at ./closures.go:182:19
./closures.go:182:19:     from ... argument (slice-literal-element) at ./closures.go:182:13
./closures.go:182:19:   flow: {heap} = {storage for ... argument}:
./closures.go:182:19:     from ... argument (spill) at ./closures.go:182:13
./closures.go:182:19:     from fmt.Println(... argument...) (call parameter) at ./closures.go:182:13
./closures.go:181:29: v2(nil...) escapes to heap:
./closures.go:181:29:   flow: {storage for ... argument} = &{storage for v2(nil...)}:
./closures.go:181:29:     from v2(nil...) (spill) at ./closures.go:181:29
./closures.go:181:29:     from ... argument (slice-literal-element) at ./closures.go:181:13
./closures.go:181:29:   flow: {heap} = {storage for ... argument}:
./closures.go:181:29:     from ... argument (spill) at ./closures.go:181:13
./closures.go:181:29:     from fmt.Println(... argument...) (call parameter) at ./closures.go:181:13
./closures.go:181:16: v1(... argument...) escapes to heap:
./closures.go:181:16:   flow: {storage for ... argument} = &{storage for v1(... argument...)}:
./closures.go:181:16:     from v1(... argument...) (spill) at ./closures.go:181:16
./closures.go:181:16:     from ... argument (slice-literal-element) at ./closures.go:181:13
./closures.go:181:16:   flow: {heap} = {storage for ... argument}:
./closures.go:181:16:     from ... argument (spill) at ./closures.go:181:13
./closures.go:181:16:     from fmt.Println(... argument...) (call parameter) at ./closures.go:181:13
./closures.go:178:13: msg escapes to heap:
./closures.go:178:13:   flow: {storage for ... argument} = &{storage for msg}:
./closures.go:178:13:     from msg (spill) at ./closures.go:178:13
./closures.go:178:13:     from ... argument (slice-literal-element) at ./closures.go:178:13
./closures.go:178:13:   flow: {heap} = {storage for ... argument}:
./closures.go:178:13:     from ... argument (spill) at ./closures.go:178:13
./closures.go:178:13:     from fmt.Println(... argument...) (call parameter) at ./closures.go:178:13
./closures.go:170:15: "immediately called" escapes to heap:
./closures.go:170:15:   flow: {storage for ... argument} = &{storage for "immediately called"}:
./closures.go:170:15:     from "immediately called" (spill) at ./closures.go:170:15
./closures.go:170:15:     from ... argument (slice-literal-element) at ./closures.go:170:14
./closures.go:170:15:   flow: {heap} = {storage for ... argument}:
./closures.go:170:15:     from ... argument (spill) at ./closures.go:170:14
./closures.go:170:15:     from fmt.Println(... argument...) (call parameter) at ./closures.go:170:14
./closures.go:168:49: (func literal)(10, 4) escapes to heap:
./closures.go:168:49:   flow: {storage for ... argument} = &{storage for (func literal)(10, 4)}:
./closures.go:168:49:     from (func literal)(10, 4) (spill) at ./closures.go:168:49
./closures.go:168:49:     from ... argument (slice-literal-element) at ./closures.go:168:13
./closures.go:168:49:   flow: {heap} = {storage for ... argument}:
./closures.go:168:49:     from ... argument (spill) at ./closures.go:168:13
./closures.go:168:49:     from fmt.Println(... argument...) (call parameter) at ./closures.go:168:13
./closures.go:166:22: s() escapes to heap:
./closures.go:166:22:   flow: {storage for ... argument} = &{storage for s()}:
./closures.go:166:22:     from s() (spill) at ./closures.go:166:22
./closures.go:166:22:     from ... argument (slice-literal-element) at ./closures.go:166:13
./closures.go:166:22:   flow: {heap} = {storage for ... argument}:
./closures.go:166:22:     from ... argument (spill) at ./closures.go:166:13
./closures.go:166:22:     from fmt.Println(... argument...) (call parameter) at ./closures.go:166:13
./closures.go:166:14: "big" escapes to heap:
./closures.go:166:14:   flow: {storage for ... argument} = &{storage for "big"}:
./closures.go:166:14:     from "big" (spill) at ./closures.go:166:14
./closures.go:166:14:     from ... argument (slice-literal-element) at ./closures.go:166:13
./closures.go:166:14:   flow: {heap} = {storage for ... argument}:
./closures.go:166:14:     from ... argument (spill) at ./closures.go:166:13
./closures.go:166:14:     from fmt.Println(... argument...) (call parameter) at ./closures.go:166:13
./closures.go:158:28: total() escapes to heap:
./closures.go:158:28:   flow: {storage for ... argument} = &{storage for total()}:
./closures.go:158:28:     from total() (spill) at ./closures.go:158:28
./closures.go:158:28:     from ... argument (slice-literal-element) at ./closures.go:158:13
./closures.go:158:28:   flow: {heap} = {storage for ... argument}:
./closures.go:158:28:     from ... argument (spill) at ./closures.go:158:13
./closures.go:158:28:     from fmt.Println(... argument...) (call parameter) at ./closures.go:158:13
./closures.go:158:14: "total" escapes to heap:
./closures.go:158:14:   flow: {storage for ... argument} = &{storage for "total"}:
./closures.go:158:14:     from "total" (spill) at ./closures.go:158:14
./closures.go:158:14:     from ... argument (slice-literal-element) at ./closures.go:158:13
./closures.go:158:14:   flow: {heap} = {storage for ... argument}:
./closures.go:158:14:     from ... argument (spill) at ./closures.go:158:13
./closures.go:158:14:     from fmt.Println(... argument...) (call parameter) at ./closures.go:158:13
./closures.go:152:25: show() escapes to heap:
./closures.go:152:25:   flow: {storage for ... argument} = &{storage for show()}:
./closures.go:152:25:     from show() (spill) at ./closures.go:152:25
./closures.go:152:25:     from ... argument (slice-literal-element) at ./closures.go:152:13
./closures.go:152:25:   flow: {heap} = {storage for ... argument}:
./closures.go:152:25:     from ... argument (spill) at ./closures.go:152:13
./closures.go:152:25:     from fmt.Println(... argument...) (call parameter) at ./closures.go:152:13
./closures.go:152:14: "y =" escapes to heap:
./closures.go:152:14:   flow: {storage for ... argument} = &{storage for "y ="}:
./closures.go:152:14:     from "y =" (spill) at ./closures.go:152:14
./closures.go:152:14:     from ... argument (slice-literal-element) at ./closures.go:152:13
./closures.go:152:14:   flow: {heap} = {storage for ... argument}:
./closures.go:152:14:     from ... argument (spill) at ./closures.go:152:13
./closures.go:152:14:     from fmt.Println(... argument...) (call parameter) at ./closures.go:152:13
./closures.go:147:14: x escapes to heap:
./closures.go:147:14:   flow: {storage for ... argument} = &{storage for x}:
./closures.go:147:14:     from x (spill) at ./closures.go:147:14
./closures.go:147:14:     from ... argument (slice-literal-element) at ./closures.go:147:13
./closures.go:147:14:   flow: {heap} = {storage for ... argument}:
./closures.go:147:14:     from ... argument (spill) at ./closures.go:147:13
./closures.go:147:14:     from fmt.Println(... argument...) (call parameter) at ./closures.go:147:13
./closures.go:147:14: "x =" escapes to heap:
./closures.go:147:14:   flow: {storage for ... argument} = &{storage for "x ="}:
./closures.go:147:14:     from "x =" (spill) at ./closures.go:147:14
./closures.go:147:14:     from ... argument (slice-literal-element) at ./closures.go:147:13
./closures.go:147:14:   flow: {heap} = {storage for ... argument}:
./closures.go:147:14:     from ... argument (spill) at ./closures.go:147:13
./closures.go:147:14:     from fmt.Println(... argument...) (call parameter) at ./closures.go:147:13
./closures.go:139:18: " " escapes to heap:
./closures.go:139:18:   flow: {storage for ... argument} = &{storage for " "}:
./closures.go:139:18:     from " " (spill) at ./closures.go:139:18
./closures.go:139:18:     from ... argument (slice-literal-element) at ./closures.go:139:12
./closures.go:139:18:   flow: {heap} = {storage for ... argument}:
./closures.go:139:18:     from ... argument (spill) at ./closures.go:139:12
./closures.go:139:18:     from fmt.Print(... argument...) (call parameter) at ./closures.go:139:12
./closures.go:139:14: g() escapes to heap:
./closures.go:139:14:   flow: {storage for ... argument} = &{storage for g()}:
./closures.go:139:14:     from g() (spill) at ./closures.go:139:14
./closures.go:139:14:     from ... argument (slice-literal-element) at ./closures.go:139:12
./closures.go:139:14:   flow: {heap} = {storage for ... argument}:
./closures.go:139:14:     from ... argument (spill) at ./closures.go:139:12
./closures.go:139:14:     from fmt.Print(... argument...) (call parameter) at ./closures.go:139:12
./closures.go:128:18: " " escapes to heap:
./closures.go:128:18:   flow: {storage for ... argument} = &{storage for " "}:
./closures.go:128:18:     from " " (spill) at ./closures.go:128:18
./closures.go:128:18:     from ... argument (slice-literal-element) at ./closures.go:128:12
./closures.go:128:18:   flow: {heap} = {storage for ... argument}:
./closures.go:128:18:     from ... argument (spill) at ./closures.go:128:12
./closures.go:128:18:     from fmt.Print(... argument...) (call parameter) at ./closures.go:128:12
./closures.go:128:14: g() escapes to heap:
./closures.go:128:14:   flow: {storage for ... argument} = &{storage for g()}:
./closures.go:128:14:     from g() (spill) at ./closures.go:128:14
./closures.go:128:14:     from ... argument (slice-literal-element) at ./closures.go:128:12
./closures.go:128:14:   flow: {heap} = {storage for ... argument}:
./closures.go:128:14:     from ... argument (spill) at ./closures.go:128:12
./closures.go:128:14:     from fmt.Print(... argument...) (call parameter) at ./closures.go:128:12
./closures.go:117:17: fib(25) escapes to heap:
./closures.go:117:17:   flow: {storage for ... argument} = &{storage for fib(25)}:
./closures.go:117:17:     from fib(25) (spill) at ./closures.go:117:17
./closures.go:117:17:     from ... argument (slice-literal-element) at ./closures.go:117:13
./closures.go:117:17:   flow: {heap} = {storage for ... argument}:
./closures.go:117:17:     from ... argument (spill) at ./closures.go:117:13
./closures.go:117:17:     from fmt.Println(... argument...) (call parameter) at ./closures.go:117:13
./closures.go:107:26: o.f(1.5, 4) escapes to heap:
./closures.go:107:26:   flow: {storage for ... argument} = &{storage for o.f(1.5, 4)}:
./closures.go:107:26:     from o.f(1.5, 4) (spill) at ./closures.go:107:26
./closures.go:107:26:     from ... argument (slice-literal-element) at ./closures.go:107:14
./closures.go:107:26:   flow: {heap} = {storage for ... argument}:
./closures.go:107:26:     from ... argument (spill) at ./closures.go:107:14
./closures.go:107:26:     from fmt.Println(... argument...) (call parameter) at ./closures.go:107:14
./closures.go:107:16: o.name escapes to heap:
./closures.go:107:16:   flow: {storage for ... argument} = &{storage for o.name}:
./closures.go:107:16:     from o.name (spill) at ./closures.go:107:16
./closures.go:107:16:     from ... argument (slice-literal-element) at ./closures.go:107:14
./closures.go:107:16:   flow: {heap} = {storage for ... argument}:
./closures.go:107:16:     from ... argument (spill) at ./closures.go:107:14
./closures.go:107:16:     from fmt.Println(... argument...) (call parameter) at ./closures.go:107:14
./closures.go:100:47: twice(func literal, 2, 3) escapes to heap:
./closures.go:100:47:   flow: {storage for ... argument} = &{storage for twice(func literal, 2, 3)}:
./closures.go:100:47:     from twice(func literal, 2, 3) (spill) at ./closures.go:100:47
./closures.go:100:47:     from ... argument (slice-literal-element) at ./closures.go:100:13
./closures.go:100:47:   flow: {heap} = {storage for ... argument}:
./closures.go:100:47:     from ... argument (spill) at ./closures.go:100:13
./closures.go:100:47:     from fmt.Println(... argument...) (call parameter) at ./closures.go:100:13
./closures.go:100:28: twice(add, 1, 10) escapes to heap:
./closures.go:100:28:   flow: {storage for ... argument} = &{storage for twice(add, 1, 10)}:
./closures.go:100:28:     from twice(add, 1, 10) (spill) at ./closures.go:100:28
./closures.go:100:28:     from ... argument (slice-literal-element) at ./closures.go:100:13
./closures.go:100:28:   flow: {heap} = {storage for ... argument}:
./closures.go:100:28:     from ... argument (spill) at ./closures.go:100:13
./closures.go:100:28:     from fmt.Println(... argument...) (call parameter) at ./closures.go:100:13
./closures.go:100:15: f(2, 3) escapes to heap:
./closures.go:100:15:   flow: {storage for ... argument} = &{storage for f(2, 3)}:
./closures.go:100:15:     from f(2, 3) (spill) at ./closures.go:100:15
./closures.go:100:15:     from ... argument (slice-literal-element) at ./closures.go:100:13
./closures.go:100:15:   flow: {heap} = {storage for ... argument}:
./closures.go:100:15:     from ... argument (spill) at ./closures.go:100:13
./closures.go:100:15:     from fmt.Println(... argument...) (call parameter) at ./closures.go:100:13
./closures.go:97:23: si(5) escapes to heap:
./closures.go:97:23:   flow: {storage for ... argument} = &{storage for si(5)}:
./closures.go:97:23:     from si(5) (spill) at ./closures.go:97:23
./closures.go:97:23:     from ... argument (slice-literal-element) at ./closures.go:97:13
./closures.go:97:23:   flow: {heap} = {storage for ... argument}:
./closures.go:97:23:     from ... argument (spill) at ./closures.go:97:13
./closures.go:97:23:     from fmt.Println(... argument...) (call parameter) at ./closures.go:97:13
./closures.go:97:16: is(5) escapes to heap:
./closures.go:97:16:   flow: {storage for ... argument} = &{storage for is(5)}:
./closures.go:97:16:     from is(5) (spill) at ./closures.go:97:16
./closures.go:97:16:     from ... argument (slice-literal-element) at ./closures.go:97:13
./closures.go:97:16:   flow: {heap} = {storage for ... argument}:
./closures.go:97:16:     from ... argument (spill) at ./closures.go:97:13
./closures.go:97:16:     from fmt.Println(... argument...) (call parameter) at ./closures.go:97:13
./closures.go:95:8: func literal escapes to heap:
./closures.go:95:8:   flow: sq = &{storage for func literal}:
./closures.go:95:8:     from func literal (spill) at ./closures.go:95:8
./closures.go:95:8:     from sq := func literal (assign) at ./closures.go:95:5
./closures.go:95:8:   flow: {heap} = sq:
./closures.go:95:8:     from compose(inc, sq) (call parameter) at ./closures.go:96:19
./closures.go:94:9: func literal escapes to heap:
./closures.go:94:9:   flow: inc = &{storage for func literal}:
./closures.go:94:9:     from func literal (spill) at ./closures.go:94:9
./closures.go:94:9:     from inc := func literal (assign) at ./closures.go:94:6
./closures.go:94:9:   flow: {heap} = inc:
./closures.go:94:9:     from compose(inc, sq) (call parameter) at ./closures.go:96:19
./closures.go:93:19: apply(func literal, []int{...}) escapes to heap:
./closures.go:93:19:   flow: {storage for ... argument} = &{storage for apply(func literal, []int{...})}:
./closures.go:93:19:     from apply(func literal, []int{...}) (spill) at ./closures.go:93:19
./closures.go:93:19:     from ... argument (slice-literal-element) at ./closures.go:93:13
./closures.go:93:19:   flow: {heap} = {storage for ... argument}:
./closures.go:93:19:     from ... argument (spill) at ./closures.go:93:13
./closures.go:93:19:     from fmt.Println(... argument...) (call parameter) at ./closures.go:93:13
./closures.go:88:16: " " escapes to heap:
./closures.go:88:16:   flow: {storage for ... argument} = &{storage for " "}:
./closures.go:88:16:     from " " (spill) at ./closures.go:88:16
./closures.go:88:16:     from ... argument (slice-literal-element) at ./closures.go:88:12
./closures.go:88:16:   flow: {heap} = {storage for ... argument}:
./closures.go:88:16:     from ... argument (spill) at ./closures.go:88:12
./closures.go:88:16:     from fmt.Print(... argument...) (call parameter) at ./closures.go:88:12
./closures.go:88:12: w escapes to heap:
./closures.go:88:12:   flow: {storage for ... argument} = &{storage for w}:
./closures.go:88:12:     from w (spill) at ./closures.go:88:12
./closures.go:88:12:     from ... argument (slice-literal-element) at ./closures.go:88:12
./closures.go:88:12:   flow: {heap} = {storage for ... argument}:
./closures.go:88:12:     from ... argument (spill) at ./closures.go:88:12
./closures.go:88:12:     from fmt.Print(... argument...) (call parameter) at ./closures.go:88:12
./closures.go:84:30: d() escapes to heap:
./closures.go:84:30:   flow: {storage for ... argument} = &{storage for d()}:
./closures.go:84:30:     from d() (spill) at ./closures.go:84:30
./closures.go:84:30:     from ... argument (slice-literal-element) at ./closures.go:84:13
./closures.go:84:30:   flow: {heap} = {storage for ... argument}:
./closures.go:84:30:     from ... argument (spill) at ./closures.go:84:13
./closures.go:84:30:     from fmt.Println(... argument...) (call parameter) at ./closures.go:84:13
./closures.go:84:25: c() escapes to heap:
./closures.go:84:25:   flow: {storage for ... argument} = &{storage for c()}:
./closures.go:84:25:     from c() (spill) at ./closures.go:84:25
./closures.go:84:25:     from ... argument (slice-literal-element) at ./closures.go:84:13
./closures.go:84:25:   flow: {heap} = {storage for ... argument}:
./closures.go:84:25:     from ... argument (spill) at ./closures.go:84:13
./closures.go:84:25:     from fmt.Println(... argument...) (call parameter) at ./closures.go:84:13
./closures.go:84:20: c() escapes to heap:
./closures.go:84:20:   flow: {storage for ... argument} = &{storage for c()}:
./closures.go:84:20:     from c() (spill) at ./closures.go:84:20
./closures.go:84:20:     from ... argument (slice-literal-element) at ./closures.go:84:13
./closures.go:84:20:   flow: {heap} = {storage for ... argument}:
./closures.go:84:20:     from ... argument (spill) at ./closures.go:84:13
./closures.go:84:20:     from fmt.Println(... argument...) (call parameter) at ./closures.go:84:13
./closures.go:84:15: c() escapes to heap:
./closures.go:84:15:   flow: {storage for ... argument} = &{storage for c()}:
./closures.go:84:15:     from c() (spill) at ./closures.go:84:15
./closures.go:84:15:     from ... argument (slice-literal-element) at ./closures.go:84:13
./closures.go:84:15:   flow: {heap} = {storage for ... argument}:
./closures.go:84:15:     from ... argument (spill) at ./closures.go:84:13
./closures.go:84:15:     from fmt.Println(... argument...) (call parameter) at ./closures.go:84:13
./closures.go:104:9: func literal escapes to heap:
./closures.go:104:9:   flow: {storage for []op{...}} = &{storage for func literal}:
./closures.go:104:9:     from func literal (spill) at ./closures.go:104:9
./closures.go:104:9:     from op{...} (struct literal element) at ./closures.go:104:3
./closures.go:104:9:     from []op{...} (slice-literal-element) at ./closures.go:102:13
./closures.go:104:9:   flow: ops = &{storage for []op{...}}:
./closures.go:104:9:     from []op{...} (spill) at ./closures.go:102:13
./closures.go:104:9:     from ops := []op{...} (assign) at ./closures.go:102:6
./closures.go:104:9:   flow: {temp} = ops:
./closures.go:104:9:   flow: o = *{temp}:
./closures.go:104:9:     from for loop (range-deref) at ./closures.go:106:14
./closures.go:104:9:   flow: {storage for o.name} = o:
./closures.go:104:9:     from o.name (dot) at ./closures.go:107:16
./closures.go:104:9:     from o.name (interface-converted) at ./closures.go:107:16
./closures.go:103:9: func literal escapes to heap:
./closures.go:103:9:   flow: {storage for []op{...}} = &{storage for func literal}:
./closures.go:103:9:     from func literal (spill) at ./closures.go:103:9
./closures.go:103:9:     from op{...} (struct literal element) at ./closures.go:103:3
./closures.go:103:9:     from []op{...} (slice-literal-element) at ./closures.go:102:13
./closures.go:103:9:   flow: ops = &{storage for []op{...}}:
./closures.go:103:9:     from []op{...} (spill) at ./closures.go:102:13
./closures.go:103:9:     from ops := []op{...} (assign) at ./closures.go:102:6
./closures.go:103:9:   flow: {temp} = ops:
./closures.go:103:9:   flow: o = *{temp}:
./closures.go:103:9:     from for loop (range-deref) at ./closures.go:106:14
./closures.go:103:9:   flow: {storage for o.name} = o:
./closures.go:103:9:     from o.name (dot) at ./closures.go:107:16
./closures.go:103:9:     from o.name (interface-converted) at ./closures.go:107:16
./closures.go:121:6: moved to heap: i
./closures.go:124:9: moved to heap: v
./closures.go:84:13: ... argument does not escape
./closures.go:84:15: c() escapes to heap
./closures.go:84:20: c() escapes to heap
./closures.go:84:25: c() escapes to heap
./closures.go:84:30: d() escapes to heap
./closures.go:86:22: []string{...} escapes to heap
./closures.go:88:12: ... argument does not escape
./closures.go:88:12: w escapes to heap
./closures.go:88:16: " " escapes to heap
./closures.go:93:13: ... argument does not escape
./closures.go:93:19: apply(func literal, []int{...}) escapes to heap
./closures.go:93:20: func literal does not escape
./closures.go:93:59: []int{...} does not escape
./closures.go:94:9: func literal escapes to heap
./closures.go:95:8: func literal escapes to heap
./closures.go:97:13: ... argument does not escape
./closures.go:97:16: is(5) escapes to heap
./closures.go:97:23: si(5) escapes to heap
./closures.go:100:13: ... argument does not escape
./closures.go:100:15: f(2, 3) escapes to heap
./closures.go:100:28: twice(add, 1, 10) escapes to heap
./closures.go:100:47: twice(func literal, 2, 3) escapes to heap
./closures.go:100:48: func literal does not escape
./closures.go:102:13: []op{...} does not escape
./closures.go:103:9: func literal escapes to heap
./closures.go:104:9: func literal escapes to heap
./closures.go:107:14: ... argument does not escape
./closures.go:107:16: o.name escapes to heap
./closures.go:107:26: o.f(1.5, 4) escapes to heap
./closures.go:111:8: func literal does not escape
./closures.go:117:13: ... argument does not escape
./closures.go:117:17: fib(25) escapes to heap
./closures.go:122:19: func literal escapes to heap
./closures.go:124:25: []int{...} does not escape
./closures.go:125:19: func literal escapes to heap
./closures.go:128:12: ... argument does not escape
./closures.go:128:14: g() escapes to heap
./closures.go:128:18: " " escapes to heap
./closures.go:136:19: func literal escapes to heap
./closures.go:139:12: ... argument does not escape
./closures.go:139:14: g() escapes to heap
./closures.go:139:18: " " escapes to heap
./closures.go:144:10: func literal does not escape
./closures.go:147:13: ... argument does not escape
./closures.go:147:14: "x =" escapes to heap
./closures.go:147:14: x escapes to heap
./closures.go:150:10: func literal does not escape
./closures.go:152:13: ... argument does not escape
./closures.go:152:14: "y =" escapes to heap
./closures.go:152:25: show() escapes to heap
./closures.go:158:13: ... argument does not escape
./closures.go:158:14: "total" escapes to heap
./closures.go:158:28: total() escapes to heap
./closures.go:166:13: ... argument does not escape
./closures.go:166:14: "big" escapes to heap
./closures.go:166:22: s() escapes to heap
./closures.go:168:13: ... argument does not escape
./closures.go:168:49: (func literal)(10, 4) escapes to heap
./closures.go:168:14: func literal does not escape
./closures.go:169:2: func literal does not escape
./closures.go:170:14: ... argument does not escape
./closures.go:170:15: "immediately called" escapes to heap
./closures.go:173:2: func literal does not escape
./closures.go:174:3: func literal does not escape
./closures.go:178:13: ... argument does not escape
./closures.go:178:13: msg escapes to heap
./closures.go:181:13: ... argument does not escape
./closures.go:181:16: v1(... argument...) escapes to heap
./closures.go:181:16: ... argument escapes to heap
./closures.go:181:29: v2(nil...) escapes to heap
./closures.go:182:13: ... argument does not escape
./closures.go:182:19: named() escapes to heap
./closures.go:186:13: ... argument does not escape
./closures.go:186:17: nf == nil escapes to heap
./closures.go:186:29: nf2 == nil escapes to heap
./closures.go:186:39: f != nil escapes to heap
./closures.go:186:49: c != nil escapes to heap
./closures.go:187:7: func literal does not escape
./closures.go:188:13: ... argument does not escape
./closures.go:188:17: nf == nil escapes to heap
./closures.go:190:8: &struct { n int }{...} does not escape
./closures.go:191:12: func literal does not escape
./closures.go:193:13: ... argument does not escape
./closures.go:193:16: pt.n escapes to heap
