./init_order_value_per_name.go:5:8: s does not escape
