./panic_slice_bounds.go:9:15: s[i:j] escapes to heap:
./panic_slice_bounds.go:9:15:   flow: {storage for ... argument} = &{storage for s[i:j]}:
./panic_slice_bounds.go:9:15:     from s[i:j] (spill) at ./panic_slice_bounds.go:9:15
./panic_slice_bounds.go:9:15:     from ... argument (slice-literal-element) at ./panic_slice_bounds.go:9:13
./panic_slice_bounds.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_bounds.go:9:15:     from ... argument (spill) at ./panic_slice_bounds.go:9:13
./panic_slice_bounds.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bounds.go:9:13
./panic_slice_bounds.go:8:24: len(s[i:]) escapes to heap:
./panic_slice_bounds.go:8:24:   flow: {storage for ... argument} = &{storage for len(s[i:])}:
./panic_slice_bounds.go:8:24:     from len(s[i:]) (spill) at ./panic_slice_bounds.go:8:24
./panic_slice_bounds.go:8:24:     from ... argument (slice-literal-element) at ./panic_slice_bounds.go:8:13
./panic_slice_bounds.go:8:24:   flow: {heap} = {storage for ... argument}:
./panic_slice_bounds.go:8:24:     from ... argument (spill) at ./panic_slice_bounds.go:8:13
./panic_slice_bounds.go:8:24:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bounds.go:8:13
./panic_slice_bounds.go:8:15: s[:5] escapes to heap:
./panic_slice_bounds.go:8:15:   flow: {storage for ... argument} = &{storage for s[:5]}:
./panic_slice_bounds.go:8:15:     from s[:5] (spill) at ./panic_slice_bounds.go:8:15
./panic_slice_bounds.go:8:15:     from ... argument (slice-literal-element) at ./panic_slice_bounds.go:8:13
./panic_slice_bounds.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_bounds.go:8:15:     from ... argument (spill) at ./panic_slice_bounds.go:8:13
./panic_slice_bounds.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bounds.go:8:13
./panic_slice_bounds.go:6:11: make([]int, 3, 5) escapes to heap:
./panic_slice_bounds.go:6:11:   flow: s = &{storage for make([]int, 3, 5)}:
./panic_slice_bounds.go:6:11:     from make([]int, 3, 5) (spill) at ./panic_slice_bounds.go:6:11
./panic_slice_bounds.go:6:11:     from s := make([]int, 3, 5) (assign) at ./panic_slice_bounds.go:6:4
./panic_slice_bounds.go:6:11:   flow: {storage for s[i:j]} = s:
./panic_slice_bounds.go:6:11:     from s[i:j] (slice) at ./panic_slice_bounds.go:9:15
./panic_slice_bounds.go:6:11:     from s[i:j] (interface-converted) at ./panic_slice_bounds.go:9:15
./panic_slice_bounds.go:6:11: make([]int, 3, 5) escapes to heap
./panic_slice_bounds.go:8:13: ... argument does not escape
./panic_slice_bounds.go:8:15: s[:5] escapes to heap
./panic_slice_bounds.go:8:24: len(s[i:]) escapes to heap
./panic_slice_bounds.go:9:13: ... argument does not escape
./panic_slice_bounds.go:9:15: s[i:j] escapes to heap
