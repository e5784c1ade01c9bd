./panic_div_width.go:10:14: ... argument does not escape
./panic_div_width.go:10:17: a % z escapes to heap
