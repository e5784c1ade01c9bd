./type_switch_panic.go:7:12: x does not escape
./type_switch_panic.go:10:14: ... argument does not escape
./type_switch_panic.go:10:15: "nil operand" escapes to heap
./type_switch_panic.go:13:9: "too big" escapes to heap
./type_switch_panic.go:15:14: ... argument does not escape
./type_switch_panic.go:15:15: "int" escapes to heap
./type_switch_panic.go:15:15: v escapes to heap
./type_switch_panic.go:17:14: ... argument does not escape
./type_switch_panic.go:17:15: "deref" escapes to heap
./type_switch_panic.go:17:24: *v escapes to heap
./type_switch_panic.go:23:8: 1 does not escape
./type_switch_panic.go:26:8: 3 does not escape
./type_switch_panic.go:27:7: n does not escape
