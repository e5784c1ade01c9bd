./iface_error_values.go:7:57: "not found: " + e.name escapes to heap:
./iface_error_values.go:7:57:   flow: ~r0 = &{storage for "not found: " + e.name}:
./iface_error_values.go:7:57:     from "not found: " + e.name (spill) at ./iface_error_values.go:7:57
./iface_error_values.go:7:57:     from return "not found: " + e.name (return) at ./iface_error_values.go:7:36
./iface_error_values.go:7:7: e does not escape
./iface_error_values.go:7:57: "not found: " + e.name escapes to heap
./iface_error_values.go:11:71: e.code escapes to heap:
./iface_error_values.go:11:71:   flow: {storage for ... argument} = &{storage for e.code}:
./iface_error_values.go:11:71:     from e.code (spill) at ./iface_error_values.go:11:71
./iface_error_values.go:11:71:     from ... argument (slice-literal-element) at ./iface_error_values.go:11:55
./iface_error_values.go:11:71:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:11:71:     from ... argument (spill) at ./iface_error_values.go:11:55
./iface_error_values.go:11:71:     from fmt.Sprint(... argument...) (call parameter) at ./iface_error_values.go:11:55
./iface_error_values.go:11:56: "temporary " escapes to heap:
./iface_error_values.go:11:56:   flow: {storage for ... argument} = &{storage for "temporary "}:
./iface_error_values.go:11:56:     from "temporary " (spill) at ./iface_error_values.go:11:56
./iface_error_values.go:11:56:     from ... argument (slice-literal-element) at ./iface_error_values.go:11:55
./iface_error_values.go:11:56:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:11:56:     from ... argument (spill) at ./iface_error_values.go:11:55
./iface_error_values.go:11:56:     from fmt.Sprint(... argument...) (call parameter) at ./iface_error_values.go:11:55
./iface_error_values.go:11:7: e does not escape
./iface_error_values.go:11:55: ... argument does not escape
./iface_error_values.go:11:56: "temporary " escapes to heap
./iface_error_values.go:11:71: e.code escapes to heap
./iface_error_values.go:18:7: parameter o leaks to {heap} with derefs=1:
./iface_error_values.go:18:7:   flow: {heap} = *o:
./iface_error_values.go:18:7:     from o.err (dot of pointer) at ./iface_error_values.go:18:53
./iface_error_values.go:18:7:     from o.err.Error() (call parameter) at ./iface_error_values.go:18:63
./iface_error_values.go:18:50: o.op + ": " + o.err.Error() escapes to heap:
./iface_error_values.go:18:50:   flow: ~r0 = &{storage for o.op + ": " + o.err.Error()}:
./iface_error_values.go:18:50:     from o.op + ": " + o.err.Error() (spill) at ./iface_error_values.go:18:50
./iface_error_values.go:18:50:     from return o.op + ": " + o.err.Error() (return) at ./iface_error_values.go:18:31
./iface_error_values.go:18:7: leaking param content: o
./iface_error_values.go:18:50: o.op + ": " + o.err.Error() escapes to heap
./iface_error_values.go:29:9: &Op{...} escapes to heap:
./iface_error_values.go:29:9:   flow: ~r0 = &{storage for &Op{...}}:
./iface_error_values.go:29:9:     from &Op{...} (spill) at ./iface_error_values.go:29:9
./iface_error_values.go:29:9:     from &Op{...} (interface-converted) at ./iface_error_values.go:29:9
./iface_error_values.go:29:9:     from return &Op{...} (return) at ./iface_error_values.go:29:2
./iface_error_values.go:27:10: &Temporary{...} escapes to heap:
./iface_error_values.go:27:10:   flow: ~r0 = &{storage for &Temporary{...}}:
./iface_error_values.go:27:10:     from &Temporary{...} (spill) at ./iface_error_values.go:27:10
./iface_error_values.go:27:10:     from &Temporary{...} (interface-converted) at ./iface_error_values.go:27:10
./iface_error_values.go:27:10:     from return &Temporary{...} (return) at ./iface_error_values.go:27:3
./iface_error_values.go:25:18: NotFound{...} escapes to heap:
./iface_error_values.go:25:18:   flow: ~r0 = &{storage for NotFound{...}}:
./iface_error_values.go:25:18:     from NotFound{...} (spill) at ./iface_error_values.go:25:18
./iface_error_values.go:25:18:     from return NotFound{...} (return) at ./iface_error_values.go:25:3
./iface_error_values.go:20:13: parameter name leaks to {storage for NotFound{...}} with derefs=0:
./iface_error_values.go:20:13:   flow: {storage for NotFound{...}} = name:
./iface_error_values.go:20:13:     from NotFound{...} (struct literal element) at ./iface_error_values.go:25:18
./iface_error_values.go:20:13:     from NotFound{...} (interface-converted) at ./iface_error_values.go:25:18
./iface_error_values.go:29:39: NotFound{...} escapes to heap:
./iface_error_values.go:29:39:   flow: {storage for &Op{...}} = &{storage for NotFound{...}}:
./iface_error_values.go:29:39:     from NotFound{...} (spill) at ./iface_error_values.go:29:39
./iface_error_values.go:29:39:     from Op{...} (struct literal element) at ./iface_error_values.go:29:12
./iface_error_values.go:29:23: "lookup " + name escapes to heap:
./iface_error_values.go:29:23:   flow: {storage for &Op{...}} = &{storage for "lookup " + name}:
./iface_error_values.go:29:23:     from "lookup " + name (spill) at ./iface_error_values.go:29:23
./iface_error_values.go:29:23:     from Op{...} (struct literal element) at ./iface_error_values.go:29:12
./iface_error_values.go:20:13: parameter name leaks to {storage for NotFound{...}} with derefs=0:
./iface_error_values.go:20:13:   flow: {storage for NotFound{...}} = name:
./iface_error_values.go:20:13:     from NotFound{...} (struct literal element) at ./iface_error_values.go:29:39
./iface_error_values.go:20:13:     from NotFound{...} (interface-converted) at ./iface_error_values.go:29:39
./iface_error_values.go:20:13: leaking param: name
./iface_error_values.go:25:18: NotFound{...} escapes to heap
./iface_error_values.go:27:10: &Temporary{...} escapes to heap
./iface_error_values.go:29:9: &Op{...} escapes to heap
./iface_error_values.go:29:23: "lookup " + name escapes to heap
./iface_error_values.go:29:39: NotFound{...} escapes to heap
./iface_error_values.go:34:65: "C" escapes to heap:
./iface_error_values.go:34:65:   flow: {storage for ... argument} = &{storage for "C"}:
./iface_error_values.go:34:65:     from "C" (spill) at ./iface_error_values.go:34:65
./iface_error_values.go:34:65:     from ... argument (slice-literal-element) at ./iface_error_values.go:34:52
./iface_error_values.go:34:65:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:34:65:     from ... argument (spill) at ./iface_error_values.go:34:52
./iface_error_values.go:34:65:     from fmt.Sprint(... argument...) (call parameter) at ./iface_error_values.go:34:52
./iface_error_values.go:34:60: float64(c) escapes to heap:
./iface_error_values.go:34:60:   flow: {storage for ... argument} = &{storage for float64(c)}:
./iface_error_values.go:34:60:     from float64(c) (spill) at ./iface_error_values.go:34:60
./iface_error_values.go:34:60:     from ... argument (slice-literal-element) at ./iface_error_values.go:34:52
./iface_error_values.go:34:60:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:34:60:     from ... argument (spill) at ./iface_error_values.go:34:52
./iface_error_values.go:34:60:     from fmt.Sprint(... argument...) (call parameter) at ./iface_error_values.go:34:52
./iface_error_values.go:34:52: ... argument does not escape
./iface_error_values.go:34:60: float64(c) escapes to heap
./iface_error_values.go:34:65: "C" escapes to heap
./iface_error_values.go:55:29: NotFound{...} escapes to heap:
./iface_error_values.go:55:29:   flow: {storage for []error{...}} = &{storage for NotFound{...}}:
./iface_error_values.go:55:29:     from NotFound{...} (spill) at ./iface_error_values.go:55:29
./iface_error_values.go:55:29:     from []error{...} (slice-literal-element) at ./iface_error_values.go:55:17
./iface_error_values.go:55:29:   flow: errs = &{storage for []error{...}}:
./iface_error_values.go:55:29:     from []error{...} (spill) at ./iface_error_values.go:55:17
./iface_error_values.go:55:29:     from errs := []error{...} (assign) at ./iface_error_values.go:55:7
./iface_error_values.go:55:29:   flow: {temp} = errs:
./iface_error_values.go:55:29:   flow: e = *{temp}:
./iface_error_values.go:55:29:     from for loop (range-deref) at ./iface_error_values.go:57:14
./iface_error_values.go:55:29:   flow: {heap} = e:
./iface_error_values.go:55:29:     from e.Error() (call parameter) at ./iface_error_values.go:58:25
./iface_error_values.go:55:18: c escapes to heap:
./iface_error_values.go:55:18:   flow: {storage for []error{...}} = &{storage for c}:
./iface_error_values.go:55:18:     from c (spill) at ./iface_error_values.go:55:18
./iface_error_values.go:55:18:     from []error{...} (slice-literal-element) at ./iface_error_values.go:55:17
./iface_error_values.go:55:18:   flow: errs = &{storage for []error{...}}:
./iface_error_values.go:55:18:     from []error{...} (spill) at ./iface_error_values.go:55:17
./iface_error_values.go:55:18:     from errs := []error{...} (assign) at ./iface_error_values.go:55:7
./iface_error_values.go:55:18:   flow: {temp} = errs:
./iface_error_values.go:55:18:   flow: e = *{temp}:
./iface_error_values.go:55:18:     from for loop (range-deref) at ./iface_error_values.go:57:14
./iface_error_values.go:55:18:   flow: {heap} = e:
./iface_error_values.go:55:18:     from e.Error() (call parameter) at ./iface_error_values.go:58:25
./iface_error_values.go:58:51: e == errs[2] escapes to heap:
./iface_error_values.go:58:51:   flow: {storage for ... argument} = &{storage for e == errs[2]}:
./iface_error_values.go:58:51:     from e == errs[2] (spill) at ./iface_error_values.go:58:51
./iface_error_values.go:58:51:     from ... argument (slice-literal-element) at ./iface_error_values.go:58:14
./iface_error_values.go:58:51:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:58:51:     from ... argument (spill) at ./iface_error_values.go:58:14
./iface_error_values.go:58:51:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:58:14
./iface_error_values.go:58:31: e == NotFound{...} escapes to heap:
./iface_error_values.go:58:31:   flow: {storage for ... argument} = &{storage for e == NotFound{...}}:
./iface_error_values.go:58:31:     from e == NotFound{...} (spill) at ./iface_error_values.go:58:31
./iface_error_values.go:58:31:     from ... argument (slice-literal-element) at ./iface_error_values.go:58:14
./iface_error_values.go:58:31:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:58:31:     from ... argument (spill) at ./iface_error_values.go:58:14
./iface_error_values.go:58:31:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:58:14
./iface_error_values.go:58:25: e.Error() escapes to heap:
./iface_error_values.go:58:25:   flow: {storage for ... argument} = &{storage for e.Error()}:
./iface_error_values.go:58:25:     from e.Error() (spill) at ./iface_error_values.go:58:25
./iface_error_values.go:58:25:     from ... argument (slice-literal-element) at ./iface_error_values.go:58:14
./iface_error_values.go:58:25:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:58:25:     from ... argument (spill) at ./iface_error_values.go:58:14
./iface_error_values.go:58:25:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:58:14
./iface_error_values.go:58:14: i escapes to heap:
./iface_error_values.go:58:14:   flow: {storage for ... argument} = &{storage for i}:
./iface_error_values.go:58:14:     from i (spill) at ./iface_error_values.go:58:14
./iface_error_values.go:58:14:     from ... argument (slice-literal-element) at ./iface_error_values.go:58:14
./iface_error_values.go:58:14:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:58:14:     from ... argument (spill) at ./iface_error_values.go:58:14
./iface_error_values.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:58:14
./iface_error_values.go:52:14: isOp escapes to heap:
./iface_error_values.go:52:14:   flow: {storage for ... argument} = &{storage for isOp}:
./iface_error_values.go:52:14:     from isOp (spill) at ./iface_error_values.go:52:14
./iface_error_values.go:52:14:     from ... argument (slice-literal-element) at ./iface_error_values.go:52:14
./iface_error_values.go:52:14:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:52:14:     from ... argument (spill) at ./iface_error_values.go:52:14
./iface_error_values.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:52:14
./iface_error_values.go:48:30: t.code escapes to heap:
./iface_error_values.go:48:30:   flow: {storage for ... argument} = &{storage for t.code}:
./iface_error_values.go:48:30:     from t.code (spill) at ./iface_error_values.go:48:30
./iface_error_values.go:48:30:     from ... argument (slice-literal-element) at ./iface_error_values.go:48:15
./iface_error_values.go:48:30:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:48:30:     from ... argument (spill) at ./iface_error_values.go:48:15
./iface_error_values.go:48:30:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:48:15
./iface_error_values.go:48:16: "Temporary" escapes to heap:
./iface_error_values.go:48:16:   flow: {storage for ... argument} = &{storage for "Temporary"}:
./iface_error_values.go:48:16:     from "Temporary" (spill) at ./iface_error_values.go:48:16
./iface_error_values.go:48:16:     from ... argument (slice-literal-element) at ./iface_error_values.go:48:15
./iface_error_values.go:48:16:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:48:16:     from ... argument (spill) at ./iface_error_values.go:48:15
./iface_error_values.go:48:16:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:48:15
./iface_error_values.go:45:30: nf.name escapes to heap:
./iface_error_values.go:45:30:   flow: {storage for ... argument} = &{storage for nf.name}:
./iface_error_values.go:45:30:     from nf.name (spill) at ./iface_error_values.go:45:30
./iface_error_values.go:45:30:     from ... argument (slice-literal-element) at ./iface_error_values.go:45:15
./iface_error_values.go:45:30:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:45:30:     from ... argument (spill) at ./iface_error_values.go:45:15
./iface_error_values.go:45:30:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:45:15
./iface_error_values.go:45:16: "NotFound" escapes to heap:
./iface_error_values.go:45:16:   flow: {storage for ... argument} = &{storage for "NotFound"}:
./iface_error_values.go:45:16:     from "NotFound" (spill) at ./iface_error_values.go:45:16
./iface_error_values.go:45:16:     from ... argument (slice-literal-element) at ./iface_error_values.go:45:15
./iface_error_values.go:45:16:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:45:16:     from ... argument (spill) at ./iface_error_values.go:45:15
./iface_error_values.go:45:16:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:45:15
./iface_error_values.go:42:19: "ok" escapes to heap:
./iface_error_values.go:42:19:   flow: {storage for ... argument} = &{storage for "ok"}:
./iface_error_values.go:42:19:     from "ok" (spill) at ./iface_error_values.go:42:19
./iface_error_values.go:42:19:     from ... argument (slice-literal-element) at ./iface_error_values.go:42:15
./iface_error_values.go:42:19:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:42:19:     from ... argument (spill) at ./iface_error_values.go:42:15
./iface_error_values.go:42:19:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:42:15
./iface_error_values.go:42:15: n escapes to heap:
./iface_error_values.go:42:15:   flow: {storage for ... argument} = &{storage for n}:
./iface_error_values.go:42:15:     from n (spill) at ./iface_error_values.go:42:15
./iface_error_values.go:42:15:     from ... argument (slice-literal-element) at ./iface_error_values.go:42:15
./iface_error_values.go:42:15:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:42:15:     from ... argument (spill) at ./iface_error_values.go:42:15
./iface_error_values.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:42:15
./iface_error_values.go:40:28: err.Error() escapes to heap:
./iface_error_values.go:40:28:   flow: {storage for ... argument} = &{storage for err.Error()}:
./iface_error_values.go:40:28:     from err.Error() (spill) at ./iface_error_values.go:40:28
./iface_error_values.go:40:28:     from ... argument (slice-literal-element) at ./iface_error_values.go:40:15
./iface_error_values.go:40:28:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:40:28:     from ... argument (spill) at ./iface_error_values.go:40:15
./iface_error_values.go:40:28:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:40:15
./iface_error_values.go:40:15: n escapes to heap:
./iface_error_values.go:40:15:   flow: {storage for ... argument} = &{storage for n}:
./iface_error_values.go:40:15:     from n (spill) at ./iface_error_values.go:40:15
./iface_error_values.go:40:15:     from ... argument (slice-literal-element) at ./iface_error_values.go:40:15
./iface_error_values.go:40:15:   flow: {heap} = {storage for ... argument}:
./iface_error_values.go:40:15:     from ... argument (spill) at ./iface_error_values.go:40:15
./iface_error_values.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./iface_error_values.go:40:15
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
