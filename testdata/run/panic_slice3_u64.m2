./panic_slice3_u64.go:9:17: len(a[i:j:3]) escapes to heap:
./panic_slice3_u64.go:9:17:   flow: {storage for ... argument} = &{storage for len(a[i:j:3])}:
./panic_slice3_u64.go:9:17:     from len(a[i:j:3]) (spill) at ./panic_slice3_u64.go:9:17
./panic_slice3_u64.go:9:17:     from ... argument (slice-literal-element) at ./panic_slice3_u64.go:9:13
./panic_slice3_u64.go:9:17:   flow: {heap} = {storage for ... argument}:
./panic_slice3_u64.go:9:17:     from ... argument (spill) at ./panic_slice3_u64.go:9:13
./panic_slice3_u64.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_u64.go:9:13
./panic_slice3_u64.go:8:17: len(a[1:j:3]) escapes to heap:
./panic_slice3_u64.go:8:17:   flow: {storage for ... argument} = &{storage for len(a[1:j:3])}:
./panic_slice3_u64.go:8:17:     from len(a[1:j:3]) (spill) at ./panic_slice3_u64.go:8:17
./panic_slice3_u64.go:8:17:     from ... argument (slice-literal-element) at ./panic_slice3_u64.go:8:13
./panic_slice3_u64.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_slice3_u64.go:8:17:     from ... argument (spill) at ./panic_slice3_u64.go:8:13
./panic_slice3_u64.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_u64.go:8:13
./panic_slice3_u64.go:8:13: ... argument does not escape
./panic_slice3_u64.go:8:17: len(a[1:j:3]) escapes to heap
./panic_slice3_u64.go:9:13: ... argument does not escape
./panic_slice3_u64.go:9:17: len(a[i:j:3]) escapes to heap
