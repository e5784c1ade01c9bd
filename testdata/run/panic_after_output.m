./panic_after_output.go:11:15: leaking param content: a
./panic_after_output.go:13:8: "insufficient funds" escapes to heap
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
