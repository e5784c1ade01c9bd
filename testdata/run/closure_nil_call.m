./closure_nil_call.go:11:13: ... argument does not escape
./closure_nil_call.go:11:14: "before" escapes to heap
./closure_nil_call.go:13:13: ... argument does not escape
./closure_nil_call.go:13:14: "after" escapes to heap
