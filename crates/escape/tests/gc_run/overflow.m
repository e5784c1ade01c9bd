./overflow.go:8:13: ... argument does not escape
./overflow.go:8:13: a escapes to heap
./overflow.go:10:13: ... argument does not escape
./overflow.go:10:13: a escapes to heap
./overflow.go:13:13: ... argument does not escape
./overflow.go:13:13: b escapes to heap
./overflow.go:18:13: ... argument does not escape
./overflow.go:18:13: c escapes to heap
./overflow.go:21:13: ... argument does not escape
./overflow.go:21:13: d escapes to heap
./overflow.go:24:13: ... argument does not escape
./overflow.go:24:13: e escapes to heap
./overflow.go:27:13: ... argument does not escape
./overflow.go:27:13: f escapes to heap
./overflow.go:30:13: ... argument does not escape
./overflow.go:30:13: g escapes to heap
./overflow.go:33:13: ... argument does not escape
./overflow.go:33:13: h escapes to heap
./overflow.go:35:13: ... argument does not escape
./overflow.go:35:19: uint8(x) escapes to heap
./overflow.go:35:29: int32(x) escapes to heap
./overflow.go:35:38: byte(x - 45) escapes to heap
./overflow.go:37:13: ... argument does not escape
./overflow.go:37:19: uint8(y) escapes to heap
./overflow.go:37:28: uint(y) escapes to heap
./overflow.go:37:38: int32(y) escapes to heap
./overflow.go:39:13: ... argument does not escape
./overflow.go:39:19: int32(z) escapes to heap
./overflow.go:39:29: uint8(z) escapes to heap
