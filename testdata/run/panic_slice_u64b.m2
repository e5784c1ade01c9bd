./panic_slice_u64b.go:9:17: len(s[lo:]) escapes to heap:
./panic_slice_u64b.go:9:17:   flow: {storage for ... argument} = &{storage for len(s[lo:])}:
./panic_slice_u64b.go:9:17:     from len(s[lo:]) (spill) at ./panic_slice_u64b.go:9:17
./panic_slice_u64b.go:9:17:     from ... argument (slice-literal-element) at ./panic_slice_u64b.go:9:13
./panic_slice_u64b.go:9:17:   flow: {heap} = {storage for ... argument}:
./panic_slice_u64b.go:9:17:     from ... argument (spill) at ./panic_slice_u64b.go:9:13
./panic_slice_u64b.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_u64b.go:9:13
./panic_slice_u64b.go:8:17: len(s[lo - lo:]) escapes to heap:
./panic_slice_u64b.go:8:17:   flow: {storage for ... argument} = &{storage for len(s[lo - lo:])}:
./panic_slice_u64b.go:8:17:     from len(s[lo - lo:]) (spill) at ./panic_slice_u64b.go:8:17
./panic_slice_u64b.go:8:17:     from ... argument (slice-literal-element) at ./panic_slice_u64b.go:8:13
./panic_slice_u64b.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_slice_u64b.go:8:17:     from ... argument (spill) at ./panic_slice_u64b.go:8:13
./panic_slice_u64b.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_u64b.go:8:13
./panic_slice_u64b.go:6:11: make([]int, 3) does not escape
./panic_slice_u64b.go:8:13: ... argument does not escape
./panic_slice_u64b.go:8:17: len(s[lo - lo:]) escapes to heap
./panic_slice_u64b.go:9:13: ... argument does not escape
./panic_slice_u64b.go:9:17: len(s[lo:]) escapes to heap
