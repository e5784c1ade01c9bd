./methods_receivers.go:10:7: c does not escape
./methods_receivers.go:12:7: c does not escape
./methods_receivers.go:14:7: leaking param: c to result ~r0 level=0
./methods_receivers.go:20:7: c does not escape
./methods_receivers.go:34:7: l does not escape
./methods_receivers.go:42:7: leaking param content: l
./methods_receivers.go:52:7: m does not escape
./methods_receivers.go:64:7: t does not escape
./methods_receivers.go:73:7: o does not escape
./methods_receivers.go:77:7: s does not escape
./methods_receivers.go:82:7: a does not escape
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
