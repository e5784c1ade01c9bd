./panic_shift_neg.go:8:14: ... argument does not escape
./panic_shift_neg.go:8:17: x << s escapes to heap
