./panic_after_output.go:13:8: "insufficient funds" escapes to heap:
./panic_after_output.go:13:8:   flow: {heap} = &{storage for "insufficient funds"}:
./panic_after_output.go:13:8:     from "insufficient funds" (spill) at ./panic_after_output.go:13:8
./panic_after_output.go:13:8:     from panic("insufficient funds") (call parameter) at ./panic_after_output.go:13:8
./panic_after_output.go:11:15: parameter a leaks to {heap} with derefs=1:
./panic_after_output.go:11:15:   flow: {heap} = *a:
./panic_after_output.go:11:15:     from a.history (dot of pointer) at ./panic_after_output.go:16:22
./panic_after_output.go:11:15:     from append(a.history, -amt) (call parameter) at ./panic_after_output.go:16:20
./panic_after_output.go:11:15:     from a.history = append(a.history, -amt) (assign) at ./panic_after_output.go:16:12
./panic_after_output.go:11:15: leaking param content: a
./panic_after_output.go:13:8: "insufficient funds" escapes to heap
./panic_after_output.go:24:67: a.history escapes to heap:
./panic_after_output.go:24:67:   flow: {storage for ... argument} = &{storage for a.history}:
./panic_after_output.go:24:67:     from a.history (spill) at ./panic_after_output.go:24:67
./panic_after_output.go:24:67:     from ... argument (slice-literal-element) at ./panic_after_output.go:24:15
./panic_after_output.go:24:67:   flow: {heap} = {storage for ... argument}:
./panic_after_output.go:24:67:     from ... argument (spill) at ./panic_after_output.go:24:15
./panic_after_output.go:24:67:     from fmt.Println(... argument...) (call parameter) at ./panic_after_output.go:24:15
./panic_after_output.go:24:55: "history" escapes to heap:
./panic_after_output.go:24:55:   flow: {storage for ... argument} = &{storage for "history"}:
./panic_after_output.go:24:55:     from "history" (spill) at ./panic_after_output.go:24:55
./panic_after_output.go:24:55:     from ... argument (slice-literal-element) at ./panic_after_output.go:24:15
./panic_after_output.go:24:55:   flow: {heap} = {storage for ... argument}:
./panic_after_output.go:24:55:     from ... argument (spill) at ./panic_after_output.go:24:15
./panic_after_output.go:24:55:     from fmt.Println(... argument...) (call parameter) at ./panic_after_output.go:24:15
./panic_after_output.go:24:45: a.balance escapes to heap:
./panic_after_output.go:24:45:   flow: {storage for ... argument} = &{storage for a.balance}:
./panic_after_output.go:24:45:     from a.balance (spill) at ./panic_after_output.go:24:45
./panic_after_output.go:24:45:     from ... argument (slice-literal-element) at ./panic_after_output.go:24:15
./panic_after_output.go:24:45:   flow: {heap} = {storage for ... argument}:
./panic_after_output.go:24:45:     from ... argument (spill) at ./panic_after_output.go:24:15
./panic_after_output.go:24:45:     from fmt.Println(... argument...) (call parameter) at ./panic_after_output.go:24:15
./panic_after_output.go:24:33: "balance" escapes to heap:
./panic_after_output.go:24:33:   flow: {storage for ... argument} = &{storage for "balance"}:
./panic_after_output.go:24:33:     from "balance" (spill) at ./panic_after_output.go:24:33
./panic_after_output.go:24:33:     from ... argument (slice-literal-element) at ./panic_after_output.go:24:15
./panic_after_output.go:24:33:   flow: {heap} = {storage for ... argument}:
./panic_after_output.go:24:33:     from ... argument (spill) at ./panic_after_output.go:24:15
./panic_after_output.go:24:33:     from fmt.Println(... argument...) (call parameter) at ./panic_after_output.go:24:15
./panic_after_output.go:24:28: a.id escapes to heap:
./panic_after_output.go:24:28:   flow: {storage for ... argument} = &{storage for a.id}:
./panic_after_output.go:24:28:     from a.id (spill) at ./panic_after_output.go:24:28
./panic_after_output.go:24:28:     from ... argument (slice-literal-element) at ./panic_after_output.go:24:15
./panic_after_output.go:24:28:   flow: {heap} = {storage for ... argument}:
./panic_after_output.go:24:28:     from ... argument (spill) at ./panic_after_output.go:24:15
./panic_after_output.go:24:28:     from fmt.Println(... argument...) (call parameter) at ./panic_after_output.go:24:15
./panic_after_output.go:24:16: "account" escapes to heap:
./panic_after_output.go:24:16:   flow: {storage for ... argument} = &{storage for "account"}:
./panic_after_output.go:24:16:     from "account" (spill) at ./panic_after_output.go:24:16
./panic_after_output.go:24:16:     from ... argument (slice-literal-element) at ./panic_after_output.go:24:15
./panic_after_output.go:24:16:   flow: {heap} = {storage for ... argument}:
./panic_after_output.go:24:16:     from ... argument (spill) at ./panic_after_output.go:24:15
./panic_after_output.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./panic_after_output.go:24:15
./panic_after_output.go:20:21: []*Account{...} does not escape
./panic_after_output.go:20:22: &Account{...} does not escape
./panic_after_output.go:20:45: &Account{...} does not escape
./panic_after_output.go:24:15: ... argument does not escape
./panic_after_output.go:24:16: "account" escapes to heap
./panic_after_output.go:24:28: a.id escapes to heap
./panic_after_output.go:24:33: "balance" escapes to heap
./panic_after_output.go:24:45: a.balance escapes to heap
./panic_after_output.go:24:55: "history" escapes to heap
./panic_after_output.go:24:67: a.history escapes to heap
