./recover_runtime_error.go:9:15: f does not escape
./recover_runtime_error.go:10:8: func literal does not escape
./recover_runtime_error.go:13:15: ... argument does not escape
./recover_runtime_error.go:13:16: "runtime.Error:" escapes to heap
./recover_runtime_error.go:13:42: re.Error() escapes to heap
./recover_runtime_error.go:18:15: ... argument does not escape
./recover_runtime_error.go:18:16: "error:" escapes to heap
./recover_runtime_error.go:21:14: ... argument does not escape
./recover_runtime_error.go:21:15: "other:" escapes to heap
./recover_runtime_error.go:27:11: func literal does not escape
./recover_runtime_error.go:28:11: func literal does not escape
./recover_runtime_error.go:29:11: func literal does not escape
./recover_runtime_error.go:30:11: func literal does not escape
./recover_runtime_error.go:30:25: 42 escapes to heap
./recover_runtime_error.go:31:11: func literal does not escape
./recover_runtime_error.go:31:24: "s" does not escape
./recover_runtime_error.go:33:13: ... argument does not escape
./recover_runtime_error.go:33:16: e == nil escapes to heap
