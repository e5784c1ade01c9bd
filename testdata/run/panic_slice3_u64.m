./panic_slice3_u64.go:8:13: ... argument does not escape
./panic_slice3_u64.go:8:17: len(a[1:j:3]) escapes to heap
./panic_slice3_u64.go:9:13: ... argument does not escape
./panic_slice3_u64.go:9:17: len(a[i:j:3]) escapes to heap
