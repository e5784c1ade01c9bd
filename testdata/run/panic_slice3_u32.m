./panic_slice3_u32.go:6:11: make([]byte, 4, 8) does not escape
./panic_slice3_u32.go:8:13: ... argument does not escape
./panic_slice3_u32.go:8:17: cap(s[0:2:8]) escapes to heap
./panic_slice3_u32.go:9:13: ... argument does not escape
./panic_slice3_u32.go:9:17: cap(s[0:2:k]) escapes to heap
