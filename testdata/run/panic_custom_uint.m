./panic_custom_uint.go:5:8: x escapes to heap
