./type_switch.go:14:15: leaking param content: x
./type_switch.go:17:14: ... argument does not escape
./type_switch.go:17:15: "nil" escapes to heap
./type_switch.go:19:14: ... argument does not escape
./type_switch.go:19:15: "int" escapes to heap
./type_switch.go:19:23: v + 1 escapes to heap
./type_switch.go:21:14: ... argument does not escape
./type_switch.go:21:15: "MyInt" escapes to heap
./type_switch.go:21:30: int(v) * 2 escapes to heap
./type_switch.go:24:14: ... argument does not escape
./type_switch.go:24:15: "string or bool" escapes to heap
./type_switch.go:27:14: ... argument does not escape
./type_switch.go:27:15: "*int" escapes to heap
./type_switch.go:27:23: *v escapes to heap
./type_switch.go:30:14: ... argument does not escape
./type_switch.go:30:15: "[]int" escapes to heap
./type_switch.go:30:27: len(v) escapes to heap
./type_switch.go:30:35: cap(v) escapes to heap
./type_switch.go:32:14: ... argument does not escape
./type_switch.go:32:15: "Point" escapes to heap
./type_switch.go:32:25: v.X escapes to heap
./type_switch.go:32:30: v.Y escapes to heap
./type_switch.go:32:34: *v.Name escapes to heap
./type_switch.go:35:14: ... argument does not escape
./type_switch.go:35:15: "*Point" escapes to heap
./type_switch.go:35:26: v.X escapes to heap
./type_switch.go:37:14: ... argument does not escape
./type_switch.go:37:15: "[3]byte" escapes to heap
./type_switch.go:37:27: v[0] escapes to heap
./type_switch.go:37:33: v[2] escapes to heap
./type_switch.go:39:14: ... argument does not escape
./type_switch.go:39:15: "uint8" escapes to heap
./type_switch.go:39:15: v escapes to heap
./type_switch.go:41:14: ... argument does not escape
./type_switch.go:41:15: "other" escapes to heap
./type_switch.go:45:19: x does not escape
./type_switch.go:56:20: x does not escape
./type_switch.go:68:12: x does not escape
./type_switch.go:79:13: x does not escape
./type_switch.go:91:12: xs does not escape
./type_switch.go:115:14: x does not escape
./type_switch.go:131:17: x does not escape
./type_switch.go:141:13: x does not escape
./type_switch.go:141:16: y does not escape
./type_switch.go:154:15: x does not escape
./type_switch.go:162:13: leaking param: x to result ~r0 level=0
./type_switch.go:167:9: "was nil" escapes to heap
./type_switch.go:173:12: []int{...} does not escape
./type_switch.go:174:23: s does not escape
./type_switch.go:175:25: []interface {}{...} does not escape
./type_switch.go:175:31: 1 does not escape
./type_switch.go:175:39: MyInt(3) does not escape
./type_switch.go:175:44: "hi" does not escape
./type_switch.go:175:50: true does not escape
./type_switch.go:175:69: Point{...} does not escape
./type_switch.go:175:84: &Point{...} does not escape
./type_switch.go:175:112: [3]byte{...} does not escape
./type_switch.go:175:127: byte(9) does not escape
./type_switch.go:175:132: 2.5 does not escape
./type_switch.go:175:142: int64(4) does not escape
./type_switch.go:179:13: ... argument does not escape
./type_switch.go:179:13: n escapes to heap
./type_switch.go:179:18: s[0] escapes to heap
./type_switch.go:180:6: int8(1) does not escape
./type_switch.go:181:13: ... argument does not escape
./type_switch.go:181:26: defaultFirst(a) escapes to heap
./type_switch.go:181:43: defaultFirst(nil) escapes to heap
./type_switch.go:181:62: defaultFirst("x") escapes to heap
./type_switch.go:181:63: "x" does not escape
./type_switch.go:181:81: defaultFirst(int16(2)) escapes to heap
./type_switch.go:181:87: int16(2) does not escape
./type_switch.go:182:13: ... argument does not escape
./type_switch.go:182:27: defaultMiddle(1) escapes to heap
./type_switch.go:182:28: 1 does not escape
./type_switch.go:182:45: defaultMiddle(nil) escapes to heap
./type_switch.go:182:65: defaultMiddle("str") escapes to heap
./type_switch.go:182:66: "str" does not escape
./type_switch.go:183:13: ... argument does not escape
./type_switch.go:183:19: noVar(1) escapes to heap
./type_switch.go:183:20: 1 does not escape
./type_switch.go:183:29: noVar("a") escapes to heap
./type_switch.go:183:30: "a" does not escape
./type_switch.go:183:41: noVar(nil) escapes to heap
./type_switch.go:184:13: ... argument does not escape
./type_switch.go:184:20: shadow(1) escapes to heap
./type_switch.go:184:21: 1 does not escape
./type_switch.go:184:31: shadow("abc") escapes to heap
./type_switch.go:184:32: "abc" does not escape
./type_switch.go:184:46: shadow(nil) escapes to heap
./type_switch.go:185:13: ... argument does not escape
./type_switch.go:185:19: loops([]interface {}{...}) escapes to heap
./type_switch.go:185:33: []interface {}{...} does not escape
./type_switch.go:185:34: 1 does not escape
./type_switch.go:185:37: 0 does not escape
./type_switch.go:185:40: "skip" does not escape
./type_switch.go:185:48: "x" does not escape
./type_switch.go:185:53: 2 does not escape
./type_switch.go:185:56: -1 does not escape
./type_switch.go:185:60: 5 does not escape
./type_switch.go:186:13: ... argument does not escape
./type_switch.go:186:21: labeled(3) escapes to heap
./type_switch.go:186:22: 3 does not escape
./type_switch.go:186:33: labeled(20) escapes to heap
./type_switch.go:186:34: 20 does not escape
./type_switch.go:186:46: labeled("x") escapes to heap
./type_switch.go:186:47: "x" does not escape
./type_switch.go:187:13: ... argument does not escape
./type_switch.go:187:24: firstMatch(1) escapes to heap
./type_switch.go:187:25: 1 does not escape
./type_switch.go:187:39: firstMatch(nil) escapes to heap
./type_switch.go:188:13: ... argument does not escape
./type_switch.go:188:20: nested(1, 2) escapes to heap
./type_switch.go:188:21: 1 does not escape
./type_switch.go:188:24: 2 does not escape
./type_switch.go:188:34: nested(1, "ab") escapes to heap
./type_switch.go:188:35: 1 does not escape
./type_switch.go:188:38: "ab" does not escape
./type_switch.go:188:51: nested("b", 1) escapes to heap
./type_switch.go:188:52: "b" does not escape
./type_switch.go:188:57: 1 does not escape
./type_switch.go:189:13: ... argument does not escape
./type_switch.go:189:22: multiNil(nil) escapes to heap
./type_switch.go:189:37: multiNil(1) escapes to heap
./type_switch.go:189:38: 1 does not escape
./type_switch.go:189:50: multiNil("x") escapes to heap
./type_switch.go:189:51: "x" does not escape
./type_switch.go:190:13: ... argument does not escape
./type_switch.go:190:21: 7 escapes to heap
