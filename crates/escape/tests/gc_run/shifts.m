./shifts.go:8:14: ... argument does not escape
./shifts.go:8:14: i escapes to heap
./shifts.go:8:19: x << i escapes to heap
./shifts.go:8:26: -x << i escapes to heap
./shifts.go:11:13: ... argument does not escape
./shifts.go:11:15: y >> 1 escapes to heap
./shifts.go:11:21: y >> 5 escapes to heap
./shifts.go:11:27: y >> 63 escapes to heap
./shifts.go:11:34: y >> 64 escapes to heap
./shifts.go:11:41: y >> 100 escapes to heap
./shifts.go:13:13: ... argument does not escape
./shifts.go:13:13: u escapes to heap
./shifts.go:13:18: u >> 63 escapes to heap
./shifts.go:13:25: u >> 64 escapes to heap
./shifts.go:13:32: u << 1 escapes to heap
./shifts.go:15:13: ... argument does not escape
./shifts.go:15:15: b << 1 escapes to heap
./shifts.go:15:21: b >> 1 escapes to heap
./shifts.go:15:27: b << 7 escapes to heap
./shifts.go:15:33: b << 8 escapes to heap
./shifts.go:17:13: ... argument does not escape
./shifts.go:17:15: c << 2 escapes to heap
./shifts.go:17:21: c >> 1 escapes to heap
./shifts.go:17:27: c >> 31 escapes to heap
./shifts.go:17:34: c >> 40 escapes to heap
./shifts.go:19:13: ... argument does not escape
./shifts.go:19:15: 1 << s escapes to heap
./shifts.go:19:24: 0xff >> s escapes to heap
./shifts.go:19:30: 7 & 3 escapes to heap
./shifts.go:19:35: 7 | 8 escapes to heap
./shifts.go:19:40: 7 ^ 2 escapes to heap
./shifts.go:19:45: 6 &^ 3 escapes to heap
./shifts.go:21:13: ... argument does not escape
./shifts.go:21:17: i8 >> 1 escapes to heap
./shifts.go:21:23: ^i8 escapes to heap
./shifts.go:21:28: ^b escapes to heap
