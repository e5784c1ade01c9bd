./switch_fallthrough.go:25:25: []int{...} does not escape
./switch_fallthrough.go:26:14: ... argument does not escape
./switch_fallthrough.go:26:14: s escapes to heap
./switch_fallthrough.go:26:23: grade(s) escapes to heap
./switch_fallthrough.go:32:15: ... argument does not escape
./switch_fallthrough.go:32:15: i escapes to heap
./switch_fallthrough.go:32:19: "zero" escapes to heap
./switch_fallthrough.go:35:15: ... argument does not escape
./switch_fallthrough.go:35:15: i escapes to heap
./switch_fallthrough.go:35:19: "default" escapes to heap
./switch_fallthrough.go:38:15: ... argument does not escape
./switch_fallthrough.go:38:15: i escapes to heap
./switch_fallthrough.go:38:19: "one" escapes to heap
./switch_fallthrough.go:40:15: ... argument does not escape
./switch_fallthrough.go:40:15: i escapes to heap
./switch_fallthrough.go:40:19: "two" escapes to heap
./switch_fallthrough.go:47:14: ... argument does not escape
./switch_fallthrough.go:47:15: "five" escapes to heap
./switch_fallthrough.go:50:14: ... argument does not escape
./switch_fallthrough.go:50:15: "six (fell through)" escapes to heap
./switch_fallthrough.go:53:14: ... argument does not escape
./switch_fallthrough.go:53:15: "seven (fell through)" escapes to heap
./switch_fallthrough.go:55:14: ... argument does not escape
./switch_fallthrough.go:55:15: "not reached" escapes to heap
