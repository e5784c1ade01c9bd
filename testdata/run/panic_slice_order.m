./panic_slice_order.go:4:13: ([]byte)("hello") does not escape
