./iface_error_values.go:7:7: e does not escape
./iface_error_values.go:7:57: "not found: " + e.name escapes to heap
./iface_error_values.go:11:7: e does not escape
./iface_error_values.go:11:55: ... argument does not escape
./iface_error_values.go:11:56: "temporary " escapes to heap
./iface_error_values.go:11:71: e.code escapes to heap
./iface_error_values.go:18:7: leaking param content: o
./iface_error_values.go:18:50: o.op + ": " + o.err.Error() escapes to heap
./iface_error_values.go:20:13: leaking param: name
./iface_error_values.go:25:18: NotFound{...} escapes to heap
./iface_error_values.go:27:10: &Temporary{...} escapes to heap
./iface_error_values.go:29:9: &Op{...} escapes to heap
./iface_error_values.go:29:23: "lookup " + name escapes to heap
./iface_error_values.go:29:39: NotFound{...} escapes to heap
./iface_error_values.go:34:52: ... argument does not escape
./iface_error_values.go:34:60: float64(c) escapes to heap
./iface_error_values.go:34:65: "C" escapes to heap
./iface_error_values.go:37:28: []string{...} does not escape
./iface_error_values.go:40:15: ... argument does not escape
./iface_error_values.go:40:15: n escapes to heap
./iface_error_values.go:40:28: err.Error() escapes to heap
./iface_error_values.go:42:15: ... argument does not escape
./iface_error_values.go:42:15: n escapes to heap
./iface_error_values.go:42:19: "ok" escapes to heap
./iface_error_values.go:45:15: ... argument does not escape
./iface_error_values.go:45:16: "NotFound" escapes to heap
./iface_error_values.go:45:30: nf.name escapes to heap
./iface_error_values.go:48:15: ... argument does not escape
./iface_error_values.go:48:16: "Temporary" escapes to heap
./iface_error_values.go:48:30: t.code escapes to heap
./iface_error_values.go:52:14: ... argument does not escape
./iface_error_values.go:52:14: isOp escapes to heap
./iface_error_values.go:55:17: []error{...} does not escape
./iface_error_values.go:55:18: c escapes to heap
./iface_error_values.go:55:29: NotFound{...} escapes to heap
./iface_error_values.go:58:14: ... argument does not escape
./iface_error_values.go:58:14: i escapes to heap
./iface_error_values.go:58:25: e.Error() escapes to heap
./iface_error_values.go:58:31: e == NotFound{...} escapes to heap
./iface_error_values.go:58:51: e == errs[2] escapes to heap
