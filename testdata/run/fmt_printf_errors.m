./fmt_printf_errors.go:8:12: ... argument does not escape
./fmt_printf_errors.go:8:24: 1 escapes to heap
./fmt_printf_errors.go:9:12: ... argument does not escape
./fmt_printf_errors.go:9:21: 1 escapes to heap
./fmt_printf_errors.go:9:24: 2 escapes to heap
./fmt_printf_errors.go:10:12: ... argument does not escape
./fmt_printf_errors.go:10:21: 1 escapes to heap
./fmt_printf_errors.go:10:24: "two" escapes to heap
./fmt_printf_errors.go:10:36: 3.5 escapes to heap
./fmt_printf_errors.go:10:42: T{...} escapes to heap
./fmt_printf_errors.go:10:55: []int{...} escapes to heap
./fmt_printf_errors.go:10:55: []int{...} escapes to heap
./fmt_printf_errors.go:11:12: ... argument does not escape
./fmt_printf_errors.go:11:27: 1 escapes to heap
./fmt_printf_errors.go:12:12: ... argument does not escape
./fmt_printf_errors.go:12:24: 1 escapes to heap
./fmt_printf_errors.go:12:27: 2 escapes to heap
./fmt_printf_errors.go:13:12: ... argument does not escape
./fmt_printf_errors.go:13:27: "s" escapes to heap
./fmt_printf_errors.go:13:32: 5 escapes to heap
./fmt_printf_errors.go:13:36: T{} escapes to heap
./fmt_printf_errors.go:14:12: ... argument does not escape
./fmt_printf_errors.go:14:31: 3 escapes to heap
./fmt_printf_errors.go:14:34: "s" escapes to heap
./fmt_printf_errors.go:14:39: 4 escapes to heap
./fmt_printf_errors.go:15:12: ... argument does not escape
./fmt_printf_errors.go:15:25: T{...} escapes to heap
./fmt_printf_errors.go:15:38: []int{...} escapes to heap
./fmt_printf_errors.go:15:38: []int{...} escapes to heap
./fmt_printf_errors.go:16:12: ... argument does not escape
./fmt_printf_errors.go:17:12: ... argument does not escape
./fmt_printf_errors.go:18:12: ... argument does not escape
./fmt_printf_errors.go:18:26: "x" escapes to heap
./fmt_printf_errors.go:18:31: 1 escapes to heap
./fmt_printf_errors.go:18:34: 2.5 escapes to heap
./fmt_printf_errors.go:18:39: 2 escapes to heap
./fmt_printf_errors.go:19:12: ... argument does not escape
./fmt_printf_errors.go:19:33: "x" escapes to heap
./fmt_printf_errors.go:19:38: 1 escapes to heap
./fmt_printf_errors.go:19:41: -3 escapes to heap
./fmt_printf_errors.go:19:45: 2 escapes to heap
./fmt_printf_errors.go:19:48: 3 escapes to heap
./fmt_printf_errors.go:19:51: 3 escapes to heap
./fmt_printf_errors.go:20:12: ... argument does not escape
./fmt_printf_errors.go:20:31: -5 escapes to heap
./fmt_printf_errors.go:20:35: 1 escapes to heap
./fmt_printf_errors.go:20:38: -5 escapes to heap
./fmt_printf_errors.go:20:42: 2 escapes to heap
./fmt_printf_errors.go:20:45: 5 escapes to heap
./fmt_printf_errors.go:20:48: 3 escapes to heap
./fmt_printf_errors.go:21:12: ... argument does not escape
./fmt_printf_errors.go:21:22: 10000000 escapes to heap
./fmt_printf_errors.go:21:32: 1 escapes to heap
./fmt_printf_errors.go:22:12: ... argument does not escape
./fmt_printf_errors.go:22:27: uint8(4) escapes to heap
./fmt_printf_errors.go:22:32: 1 escapes to heap
./fmt_printf_errors.go:23:12: ... argument does not escape
./fmt_printf_errors.go:23:25: 3 escapes to heap
./fmt_printf_errors.go:27:12: ... argument does not escape
./fmt_printf_errors.go:27:32: 1 escapes to heap
./fmt_printf_errors.go:27:35: 2 escapes to heap
./fmt_printf_errors.go:28:12: ... argument does not escape
./fmt_printf_errors.go:28:27: 1 escapes to heap
./fmt_printf_errors.go:28:30: 2 escapes to heap
./fmt_printf_errors.go:28:33: 3 escapes to heap
./fmt_printf_errors.go:29:12: ... argument does not escape
./fmt_printf_errors.go:29:42: 1 escapes to heap
./fmt_printf_errors.go:29:45: 2 escapes to heap
./fmt_printf_errors.go:30:12: ... argument does not escape
./fmt_printf_errors.go:30:50: 4 escapes to heap
./fmt_printf_errors.go:30:53: 6 escapes to heap
./fmt_printf_errors.go:30:56: 3.5 escapes to heap
./fmt_printf_errors.go:31:12: ... argument does not escape
./fmt_printf_errors.go:31:42: 65 escapes to heap
./fmt_printf_errors.go:32:12: ... argument does not escape
./fmt_printf_errors.go:32:49: 12 escapes to heap
./fmt_printf_errors.go:32:53: 5 escapes to heap
./fmt_printf_errors.go:33:12: ... argument does not escape
./fmt_printf_errors.go:33:23: 1 escapes to heap
./fmt_printf_errors.go:34:12: ... argument does not escape
./fmt_printf_errors.go:34:25: 1 escapes to heap
./fmt_printf_errors.go:35:12: ... argument does not escape
./fmt_printf_errors.go:35:21: 1 escapes to heap
./fmt_printf_errors.go:36:12: ... argument does not escape
./fmt_printf_errors.go:36:24: 1 escapes to heap
./fmt_printf_errors.go:37:12: ... argument does not escape
./fmt_printf_errors.go:37:30: 1 escapes to heap
./fmt_printf_errors.go:38:12: ... argument does not escape
./fmt_printf_errors.go:38:32: 1 escapes to heap
./fmt_printf_errors.go:40:12: ... argument does not escape
./fmt_printf_errors.go:40:35: 50 escapes to heap
./fmt_printf_errors.go:41:12: ... argument does not escape
./fmt_printf_errors.go:41:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:41:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:41:35: 1 escapes to heap
./fmt_printf_errors.go:41:38: "a" escapes to heap
./fmt_printf_errors.go:42:12: ... argument does not escape
./fmt_printf_errors.go:42:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:42:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:42:35: 1 escapes to heap
./fmt_printf_errors.go:42:38: "a" escapes to heap
./fmt_printf_errors.go:43:12: ... argument does not escape
./fmt_printf_errors.go:43:24: true escapes to heap
./fmt_printf_errors.go:43:31: T{...} escapes to heap
./fmt_printf_errors.go:44:12: ... argument does not escape
./fmt_printf_errors.go:44:24: "s" escapes to heap
./fmt_printf_errors.go:44:29: 2.5 escapes to heap
./fmt_printf_errors.go:45:12: ... argument does not escape
./fmt_printf_errors.go:45:24: "s" escapes to heap
./fmt_printf_errors.go:45:30: T{} escapes to heap
./fmt_printf_errors.go:46:12: ... argument does not escape
./fmt_printf_errors.go:46:21: 1 escapes to heap
./fmt_printf_errors.go:46:24: "x" escapes to heap
./fmt_printf_errors.go:47:12: ... argument does not escape
./fmt_printf_errors.go:47:18: 1 escapes to heap
