./type_switch.go:41:15: "other" escapes to heap:
./type_switch.go:41:15:   flow: {storage for ... argument} = &{storage for "other"}:
./type_switch.go:41:15:     from "other" (spill) at ./type_switch.go:41:15
./type_switch.go:41:15:     from ... argument (slice-literal-element) at ./type_switch.go:41:14
./type_switch.go:41:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:41:15:     from ... argument (spill) at ./type_switch.go:41:14
./type_switch.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:41:14
./type_switch.go:39:15: v escapes to heap:
./type_switch.go:39:15:   flow: {storage for ... argument} = &{storage for v}:
./type_switch.go:39:15:     from v (spill) at ./type_switch.go:39:15
./type_switch.go:39:15:     from ... argument (slice-literal-element) at ./type_switch.go:39:14
./type_switch.go:39:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:39:15:     from ... argument (spill) at ./type_switch.go:39:14
./type_switch.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:39:14
./type_switch.go:39:15: "uint8" escapes to heap:
./type_switch.go:39:15:   flow: {storage for ... argument} = &{storage for "uint8"}:
./type_switch.go:39:15:     from "uint8" (spill) at ./type_switch.go:39:15
./type_switch.go:39:15:     from ... argument (slice-literal-element) at ./type_switch.go:39:14
./type_switch.go:39:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:39:15:     from ... argument (spill) at ./type_switch.go:39:14
./type_switch.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:39:14
./type_switch.go:37:33: v[2] escapes to heap:
./type_switch.go:37:33:   flow: {storage for ... argument} = &{storage for v[2]}:
./type_switch.go:37:33:     from v[2] (spill) at ./type_switch.go:37:33
./type_switch.go:37:33:     from ... argument (slice-literal-element) at ./type_switch.go:37:14
./type_switch.go:37:33:   flow: {heap} = {storage for ... argument}:
./type_switch.go:37:33:     from ... argument (spill) at ./type_switch.go:37:14
./type_switch.go:37:33:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:37:14
./type_switch.go:37:27: v[0] escapes to heap:
./type_switch.go:37:27:   flow: {storage for ... argument} = &{storage for v[0]}:
./type_switch.go:37:27:     from v[0] (spill) at ./type_switch.go:37:27
./type_switch.go:37:27:     from ... argument (slice-literal-element) at ./type_switch.go:37:14
./type_switch.go:37:27:   flow: {heap} = {storage for ... argument}:
./type_switch.go:37:27:     from ... argument (spill) at ./type_switch.go:37:14
./type_switch.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:37:14
./type_switch.go:37:15: "[3]byte" escapes to heap:
./type_switch.go:37:15:   flow: {storage for ... argument} = &{storage for "[3]byte"}:
./type_switch.go:37:15:     from "[3]byte" (spill) at ./type_switch.go:37:15
./type_switch.go:37:15:     from ... argument (slice-literal-element) at ./type_switch.go:37:14
./type_switch.go:37:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:37:15:     from ... argument (spill) at ./type_switch.go:37:14
./type_switch.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:37:14
./type_switch.go:35:26: v.X escapes to heap:
./type_switch.go:35:26:   flow: {storage for ... argument} = &{storage for v.X}:
./type_switch.go:35:26:     from v.X (spill) at ./type_switch.go:35:26
./type_switch.go:35:26:     from ... argument (slice-literal-element) at ./type_switch.go:35:14
./type_switch.go:35:26:   flow: {heap} = {storage for ... argument}:
./type_switch.go:35:26:     from ... argument (spill) at ./type_switch.go:35:14
./type_switch.go:35:26:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:35:14
./type_switch.go:35:15: "*Point" escapes to heap:
./type_switch.go:35:15:   flow: {storage for ... argument} = &{storage for "*Point"}:
./type_switch.go:35:15:     from "*Point" (spill) at ./type_switch.go:35:15
./type_switch.go:35:15:     from ... argument (slice-literal-element) at ./type_switch.go:35:14
./type_switch.go:35:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:35:15:     from ... argument (spill) at ./type_switch.go:35:14
./type_switch.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:35:14
./type_switch.go:32:34: *v.Name escapes to heap:
./type_switch.go:32:34:   flow: {storage for ... argument} = &{storage for *v.Name}:
./type_switch.go:32:34:     from *v.Name (spill) at ./type_switch.go:32:34
./type_switch.go:32:34:     from ... argument (slice-literal-element) at ./type_switch.go:32:14
./type_switch.go:32:34:   flow: {heap} = {storage for ... argument}:
./type_switch.go:32:34:     from ... argument (spill) at ./type_switch.go:32:14
./type_switch.go:32:34:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:32:14
./type_switch.go:32:30: v.Y escapes to heap:
./type_switch.go:32:30:   flow: {storage for ... argument} = &{storage for v.Y}:
./type_switch.go:32:30:     from v.Y (spill) at ./type_switch.go:32:30
./type_switch.go:32:30:     from ... argument (slice-literal-element) at ./type_switch.go:32:14
./type_switch.go:32:30:   flow: {heap} = {storage for ... argument}:
./type_switch.go:32:30:     from ... argument (spill) at ./type_switch.go:32:14
./type_switch.go:32:30:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:32:14
./type_switch.go:32:25: v.X escapes to heap:
./type_switch.go:32:25:   flow: {storage for ... argument} = &{storage for v.X}:
./type_switch.go:32:25:     from v.X (spill) at ./type_switch.go:32:25
./type_switch.go:32:25:     from ... argument (slice-literal-element) at ./type_switch.go:32:14
./type_switch.go:32:25:   flow: {heap} = {storage for ... argument}:
./type_switch.go:32:25:     from ... argument (spill) at ./type_switch.go:32:14
./type_switch.go:32:25:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:32:14
./type_switch.go:32:15: "Point" escapes to heap:
./type_switch.go:32:15:   flow: {storage for ... argument} = &{storage for "Point"}:
./type_switch.go:32:15:     from "Point" (spill) at ./type_switch.go:32:15
./type_switch.go:32:15:     from ... argument (slice-literal-element) at ./type_switch.go:32:14
./type_switch.go:32:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:32:15:     from ... argument (spill) at ./type_switch.go:32:14
./type_switch.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:32:14
./type_switch.go:30:35: cap(v) escapes to heap:
./type_switch.go:30:35:   flow: {storage for ... argument} = &{storage for cap(v)}:
./type_switch.go:30:35:     from cap(v) (spill) at ./type_switch.go:30:35
./type_switch.go:30:35:     from ... argument (slice-literal-element) at ./type_switch.go:30:14
./type_switch.go:30:35:   flow: {heap} = {storage for ... argument}:
./type_switch.go:30:35:     from ... argument (spill) at ./type_switch.go:30:14
./type_switch.go:30:35:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:30:14
./type_switch.go:30:27: len(v) escapes to heap:
./type_switch.go:30:27:   flow: {storage for ... argument} = &{storage for len(v)}:
./type_switch.go:30:27:     from len(v) (spill) at ./type_switch.go:30:27
./type_switch.go:30:27:     from ... argument (slice-literal-element) at ./type_switch.go:30:14
./type_switch.go:30:27:   flow: {heap} = {storage for ... argument}:
./type_switch.go:30:27:     from ... argument (spill) at ./type_switch.go:30:14
./type_switch.go:30:27:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:30:14
./type_switch.go:30:15: "[]int" escapes to heap:
./type_switch.go:30:15:   flow: {storage for ... argument} = &{storage for "[]int"}:
./type_switch.go:30:15:     from "[]int" (spill) at ./type_switch.go:30:15
./type_switch.go:30:15:     from ... argument (slice-literal-element) at ./type_switch.go:30:14
./type_switch.go:30:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:30:15:     from ... argument (spill) at ./type_switch.go:30:14
./type_switch.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:30:14
./type_switch.go:27:23: *v escapes to heap:
./type_switch.go:27:23:   flow: {storage for ... argument} = &{storage for *v}:
./type_switch.go:27:23:     from *v (spill) at ./type_switch.go:27:23
./type_switch.go:27:23:     from ... argument (slice-literal-element) at ./type_switch.go:27:14
./type_switch.go:27:23:   flow: {heap} = {storage for ... argument}:
./type_switch.go:27:23:     from ... argument (spill) at ./type_switch.go:27:14
./type_switch.go:27:23:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:27:14
./type_switch.go:27:15: "*int" escapes to heap:
./type_switch.go:27:15:   flow: {storage for ... argument} = &{storage for "*int"}:
./type_switch.go:27:15:     from "*int" (spill) at ./type_switch.go:27:15
./type_switch.go:27:15:     from ... argument (slice-literal-element) at ./type_switch.go:27:14
./type_switch.go:27:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:27:15:     from ... argument (spill) at ./type_switch.go:27:14
./type_switch.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:27:14
./type_switch.go:24:15: "string or bool" escapes to heap:
./type_switch.go:24:15:   flow: {storage for ... argument} = &{storage for "string or bool"}:
./type_switch.go:24:15:     from "string or bool" (spill) at ./type_switch.go:24:15
./type_switch.go:24:15:     from ... argument (slice-literal-element) at ./type_switch.go:24:14
./type_switch.go:24:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:24:15:     from ... argument (spill) at ./type_switch.go:24:14
./type_switch.go:24:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:24:14
./type_switch.go:21:30: int(v) * 2 escapes to heap:
./type_switch.go:21:30:   flow: {storage for ... argument} = &{storage for int(v) * 2}:
./type_switch.go:21:30:     from int(v) * 2 (spill) at ./type_switch.go:21:30
./type_switch.go:21:30:     from ... argument (slice-literal-element) at ./type_switch.go:21:14
./type_switch.go:21:30:   flow: {heap} = {storage for ... argument}:
./type_switch.go:21:30:     from ... argument (spill) at ./type_switch.go:21:14
./type_switch.go:21:30:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:21:14
./type_switch.go:21:15: "MyInt" escapes to heap:
./type_switch.go:21:15:   flow: {storage for ... argument} = &{storage for "MyInt"}:
./type_switch.go:21:15:     from "MyInt" (spill) at ./type_switch.go:21:15
./type_switch.go:21:15:     from ... argument (slice-literal-element) at ./type_switch.go:21:14
./type_switch.go:21:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:21:15:     from ... argument (spill) at ./type_switch.go:21:14
./type_switch.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:21:14
./type_switch.go:19:23: v + 1 escapes to heap:
./type_switch.go:19:23:   flow: {storage for ... argument} = &{storage for v + 1}:
./type_switch.go:19:23:     from v + 1 (spill) at ./type_switch.go:19:23
./type_switch.go:19:23:     from ... argument (slice-literal-element) at ./type_switch.go:19:14
./type_switch.go:19:23:   flow: {heap} = {storage for ... argument}:
./type_switch.go:19:23:     from ... argument (spill) at ./type_switch.go:19:14
./type_switch.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:19:14
./type_switch.go:19:15: "int" escapes to heap:
./type_switch.go:19:15:   flow: {storage for ... argument} = &{storage for "int"}:
./type_switch.go:19:15:     from "int" (spill) at ./type_switch.go:19:15
./type_switch.go:19:15:     from ... argument (slice-literal-element) at ./type_switch.go:19:14
./type_switch.go:19:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:19:15:     from ... argument (spill) at ./type_switch.go:19:14
./type_switch.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:19:14
./type_switch.go:17:15: "nil" escapes to heap:
./type_switch.go:17:15:   flow: {storage for ... argument} = &{storage for "nil"}:
./type_switch.go:17:15:     from "nil" (spill) at ./type_switch.go:17:15
./type_switch.go:17:15:     from ... argument (slice-literal-element) at ./type_switch.go:17:14
./type_switch.go:17:15:   flow: {heap} = {storage for ... argument}:
./type_switch.go:17:15:     from ... argument (spill) at ./type_switch.go:17:14
./type_switch.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:17:14
./type_switch.go:14:15: parameter x leaks to {storage for *v.Name} with derefs=2:
./type_switch.go:14:15:   flow: {temp} = x:
./type_switch.go:14:15:   flow: v = *{temp}:
./type_switch.go:14:15:     from case Point: fmt.Println(... argument...) (switch case) at ./type_switch.go:31:2
./type_switch.go:14:15:   flow: {storage for *v.Name} = *v:
./type_switch.go:14:15:     from v.Name (dot) at ./type_switch.go:32:36
./type_switch.go:14:15:     from *v.Name (indirection) at ./type_switch.go:32:34
./type_switch.go:14:15:     from *v.Name (interface-converted) at ./type_switch.go:32:34
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
./type_switch.go:167:9: "was nil" escapes to heap:
./type_switch.go:167:9:   flow: ~r0 = &{storage for "was nil"}:
./type_switch.go:167:9:     from "was nil" (spill) at ./type_switch.go:167:9
./type_switch.go:167:9:     from return "was nil" (return) at ./type_switch.go:167:2
./type_switch.go:162:13: parameter x leaks to ~r0 with derefs=0:
./type_switch.go:162:13:   flow: v = x:
./type_switch.go:162:13:     from case interface {}: return v (switch case) at ./type_switch.go:164:2
./type_switch.go:162:13:   flow: ~r0 = v:
./type_switch.go:162:13:     from return v (return) at ./type_switch.go:165:3
./type_switch.go:162:13: leaking param: x to result ~r0 level=0
./type_switch.go:167:9: "was nil" escapes to heap
./type_switch.go:190:21: 7 escapes to heap:
./type_switch.go:190:21:   flow: {storage for ... argument} = &{storage for 7}:
./type_switch.go:190:21:     from 7 (spill) at ./type_switch.go:190:21
./type_switch.go:190:21:     from anyVar(7) (call parameter) at ./type_switch.go:190:20
./type_switch.go:190:21:     from ... argument (slice-literal-element) at ./type_switch.go:190:13
./type_switch.go:190:21:   flow: {heap} = {storage for ... argument}:
./type_switch.go:190:21:     from ... argument (spill) at ./type_switch.go:190:13
./type_switch.go:190:21:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:190:13
./type_switch.go:189:50: multiNil("x") escapes to heap:
./type_switch.go:189:50:   flow: {storage for ... argument} = &{storage for multiNil("x")}:
./type_switch.go:189:50:     from multiNil("x") (spill) at ./type_switch.go:189:50
./type_switch.go:189:50:     from ... argument (slice-literal-element) at ./type_switch.go:189:13
./type_switch.go:189:50:   flow: {heap} = {storage for ... argument}:
./type_switch.go:189:50:     from ... argument (spill) at ./type_switch.go:189:13
./type_switch.go:189:50:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:189:13
./type_switch.go:189:37: multiNil(1) escapes to heap:
./type_switch.go:189:37:   flow: {storage for ... argument} = &{storage for multiNil(1)}:
./type_switch.go:189:37:     from multiNil(1) (spill) at ./type_switch.go:189:37
./type_switch.go:189:37:     from ... argument (slice-literal-element) at ./type_switch.go:189:13
./type_switch.go:189:37:   flow: {heap} = {storage for ... argument}:
./type_switch.go:189:37:     from ... argument (spill) at ./type_switch.go:189:13
./type_switch.go:189:37:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:189:13
./type_switch.go:189:22: multiNil(nil) escapes to heap:
./type_switch.go:189:22:   flow: {storage for ... argument} = &{storage for multiNil(nil)}:
./type_switch.go:189:22:     from multiNil(nil) (spill) at ./type_switch.go:189:22
./type_switch.go:189:22:     from ... argument (slice-literal-element) at ./type_switch.go:189:13
./type_switch.go:189:22:   flow: {heap} = {storage for ... argument}:
./type_switch.go:189:22:     from ... argument (spill) at ./type_switch.go:189:13
./type_switch.go:189:22:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:189:13
./type_switch.go:188:51: nested("b", 1) escapes to heap:
./type_switch.go:188:51:   flow: {storage for ... argument} = &{storage for nested("b", 1)}:
./type_switch.go:188:51:     from nested("b", 1) (spill) at ./type_switch.go:188:51
./type_switch.go:188:51:     from ... argument (slice-literal-element) at ./type_switch.go:188:13
./type_switch.go:188:51:   flow: {heap} = {storage for ... argument}:
./type_switch.go:188:51:     from ... argument (spill) at ./type_switch.go:188:13
./type_switch.go:188:51:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:188:13
./type_switch.go:188:34: nested(1, "ab") escapes to heap:
./type_switch.go:188:34:   flow: {storage for ... argument} = &{storage for nested(1, "ab")}:
./type_switch.go:188:34:     from nested(1, "ab") (spill) at ./type_switch.go:188:34
./type_switch.go:188:34:     from ... argument (slice-literal-element) at ./type_switch.go:188:13
./type_switch.go:188:34:   flow: {heap} = {storage for ... argument}:
./type_switch.go:188:34:     from ... argument (spill) at ./type_switch.go:188:13
./type_switch.go:188:34:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:188:13
./type_switch.go:188:20: nested(1, 2) escapes to heap:
./type_switch.go:188:20:   flow: {storage for ... argument} = &{storage for nested(1, 2)}:
./type_switch.go:188:20:     from nested(1, 2) (spill) at ./type_switch.go:188:20
./type_switch.go:188:20:     from ... argument (slice-literal-element) at ./type_switch.go:188:13
./type_switch.go:188:20:   flow: {heap} = {storage for ... argument}:
./type_switch.go:188:20:     from ... argument (spill) at ./type_switch.go:188:13
./type_switch.go:188:20:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:188:13
./type_switch.go:187:39: firstMatch(nil) escapes to heap:
./type_switch.go:187:39:   flow: {storage for ... argument} = &{storage for firstMatch(nil)}:
./type_switch.go:187:39:     from firstMatch(nil) (spill) at ./type_switch.go:187:39
./type_switch.go:187:39:     from ... argument (slice-literal-element) at ./type_switch.go:187:13
./type_switch.go:187:39:   flow: {heap} = {storage for ... argument}:
./type_switch.go:187:39:     from ... argument (spill) at ./type_switch.go:187:13
./type_switch.go:187:39:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:187:13
./type_switch.go:187:24: firstMatch(1) escapes to heap:
./type_switch.go:187:24:   flow: {storage for ... argument} = &{storage for firstMatch(1)}:
./type_switch.go:187:24:     from firstMatch(1) (spill) at ./type_switch.go:187:24
./type_switch.go:187:24:     from ... argument (slice-literal-element) at ./type_switch.go:187:13
./type_switch.go:187:24:   flow: {heap} = {storage for ... argument}:
./type_switch.go:187:24:     from ... argument (spill) at ./type_switch.go:187:13
./type_switch.go:187:24:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:187:13
./type_switch.go:186:46: labeled("x") escapes to heap:
./type_switch.go:186:46:   flow: {storage for ... argument} = &{storage for labeled("x")}:
./type_switch.go:186:46:     from labeled("x") (spill) at ./type_switch.go:186:46
./type_switch.go:186:46:     from ... argument (slice-literal-element) at ./type_switch.go:186:13
./type_switch.go:186:46:   flow: {heap} = {storage for ... argument}:
./type_switch.go:186:46:     from ... argument (spill) at ./type_switch.go:186:13
./type_switch.go:186:46:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:186:13
./type_switch.go:186:33: labeled(20) escapes to heap:
./type_switch.go:186:33:   flow: {storage for ... argument} = &{storage for labeled(20)}:
./type_switch.go:186:33:     from labeled(20) (spill) at ./type_switch.go:186:33
./type_switch.go:186:33:     from ... argument (slice-literal-element) at ./type_switch.go:186:13
./type_switch.go:186:33:   flow: {heap} = {storage for ... argument}:
./type_switch.go:186:33:     from ... argument (spill) at ./type_switch.go:186:13
./type_switch.go:186:33:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:186:13
./type_switch.go:186:21: labeled(3) escapes to heap:
./type_switch.go:186:21:   flow: {storage for ... argument} = &{storage for labeled(3)}:
./type_switch.go:186:21:     from labeled(3) (spill) at ./type_switch.go:186:21
./type_switch.go:186:21:     from ... argument (slice-literal-element) at ./type_switch.go:186:13
./type_switch.go:186:21:   flow: {heap} = {storage for ... argument}:
./type_switch.go:186:21:     from ... argument (spill) at ./type_switch.go:186:13
./type_switch.go:186:21:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:186:13
./type_switch.go:185:19: loops([]interface {}{...}) escapes to heap:
./type_switch.go:185:19:   flow: {storage for ... argument} = &{storage for loops([]interface {}{...})}:
./type_switch.go:185:19:     from loops([]interface {}{...}) (spill) at ./type_switch.go:185:19
./type_switch.go:185:19:     from ... argument (slice-literal-element) at ./type_switch.go:185:13
./type_switch.go:185:19:   flow: {heap} = {storage for ... argument}:
./type_switch.go:185:19:     from ... argument (spill) at ./type_switch.go:185:13
./type_switch.go:185:19:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:185:13
./type_switch.go:184:46: shadow(nil) escapes to heap:
./type_switch.go:184:46:   flow: {storage for ... argument} = &{storage for shadow(nil)}:
./type_switch.go:184:46:     from shadow(nil) (spill) at ./type_switch.go:184:46
./type_switch.go:184:46:     from ... argument (slice-literal-element) at ./type_switch.go:184:13
./type_switch.go:184:46:   flow: {heap} = {storage for ... argument}:
./type_switch.go:184:46:     from ... argument (spill) at ./type_switch.go:184:13
./type_switch.go:184:46:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:184:13
./type_switch.go:184:31: shadow("abc") escapes to heap:
./type_switch.go:184:31:   flow: {storage for ... argument} = &{storage for shadow("abc")}:
./type_switch.go:184:31:     from shadow("abc") (spill) at ./type_switch.go:184:31
./type_switch.go:184:31:     from ... argument (slice-literal-element) at ./type_switch.go:184:13
./type_switch.go:184:31:   flow: {heap} = {storage for ... argument}:
./type_switch.go:184:31:     from ... argument (spill) at ./type_switch.go:184:13
./type_switch.go:184:31:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:184:13
./type_switch.go:184:20: shadow(1) escapes to heap:
./type_switch.go:184:20:   flow: {storage for ... argument} = &{storage for shadow(1)}:
./type_switch.go:184:20:     from shadow(1) (spill) at ./type_switch.go:184:20
./type_switch.go:184:20:     from ... argument (slice-literal-element) at ./type_switch.go:184:13
./type_switch.go:184:20:   flow: {heap} = {storage for ... argument}:
./type_switch.go:184:20:     from ... argument (spill) at ./type_switch.go:184:13
./type_switch.go:184:20:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:184:13
./type_switch.go:183:41: noVar(nil) escapes to heap:
./type_switch.go:183:41:   flow: {storage for ... argument} = &{storage for noVar(nil)}:
./type_switch.go:183:41:     from noVar(nil) (spill) at ./type_switch.go:183:41
./type_switch.go:183:41:     from ... argument (slice-literal-element) at ./type_switch.go:183:13
./type_switch.go:183:41:   flow: {heap} = {storage for ... argument}:
./type_switch.go:183:41:     from ... argument (spill) at ./type_switch.go:183:13
./type_switch.go:183:41:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:183:13
./type_switch.go:183:29: noVar("a") escapes to heap:
./type_switch.go:183:29:   flow: {storage for ... argument} = &{storage for noVar("a")}:
./type_switch.go:183:29:     from noVar("a") (spill) at ./type_switch.go:183:29
./type_switch.go:183:29:     from ... argument (slice-literal-element) at ./type_switch.go:183:13
./type_switch.go:183:29:   flow: {heap} = {storage for ... argument}:
./type_switch.go:183:29:     from ... argument (spill) at ./type_switch.go:183:13
./type_switch.go:183:29:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:183:13
./type_switch.go:183:19: noVar(1) escapes to heap:
./type_switch.go:183:19:   flow: {storage for ... argument} = &{storage for noVar(1)}:
./type_switch.go:183:19:     from noVar(1) (spill) at ./type_switch.go:183:19
./type_switch.go:183:19:     from ... argument (slice-literal-element) at ./type_switch.go:183:13
./type_switch.go:183:19:   flow: {heap} = {storage for ... argument}:
./type_switch.go:183:19:     from ... argument (spill) at ./type_switch.go:183:13
./type_switch.go:183:19:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:183:13
./type_switch.go:182:65: defaultMiddle("str") escapes to heap:
./type_switch.go:182:65:   flow: {storage for ... argument} = &{storage for defaultMiddle("str")}:
./type_switch.go:182:65:     from defaultMiddle("str") (spill) at ./type_switch.go:182:65
./type_switch.go:182:65:     from ... argument (slice-literal-element) at ./type_switch.go:182:13
./type_switch.go:182:65:   flow: {heap} = {storage for ... argument}:
./type_switch.go:182:65:     from ... argument (spill) at ./type_switch.go:182:13
./type_switch.go:182:65:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:182:13
./type_switch.go:182:45: defaultMiddle(nil) escapes to heap:
./type_switch.go:182:45:   flow: {storage for ... argument} = &{storage for defaultMiddle(nil)}:
./type_switch.go:182:45:     from defaultMiddle(nil) (spill) at ./type_switch.go:182:45
./type_switch.go:182:45:     from ... argument (slice-literal-element) at ./type_switch.go:182:13
./type_switch.go:182:45:   flow: {heap} = {storage for ... argument}:
./type_switch.go:182:45:     from ... argument (spill) at ./type_switch.go:182:13
./type_switch.go:182:45:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:182:13
./type_switch.go:182:27: defaultMiddle(1) escapes to heap:
./type_switch.go:182:27:   flow: {storage for ... argument} = &{storage for defaultMiddle(1)}:
./type_switch.go:182:27:     from defaultMiddle(1) (spill) at ./type_switch.go:182:27
./type_switch.go:182:27:     from ... argument (slice-literal-element) at ./type_switch.go:182:13
./type_switch.go:182:27:   flow: {heap} = {storage for ... argument}:
./type_switch.go:182:27:     from ... argument (spill) at ./type_switch.go:182:13
./type_switch.go:182:27:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:182:13
./type_switch.go:181:81: defaultFirst(int16(2)) escapes to heap:
./type_switch.go:181:81:   flow: {storage for ... argument} = &{storage for defaultFirst(int16(2))}:
./type_switch.go:181:81:     from defaultFirst(int16(2)) (spill) at ./type_switch.go:181:81
./type_switch.go:181:81:     from ... argument (slice-literal-element) at ./type_switch.go:181:13
./type_switch.go:181:81:   flow: {heap} = {storage for ... argument}:
./type_switch.go:181:81:     from ... argument (spill) at ./type_switch.go:181:13
./type_switch.go:181:81:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:181:13
./type_switch.go:181:62: defaultFirst("x") escapes to heap:
./type_switch.go:181:62:   flow: {storage for ... argument} = &{storage for defaultFirst("x")}:
./type_switch.go:181:62:     from defaultFirst("x") (spill) at ./type_switch.go:181:62
./type_switch.go:181:62:     from ... argument (slice-literal-element) at ./type_switch.go:181:13
./type_switch.go:181:62:   flow: {heap} = {storage for ... argument}:
./type_switch.go:181:62:     from ... argument (spill) at ./type_switch.go:181:13
./type_switch.go:181:62:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:181:13
./type_switch.go:181:43: defaultFirst(nil) escapes to heap:
./type_switch.go:181:43:   flow: {storage for ... argument} = &{storage for defaultFirst(nil)}:
./type_switch.go:181:43:     from defaultFirst(nil) (spill) at ./type_switch.go:181:43
./type_switch.go:181:43:     from ... argument (slice-literal-element) at ./type_switch.go:181:13
./type_switch.go:181:43:   flow: {heap} = {storage for ... argument}:
./type_switch.go:181:43:     from ... argument (spill) at ./type_switch.go:181:13
./type_switch.go:181:43:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:181:13
./type_switch.go:181:26: defaultFirst(a) escapes to heap:
./type_switch.go:181:26:   flow: {storage for ... argument} = &{storage for defaultFirst(a)}:
./type_switch.go:181:26:     from defaultFirst(a) (spill) at ./type_switch.go:181:26
./type_switch.go:181:26:     from ... argument (slice-literal-element) at ./type_switch.go:181:13
./type_switch.go:181:26:   flow: {heap} = {storage for ... argument}:
./type_switch.go:181:26:     from ... argument (spill) at ./type_switch.go:181:13
./type_switch.go:181:26:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:181:13
./type_switch.go:179:18: s[0] escapes to heap:
./type_switch.go:179:18:   flow: {storage for ... argument} = &{storage for s[0]}:
./type_switch.go:179:18:     from s[0] (spill) at ./type_switch.go:179:18
./type_switch.go:179:18:     from ... argument (slice-literal-element) at ./type_switch.go:179:13
./type_switch.go:179:18:   flow: {heap} = {storage for ... argument}:
./type_switch.go:179:18:     from ... argument (spill) at ./type_switch.go:179:13
./type_switch.go:179:18:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:179:13
./type_switch.go:179:13: n escapes to heap:
./type_switch.go:179:13:   flow: {storage for ... argument} = &{storage for n}:
./type_switch.go:179:13:     from n (spill) at ./type_switch.go:179:13
./type_switch.go:179:13:     from ... argument (slice-literal-element) at ./type_switch.go:179:13
./type_switch.go:179:13:   flow: {heap} = {storage for ... argument}:
./type_switch.go:179:13:     from ... argument (spill) at ./type_switch.go:179:13
./type_switch.go:179:13:     from fmt.Println(... argument...) (call parameter) at ./type_switch.go:179:13
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
