./panic_stringer_value.go:5:7: s does not escape
./panic_stringer_value.go:8:8: &S{...} escapes to heap
