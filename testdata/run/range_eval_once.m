./range_eval_once.go:21:14: ... argument does not escape
./range_eval_once.go:21:14: i escapes to heap
./range_eval_once.go:21:14: r escapes to heap
./range_eval_once.go:21:24: len(s) escapes to heap
./range_eval_once.go:24:12: ... argument does not escape
./range_eval_once.go:24:12: i escapes to heap
./range_eval_once.go:24:12: r escapes to heap
./range_eval_once.go:24:19: " " escapes to heap
./range_eval_once.go:26:13: ... argument does not escape
./range_eval_once.go:26:13: calls escapes to heap
./range_eval_once.go:28:12: ... argument does not escape
./range_eval_once.go:28:12: i escapes to heap
./range_eval_once.go:28:12: v escapes to heap
./range_eval_once.go:28:19: " " escapes to heap
./range_eval_once.go:30:13: ... argument does not escape
./range_eval_once.go:30:13: calls escapes to heap
./range_eval_once.go:36:12: ... argument does not escape
./range_eval_once.go:36:12: v escapes to heap
./range_eval_once.go:36:16: " " escapes to heap
./range_eval_once.go:39:13: []int{...} does not escape
./range_eval_once.go:42:12: ... argument does not escape
./range_eval_once.go:42:12: i escapes to heap
./range_eval_once.go:42:16: " " escapes to heap
./range_eval_once.go:44:13: ... argument does not escape
./range_eval_once.go:44:17: len(sl) escapes to heap
./range_eval_once.go:48:12: ... argument does not escape
./range_eval_once.go:48:12: i escapes to heap
./range_eval_once.go:48:12: n escapes to heap
./range_eval_once.go:48:19: " " escapes to heap
./range_eval_once.go:53:12: ... argument does not escape
./range_eval_once.go:53:12: i escapes to heap
./range_eval_once.go:56:12: []int{...} escapes to heap
./range_eval_once.go:61:13: ... argument does not escape
./range_eval_once.go:61:13: i escapes to heap
./range_eval_once.go:61:13: v escapes to heap
./range_eval_once.go:61:13: x escapes to heap
