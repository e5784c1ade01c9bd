./divmod.go:6:13: []int{...} does not escape
./divmod.go:7:13: []int{...} does not escape
./divmod.go:10:14: ... argument does not escape
./divmod.go:10:14: x escapes to heap
./divmod.go:10:14: y escapes to heap
./divmod.go:10:22: x / y escapes to heap
./divmod.go:10:27: x % y escapes to heap
./divmod.go:14:13: ... argument does not escape
./divmod.go:14:15: a / m escapes to heap
./divmod.go:14:20: a % m escapes to heap
./divmod.go:17:13: ... argument does not escape
./divmod.go:17:15: b / n escapes to heap
./divmod.go:17:20: b % n escapes to heap
./divmod.go:20:13: ... argument does not escape
./divmod.go:20:15: u / v escapes to heap
./divmod.go:20:20: u % v escapes to heap
./divmod.go:22:13: ... argument does not escape
./divmod.go:22:15: w / 10 escapes to heap
./divmod.go:22:21: w % 10 escapes to heap
./divmod.go:23:13: ... argument does not escape
./divmod.go:23:16: -7 / 2 escapes to heap
./divmod.go:23:22: -7 % 2 escapes to heap
./divmod.go:23:27: 7 / -2 escapes to heap
./divmod.go:23:33: 7 % -2 escapes to heap
