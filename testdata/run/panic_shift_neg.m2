./panic_shift_neg.go:8:17: x << s escapes to heap:
./panic_shift_neg.go:8:17:   flow: {storage for ... argument} = &{storage for x << s}:
./panic_shift_neg.go:8:17:     from x << s (spill) at ./panic_shift_neg.go:8:17
./panic_shift_neg.go:8:17:     from ... argument (slice-literal-element) at ./panic_shift_neg.go:8:14
./panic_shift_neg.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_shift_neg.go:8:17:     from ... argument (spill) at ./panic_shift_neg.go:8:14
./panic_shift_neg.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_shift_neg.go:8:14
./panic_shift_neg.go:8:14: ... argument does not escape
./panic_shift_neg.go:8:17: x << s escapes to heap
