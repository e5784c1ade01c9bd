./init_order_multi.go:6:8: s does not escape
./init_order_multi.go:11:11: s does not escape
