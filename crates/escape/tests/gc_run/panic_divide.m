./panic_divide.go:10:13: ... argument does not escape
./panic_divide.go:10:17: div(10, 3) escapes to heap
./panic_divide.go:11:13: ... argument does not escape
./panic_divide.go:11:17: div(1, 0) escapes to heap
