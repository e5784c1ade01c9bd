./panic_make_huge_cap.go:7:11: make([]int32, 1, n) escapes to heap:
./panic_make_huge_cap.go:7:11:   flow: {heap} = &{storage for make([]int32, 1, n)}:
./panic_make_huge_cap.go:7:11:     from make([]int32, 1, n) (non-constant size) at ./panic_make_huge_cap.go:7:11
./panic_make_huge_cap.go:8:17: len(s) escapes to heap:
./panic_make_huge_cap.go:8:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./panic_make_huge_cap.go:8:17:     from len(s) (spill) at ./panic_make_huge_cap.go:8:17
./panic_make_huge_cap.go:8:17:     from ... argument (slice-literal-element) at ./panic_make_huge_cap.go:8:13
./panic_make_huge_cap.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_make_huge_cap.go:8:17:     from ... argument (spill) at ./panic_make_huge_cap.go:8:13
./panic_make_huge_cap.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_make_huge_cap.go:8:13
./panic_make_huge_cap.go:7:11: make([]int32, 1, n) escapes to heap
./panic_make_huge_cap.go:8:13: ... argument does not escape
./panic_make_huge_cap.go:8:17: len(s) escapes to heap
