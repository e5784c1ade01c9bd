./panic_makeslice_cap.go:7:11: make([]byte, n, c) escapes to heap:
./panic_makeslice_cap.go:7:11:   flow: {heap} = &{storage for make([]byte, n, c)}:
./panic_makeslice_cap.go:7:11:     from make([]byte, n, c) (non-constant size) at ./panic_makeslice_cap.go:7:11
./panic_makeslice_cap.go:8:17: len(s) escapes to heap:
./panic_makeslice_cap.go:8:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./panic_makeslice_cap.go:8:17:     from len(s) (spill) at ./panic_makeslice_cap.go:8:17
./panic_makeslice_cap.go:8:17:     from ... argument (slice-literal-element) at ./panic_makeslice_cap.go:8:13
./panic_makeslice_cap.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_makeslice_cap.go:8:17:     from ... argument (spill) at ./panic_makeslice_cap.go:8:13
./panic_makeslice_cap.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_makeslice_cap.go:8:13
./panic_makeslice_cap.go:7:11: make([]byte, n, c) escapes to heap
./panic_makeslice_cap.go:8:13: ... argument does not escape
./panic_makeslice_cap.go:8:17: len(s) escapes to heap
