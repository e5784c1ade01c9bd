./closures.go:10:2: moved to heap: n
./closures.go:11:9: func literal escapes to heap
./closures.go:17:10: leaking param: words
./closures.go:18:2: moved to heap: i
./closures.go:19:9: func literal escapes to heap
./closures.go:29:12: f does not escape
./closures.go:29:29: xs does not escape
./closures.go:30:13: make([]int, 0, len(xs)) escapes to heap
./closures.go:37:14: leaking param: f
./closures.go:37:17: leaking param: g
./closures.go:38:9: func literal escapes to heap
./closures.go:43:12: f does not escape
./closures.go:55:2: moved to heap: sum
./closures.go:56:9: func literal escapes to heap
./closures.go:56:35: func literal escapes to heap
./closures.go:59:13: moved to heap: b
./closures.go:60:9: func literal escapes to heap
./closures.go:69:15: leaking param: prefix
./closures.go:70:14: leaking param: xs
./closures.go:70:9: func literal escapes to heap
./closures.go:71:20: ... argument does not escape
./closures.go:71:20: prefix escapes to heap
./closures.go:71:32: len(xs) escapes to heap
./closures.go:71:32: xs escapes to heap
./closures.go:76:9: func literal does not escape
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
