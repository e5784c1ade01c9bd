./panic_error_value.go:10:57: int(s) escapes to heap:
./panic_error_value.go:10:57:   flow: {storage for ... argument} = &{storage for int(s)}:
./panic_error_value.go:10:57:     from int(s) (spill) at ./panic_error_value.go:10:57
./panic_error_value.go:10:57:     from ... argument (slice-literal-element) at ./panic_error_value.go:10:47
./panic_error_value.go:10:57:   flow: {heap} = {storage for ... argument}:
./panic_error_value.go:10:57:     from ... argument (spill) at ./panic_error_value.go:10:47
./panic_error_value.go:10:57:     from fmt.Sprint(... argument...) (call parameter) at ./panic_error_value.go:10:47
./panic_error_value.go:10:48: "S=" escapes to heap:
./panic_error_value.go:10:48:   flow: {storage for ... argument} = &{storage for "S="}:
./panic_error_value.go:10:48:     from "S=" (spill) at ./panic_error_value.go:10:48
./panic_error_value.go:10:48:     from ... argument (slice-literal-element) at ./panic_error_value.go:10:47
./panic_error_value.go:10:48:   flow: {heap} = {storage for ... argument}:
./panic_error_value.go:10:48:     from ... argument (spill) at ./panic_error_value.go:10:47
./panic_error_value.go:10:48:     from fmt.Sprint(... argument...) (call parameter) at ./panic_error_value.go:10:47
./panic_error_value.go:10:47: ... argument does not escape
./panic_error_value.go:10:48: "S=" escapes to heap
./panic_error_value.go:10:57: int(s) escapes to heap
./panic_error_value.go:13:15: S(1) escapes to heap:
./panic_error_value.go:13:15:   flow: {storage for ... argument} = &{storage for S(1)}:
./panic_error_value.go:13:15:     from S(1) (spill) at ./panic_error_value.go:13:15
./panic_error_value.go:13:15:     from ... argument (slice-literal-element) at ./panic_error_value.go:13:13
./panic_error_value.go:13:15:   flow: {heap} = {storage for ... argument}:
./panic_error_value.go:13:15:     from ... argument (spill) at ./panic_error_value.go:13:13
./panic_error_value.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./panic_error_value.go:13:13
./panic_error_value.go:13:13: ... argument does not escape
./panic_error_value.go:13:15: S(1) escapes to heap
./panic_error_value.go:14:19: ... argument does not escape
