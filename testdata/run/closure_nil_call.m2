./closure_nil_call.go:13:14: "after" escapes to heap:
./closure_nil_call.go:13:14:   flow: {storage for ... argument} = &{storage for "after"}:
./closure_nil_call.go:13:14:     from "after" (spill) at ./closure_nil_call.go:13:14
./closure_nil_call.go:13:14:     from ... argument (slice-literal-element) at ./closure_nil_call.go:13:13
./closure_nil_call.go:13:14:   flow: {heap} = {storage for ... argument}:
./closure_nil_call.go:13:14:     from ... argument (spill) at ./closure_nil_call.go:13:13
./closure_nil_call.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./closure_nil_call.go:13:13
./closure_nil_call.go:11:14: "before" escapes to heap:
./closure_nil_call.go:11:14:   flow: {storage for ... argument} = &{storage for "before"}:
./closure_nil_call.go:11:14:     from "before" (spill) at ./closure_nil_call.go:11:14
./closure_nil_call.go:11:14:     from ... argument (slice-literal-element) at ./closure_nil_call.go:11:13
./closure_nil_call.go:11:14:   flow: {heap} = {storage for ... argument}:
./closure_nil_call.go:11:14:     from ... argument (spill) at ./closure_nil_call.go:11:13
./closure_nil_call.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./closure_nil_call.go:11:13
./closure_nil_call.go:11:13: ... argument does not escape
./closure_nil_call.go:11:14: "before" escapes to heap
./closure_nil_call.go:13:13: ... argument does not escape
./closure_nil_call.go:13:14: "after" escapes to heap
