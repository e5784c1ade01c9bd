./errors_new.go:15:13: ... argument does not escape
./errors_new.go:16:12: ... argument does not escape
./errors_new.go:17:12: ... argument does not escape
./errors_new.go:18:13: ... argument does not escape
./errors_new.go:18:21: e.Error() escapes to heap
./errors_new.go:18:28: len(e.Error()) escapes to heap
./errors_new.go:20:13: ... argument does not escape
./errors_new.go:20:29: nilerr == nil escapes to heap
./errors_new.go:20:39: e == nil escapes to heap
./errors_new.go:21:12: ... argument does not escape
./errors_new.go:23:13: ... argument does not escape
./errors_new.go:23:16: e == e2 escapes to heap
./errors_new.go:23:25: e == e escapes to heap
./errors_new.go:23:41: e.Error() == e2.Error() escapes to heap
./errors_new.go:24:13: ... argument does not escape
./errors_new.go:24:21: []error{...} escapes to heap
./errors_new.go:24:21: []error{...} escapes to heap
./errors_new.go:25:12: ... argument does not escape
./errors_new.go:25:38: wrapper{...} escapes to heap
./errors_new.go:25:55: wrapper{...} escapes to heap
./errors_new.go:25:72: wrapper{...} escapes to heap
./errors_new.go:25:91: []error{...} escapes to heap
./errors_new.go:25:91: []error{...} escapes to heap
./errors_new.go:26:11: ... argument does not escape
./errors_new.go:26:18: "\n" escapes to heap
./errors_new.go:27:13: ... argument does not escape
./errors_new.go:27:24: fmt.Sprint(... argument...) escapes to heap
./errors_new.go:27:24: ... argument does not escape
./errors_new.go:27:45: fmt.Sprintln(... argument...) == "boom\n" escapes to heap
./errors_new.go:27:41: ... argument does not escape
./errors_new.go:27:69: fmt.Sprintf("[%v]", ... argument...) escapes to heap
./errors_new.go:27:69: ... argument does not escape
./errors_new.go:29:13: ... argument does not escape
./errors_new.go:29:19: a == any(e) escapes to heap
./errors_new.go:31:22: msg + "!" escapes to heap
./errors_new.go:32:13: ... argument does not escape
