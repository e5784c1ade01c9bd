./panic_slice3_u32.go:9:17: cap(s[0:2:k]) escapes to heap:
./panic_slice3_u32.go:9:17:   flow: {storage for ... argument} = &{storage for cap(s[0:2:k])}:
./panic_slice3_u32.go:9:17:     from cap(s[0:2:k]) (spill) at ./panic_slice3_u32.go:9:17
./panic_slice3_u32.go:9:17:     from ... argument (slice-literal-element) at ./panic_slice3_u32.go:9:13
./panic_slice3_u32.go:9:17:   flow: {heap} = {storage for ... argument}:
./panic_slice3_u32.go:9:17:     from ... argument (spill) at ./panic_slice3_u32.go:9:13
./panic_slice3_u32.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_u32.go:9:13
./panic_slice3_u32.go:8:17: cap(s[0:2:8]) escapes to heap:
./panic_slice3_u32.go:8:17:   flow: {storage for ... argument} = &{storage for cap(s[0:2:8])}:
./panic_slice3_u32.go:8:17:     from cap(s[0:2:8]) (spill) at ./panic_slice3_u32.go:8:17
./panic_slice3_u32.go:8:17:     from ... argument (slice-literal-element) at ./panic_slice3_u32.go:8:13
./panic_slice3_u32.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_slice3_u32.go:8:17:     from ... argument (spill) at ./panic_slice3_u32.go:8:13
./panic_slice3_u32.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_u32.go:8:13
./panic_slice3_u32.go:6:11: make([]byte, 4, 8) does not escape
./panic_slice3_u32.go:8:13: ... argument does not escape
./panic_slice3_u32.go:8:17: cap(s[0:2:8]) escapes to heap
./panic_slice3_u32.go:9:13: ... argument does not escape
./panic_slice3_u32.go:9:17: cap(s[0:2:k]) escapes to heap
