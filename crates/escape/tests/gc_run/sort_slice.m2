./sort_slice.go:10:11: insertionSort ignoring self-assignment in a[j + 1] = a[j]
./sort_slice.go:5:20: a does not escape
./sort_slice.go:23:18: bubbleSort ignoring self-assignment in a[i], a[i + 1] = a[i + 1], a[i]
./sort_slice.go:23:18: bubbleSort ignoring self-assignment in a[i], a[i + 1] = a[i + 1], a[i]
./sort_slice.go:17:17: a does not escape
./sort_slice.go:55:14: same escapes to heap:
./sort_slice.go:55:14:   flow: {storage for ... argument} = &{storage for same}:
./sort_slice.go:55:14:     from same (spill) at ./sort_slice.go:55:14
./sort_slice.go:55:14:     from ... argument (slice-literal-element) at ./sort_slice.go:55:13
./sort_slice.go:55:14:   flow: {heap} = {storage for ... argument}:
./sort_slice.go:55:14:     from ... argument (spill) at ./sort_slice.go:55:13
./sort_slice.go:55:14:     from fmt.Println(... argument...) (call parameter) at ./sort_slice.go:55:13
./sort_slice.go:55:14: "same:" escapes to heap:
./sort_slice.go:55:14:   flow: {storage for ... argument} = &{storage for "same:"}:
./sort_slice.go:55:14:     from "same:" (spill) at ./sort_slice.go:55:14
./sort_slice.go:55:14:     from ... argument (slice-literal-element) at ./sort_slice.go:55:13
./sort_slice.go:55:14:   flow: {heap} = {storage for ... argument}:
./sort_slice.go:55:14:     from ... argument (spill) at ./sort_slice.go:55:13
./sort_slice.go:55:14:     from fmt.Println(... argument...) (call parameter) at ./sort_slice.go:55:13
./sort_slice.go:48:13: n escapes to heap:
./sort_slice.go:48:13:   flow: {storage for ... argument} = &{storage for n}:
./sort_slice.go:48:13:     from n (spill) at ./sort_slice.go:48:13
./sort_slice.go:48:13:     from ... argument (slice-literal-element) at ./sort_slice.go:48:13
./sort_slice.go:48:13:   flow: {heap} = {storage for ... argument}:
./sort_slice.go:48:13:     from ... argument (spill) at ./sort_slice.go:48:13
./sort_slice.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice.go:48:13
./sort_slice.go:48:13: b escapes to heap:
./sort_slice.go:48:13:   flow: {storage for ... argument} = &{storage for b}:
./sort_slice.go:48:13:     from b (spill) at ./sort_slice.go:48:13
./sort_slice.go:48:13:     from ... argument (slice-literal-element) at ./sort_slice.go:48:13
./sort_slice.go:48:13:   flow: {heap} = {storage for ... argument}:
./sort_slice.go:48:13:     from ... argument (spill) at ./sort_slice.go:48:13
./sort_slice.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice.go:48:13
./sort_slice.go:46:13: a escapes to heap:
./sort_slice.go:46:13:   flow: {storage for ... argument} = &{storage for a}:
./sort_slice.go:46:13:     from a (spill) at ./sort_slice.go:46:13
./sort_slice.go:46:13:     from ... argument (slice-literal-element) at ./sort_slice.go:46:13
./sort_slice.go:46:13:   flow: {heap} = {storage for ... argument}:
./sort_slice.go:46:13:     from ... argument (spill) at ./sort_slice.go:46:13
./sort_slice.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice.go:46:13
./sort_slice.go:44:13: a escapes to heap:
./sort_slice.go:44:13:   flow: {storage for ... argument} = &{storage for a}:
./sort_slice.go:44:13:     from a (spill) at ./sort_slice.go:44:13
./sort_slice.go:44:13:     from ... argument (slice-literal-element) at ./sort_slice.go:44:13
./sort_slice.go:44:13:   flow: {heap} = {storage for ... argument}:
./sort_slice.go:44:13:     from ... argument (spill) at ./sort_slice.go:44:13
./sort_slice.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice.go:44:13
./sort_slice.go:38:11: make([]int, 20) escapes to heap:
./sort_slice.go:38:11:   flow: b = &{storage for make([]int, 20)}:
./sort_slice.go:38:11:     from make([]int, 20) (spill) at ./sort_slice.go:38:11
./sort_slice.go:38:11:     from b := make([]int, 20) (assign) at ./sort_slice.go:38:4
./sort_slice.go:38:11:   flow: {storage for b} = b:
./sort_slice.go:38:11:     from b (interface-converted) at ./sort_slice.go:48:13
./sort_slice.go:37:11: make([]int, 20) escapes to heap:
./sort_slice.go:37:11:   flow: a = &{storage for make([]int, 20)}:
./sort_slice.go:37:11:     from make([]int, 20) (spill) at ./sort_slice.go:37:11
./sort_slice.go:37:11:     from a := make([]int, 20) (assign) at ./sort_slice.go:37:4
./sort_slice.go:37:11:   flow: {storage for a} = a:
./sort_slice.go:37:11:     from a (interface-converted) at ./sort_slice.go:46:13
./sort_slice.go:37:11: make([]int, 20) escapes to heap
./sort_slice.go:38:11: make([]int, 20) escapes to heap
./sort_slice.go:44:13: ... argument does not escape
./sort_slice.go:44:13: a escapes to heap
./sort_slice.go:46:13: ... argument does not escape
./sort_slice.go:46:13: a escapes to heap
./sort_slice.go:48:13: ... argument does not escape
./sort_slice.go:48:13: b escapes to heap
./sort_slice.go:48:13: n escapes to heap
./sort_slice.go:55:13: ... argument does not escape
./sort_slice.go:55:14: "same:" escapes to heap
./sort_slice.go:55:14: same escapes to heap
