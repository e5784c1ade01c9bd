./fmt_sprint.go:7:12: leaking param: name
./fmt_sprint.go:8:20: ... argument does not escape
./fmt_sprint.go:8:21: name escapes to heap
./fmt_sprint.go:8:21: v escapes to heap
./fmt_sprint.go:12:17: ... argument does not escape
./fmt_sprint.go:12:18: "a" escapes to heap
./fmt_sprint.go:12:23: 1 escapes to heap
./fmt_sprint.go:12:26: 2 escapes to heap
./fmt_sprint.go:12:29: "b" escapes to heap
./fmt_sprint.go:12:34: "c" escapes to heap
./fmt_sprint.go:12:39: 3.5 escapes to heap
./fmt_sprint.go:12:45: P{...} escapes to heap
./fmt_sprint.go:12:58: true escapes to heap
./fmt_sprint.go:13:13: ... argument does not escape
./fmt_sprint.go:13:17: len(s) escapes to heap
./fmt_sprint.go:13:17: s escapes to heap
./fmt_sprint.go:14:19: ... argument does not escape
./fmt_sprint.go:14:20: "a" escapes to heap
./fmt_sprint.go:14:25: 1 escapes to heap
./fmt_sprint.go:14:28: 2 escapes to heap
./fmt_sprint.go:14:31: "b" escapes to heap
./fmt_sprint.go:15:11: ... argument does not escape
./fmt_sprint.go:15:11: t escapes to heap
./fmt_sprint.go:16:13: ... argument does not escape
./fmt_sprint.go:16:17: len(t) escapes to heap
./fmt_sprint.go:20:13: ... argument does not escape
./fmt_sprint.go:20:17: len(e) escapes to heap
./fmt_sprint.go:20:25: len(el) escapes to heap
./fmt_sprint.go:20:34: len(ef) escapes to heap
./fmt_sprint.go:20:42: e == "" escapes to heap
./fmt_sprint.go:20:52: ef == "" escapes to heap
./fmt_sprint.go:21:13: ... argument does not escape
./fmt_sprint.go:21:34: label("x", 3) + "," + label("y", -4) escapes to heap
./fmt_sprint.go:21:34: label("x", 3) + "," + label("y", -4) escapes to heap
./fmt_sprint.go:22:19: []string{} escapes to heap
./fmt_sprint.go:24:36: ... argument does not escape
./fmt_sprint.go:24:37: i escapes to heap
./fmt_sprint.go:24:65: fmt.Sprint(... argument...) escapes to heap
./fmt_sprint.go:24:65: ... argument does not escape
./fmt_sprint.go:24:67: i * i escapes to heap
./fmt_sprint.go:26:13: ... argument does not escape
./fmt_sprint.go:26:13: parts escapes to heap
./fmt_sprint.go:27:23: ... argument does not escape
./fmt_sprint.go:27:24: "counted" escapes to heap
./fmt_sprint.go:27:35: 12 escapes to heap
./fmt_sprint.go:28:13: ... argument does not escape
./fmt_sprint.go:28:13: n escapes to heap
./fmt_sprint.go:29:21: ... argument does not escape
./fmt_sprint.go:29:33: "héllo" escapes to heap
./fmt_sprint.go:29:43: 7 escapes to heap
./fmt_sprint.go:30:13: ... argument does not escape
./fmt_sprint.go:30:13: n escapes to heap
./fmt_sprint.go:30:21: err == nil escapes to heap
./fmt_sprint.go:31:18: ... argument does not escape
./fmt_sprint.go:31:19: "abc" escapes to heap
./fmt_sprint.go:31:26: 1 escapes to heap
./fmt_sprint.go:31:29: 2 escapes to heap
./fmt_sprint.go:31:32: "\n" escapes to heap
./fmt_sprint.go:32:13: ... argument does not escape
./fmt_sprint.go:32:13: n escapes to heap
./fmt_sprint.go:33:23: []interface {}{...} does not escape
./fmt_sprint.go:33:24: 1 escapes to heap
./fmt_sprint.go:33:27: "two" escapes to heap
./fmt_sprint.go:33:34: 3.0 escapes to heap
./fmt_sprint.go:37:11: ... argument does not escape
./fmt_sprint.go:37:12: "\n" escapes to heap
./fmt_sprint.go:38:13: ... argument does not escape
./fmt_sprint.go:38:24: fmt.Sprint(args...) escapes to heap
./fmt_sprint.go:38:57: fmt.Sprintln(args...) == "1 two 3\n" escapes to heap
./fmt_sprint.go:39:11: ... argument does not escape
./fmt_sprint.go:39:12: 1 escapes to heap
./fmt_sprint.go:39:15: 2 escapes to heap
./fmt_sprint.go:39:18: "x" escapes to heap
./fmt_sprint.go:39:23: 3 escapes to heap
./fmt_sprint.go:39:26: "y" escapes to heap
./fmt_sprint.go:39:31: "z" escapes to heap
./fmt_sprint.go:39:36: 4 escapes to heap
./fmt_sprint.go:39:39: 5 escapes to heap
./fmt_sprint.go:39:42: '\n' escapes to heap
./fmt_sprint.go:40:11: ... argument does not escape
./fmt_sprint.go:40:12: "\n" escapes to heap
./fmt_sprint.go:40:23: 1 escapes to heap
./fmt_sprint.go:40:31: "s" escapes to heap
./fmt_sprint.go:40:41: "\n" escapes to heap
./fmt_sprint.go:41:13: ... argument does not escape
./fmt_sprint.go:41:25: fmt.Sprintf("%5.1f%%", ... argument...) escapes to heap
./fmt_sprint.go:41:25: ... argument does not escape
./fmt_sprint.go:41:37: 99.5 escapes to heap
./fmt_sprint.go:41:55: fmt.Sprintf("%v", ... argument...) escapes to heap
./fmt_sprint.go:41:55: ... argument does not escape
./fmt_sprint.go:41:70: []string{...} escapes to heap
./fmt_sprint.go:41:70: []string{...} escapes to heap
./fmt_sprint.go:42:12: ... argument does not escape
./fmt_sprint.go:42:32: fmt.Sprintf("%q", ... argument...) escapes to heap
./fmt_sprint.go:42:32: ... argument does not escape
./fmt_sprint.go:42:50: fmt.Sprintf("%v", ... argument...) escapes to heap
./fmt_sprint.go:42:50: ... argument does not escape
./fmt_sprint.go:42:58: P{...} escapes to heap
