./panic_slice3_order.go:4:11: make([]int, 10) does not escape
