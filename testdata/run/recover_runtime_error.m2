./recover_runtime_error.go:21:15: "other:" escapes to heap:
./recover_runtime_error.go:21:15:   flow: {storage for ... argument} = &{storage for "other:"}:
./recover_runtime_error.go:21:15:     from "other:" (spill) at ./recover_runtime_error.go:21:15
./recover_runtime_error.go:21:15:     from ... argument (slice-literal-element) at ./recover_runtime_error.go:21:14
./recover_runtime_error.go:21:15:   flow: {heap} = {storage for ... argument}:
./recover_runtime_error.go:21:15:     from ... argument (spill) at ./recover_runtime_error.go:21:14
./recover_runtime_error.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime_error.go:21:14
./recover_runtime_error.go:18:16: "error:" escapes to heap:
./recover_runtime_error.go:18:16:   flow: {storage for ... argument} = &{storage for "error:"}:
./recover_runtime_error.go:18:16:     from "error:" (spill) at ./recover_runtime_error.go:18:16
./recover_runtime_error.go:18:16:     from ... argument (slice-literal-element) at ./recover_runtime_error.go:18:15
./recover_runtime_error.go:18:16:   flow: {heap} = {storage for ... argument}:
./recover_runtime_error.go:18:16:     from ... argument (spill) at ./recover_runtime_error.go:18:15
./recover_runtime_error.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime_error.go:18:15
./recover_runtime_error.go:13:42: re.Error() escapes to heap:
./recover_runtime_error.go:13:42:   flow: {storage for ... argument} = &{storage for re.Error()}:
./recover_runtime_error.go:13:42:     from re.Error() (spill) at ./recover_runtime_error.go:13:42
./recover_runtime_error.go:13:42:     from ... argument (slice-literal-element) at ./recover_runtime_error.go:13:15
./recover_runtime_error.go:13:42:   flow: {heap} = {storage for ... argument}:
./recover_runtime_error.go:13:42:     from ... argument (spill) at ./recover_runtime_error.go:13:15
./recover_runtime_error.go:13:42:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime_error.go:13:15
./recover_runtime_error.go:13:16: "runtime.Error:" escapes to heap:
./recover_runtime_error.go:13:16:   flow: {storage for ... argument} = &{storage for "runtime.Error:"}:
./recover_runtime_error.go:13:16:     from "runtime.Error:" (spill) at ./recover_runtime_error.go:13:16
./recover_runtime_error.go:13:16:     from ... argument (slice-literal-element) at ./recover_runtime_error.go:13:15
./recover_runtime_error.go:13:16:   flow: {heap} = {storage for ... argument}:
./recover_runtime_error.go:13:16:     from ... argument (spill) at ./recover_runtime_error.go:13:15
./recover_runtime_error.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime_error.go:13:15
./recover_runtime_error.go:9:15: f does not escape
./recover_runtime_error.go:10:8: func literal does not escape
./recover_runtime_error.go:13:15: ... argument does not escape
./recover_runtime_error.go:13:16: "runtime.Error:" escapes to heap
./recover_runtime_error.go:13:42: re.Error() escapes to heap
./recover_runtime_error.go:18:15: ... argument does not escape
./recover_runtime_error.go:18:16: "error:" escapes to heap
./recover_runtime_error.go:21:14: ... argument does not escape
./recover_runtime_error.go:21:15: "other:" escapes to heap
./recover_runtime_error.go:30:25: 42 escapes to heap:
./recover_runtime_error.go:30:25:   flow: {heap} = &{storage for 42}:
./recover_runtime_error.go:30:25:     from 42 (spill) at ./recover_runtime_error.go:30:25
./recover_runtime_error.go:30:25:     from panic(42) (call parameter) at ./recover_runtime_error.go:30:25
./recover_runtime_error.go:33:16: e == nil escapes to heap:
./recover_runtime_error.go:33:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./recover_runtime_error.go:33:16:     from e == nil (spill) at ./recover_runtime_error.go:33:16
./recover_runtime_error.go:33:16:     from ... argument (slice-literal-element) at ./recover_runtime_error.go:33:13
./recover_runtime_error.go:33:16:   flow: {heap} = {storage for ... argument}:
./recover_runtime_error.go:33:16:     from ... argument (spill) at ./recover_runtime_error.go:33:13
./recover_runtime_error.go:33:16:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime_error.go:33:13
./recover_runtime_error.go:27:11: func literal does not escape
./recover_runtime_error.go:28:11: func literal does not escape
./recover_runtime_error.go:29:11: func literal does not escape
./recover_runtime_error.go:30:11: func literal does not escape
./recover_runtime_error.go:30:25: 42 escapes to heap
./recover_runtime_error.go:31:11: func literal does not escape
./recover_runtime_error.go:31:24: "s" does not escape
./recover_runtime_error.go:33:13: ... argument does not escape
./recover_runtime_error.go:33:16: e == nil escapes to heap
