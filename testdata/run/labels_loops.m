./labels_loops.go:22:14: ... argument does not escape
./labels_loops.go:22:15: "row" escapes to heap
./labels_loops.go:22:15: i escapes to heap
./labels_loops.go:22:15: count escapes to heap
./labels_loops.go:24:13: ... argument does not escape
./labels_loops.go:24:13: count escapes to heap
./labels_loops.go:35:13: ... argument does not escape
./labels_loops.go:35:13: n escapes to heap
./labels_loops.go:44:12: ... argument does not escape
./labels_loops.go:44:12: v escapes to heap
./labels_loops.go:44:16: " " escapes to heap
./labels_loops.go:47:12: []int{...} escapes to heap
./labels_loops.go:53:12: ... argument does not escape
./labels_loops.go:53:12: v escapes to heap
./labels_loops.go:53:16: " " escapes to heap
./labels_loops.go:55:13: ... argument does not escape
./labels_loops.go:55:13: s escapes to heap
./labels_loops.go:59:13: ... argument does not escape
./labels_loops.go:59:13: n escapes to heap
./labels_loops.go:63:13: ... argument does not escape
./labels_loops.go:63:13: i escapes to heap
./labels_loops.go:65:24: []int{...} does not escape
./labels_loops.go:67:13: ... argument does not escape
./labels_loops.go:67:13: k escapes to heap
./labels_loops.go:67:13: v escapes to heap
./labels_loops.go:79:13: ... argument does not escape
./labels_loops.go:79:13: total escapes to heap
./labels_loops.go:81:14: ... argument does not escape
./labels_loops.go:81:14: i escapes to heap
./labels_loops.go:81:14: c escapes to heap
./labels_loops.go:84:12: ... argument does not escape
./labels_loops.go:84:12: x escapes to heap
./labels_loops.go:84:16: "," escapes to heap
