./gc_churn.go:15:13: leaking param: n
./gc_churn.go:19:15: string(rune('a' + (k + i) % 26)) escapes to heap
./gc_churn.go:21:10: &Node{...} escapes to heap
./gc_churn.go:21:43: make([]int, k % 7 + 1) escapes to heap
./gc_churn.go:31:12: n does not escape
./gc_churn.go:38:8: "corrupted node" escapes to heap
./gc_churn.go:46:12: make([]byte, 4096 + i % 100) escapes to heap
./gc_churn.go:51:10: &Node{...} escapes to heap
./gc_churn.go:67:25: &Node{...} escapes to heap
./gc_churn.go:67:54: []int{...} escapes to heap
./gc_churn.go:68:21: string(rune('A' + round % 26)) escapes to heap
./gc_churn.go:73:15: ... argument does not escape
./gc_churn.go:73:15: round escapes to heap
./gc_churn.go:73:15: c escapes to heap
./gc_churn.go:73:15: s escapes to heap
./gc_churn.go:73:15: g escapes to heap
./gc_churn.go:78:9: "corrupted local" escapes to heap
./gc_churn.go:81:13: ... argument does not escape
./gc_churn.go:81:17: len(local) escapes to heap
./gc_churn.go:81:17: localStr escapes to heap
./gc_churn.go:81:39: len(keepStrs) escapes to heap
./gc_churn.go:81:59: keepStrs[5] escapes to heap
./gc_churn.go:81:76: keepStrs[39][30:] escapes to heap
