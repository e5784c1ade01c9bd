./type_switch.go:12:18: leaking param: e to result ~r0 level=0
./type_switch.go:20:17: leaking param: e to result ~r0 level=0
./type_switch.go:30:15: leaking param: e
./type_switch.go:38:19: leaking param: e
./type_switch.go:47:12: e does not escape
./type_switch.go:55:14: e does not escape
./type_switch.go:67:14: leaking param: e
./type_switch.go:76:18: leaking param content: e
./type_switch.go:79:3: v escapes to heap
./type_switch.go:84:2: moved to heap: n
./type_switch.go:90:11: make([]int, 2) does not escape
./type_switch.go:91:22: s does not escape
./type_switch.go:98:13: leaking param content: es
