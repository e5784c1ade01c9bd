./panic_slice_b.go:9:15: s[lo:hi] escapes to heap:
./panic_slice_b.go:9:15:   flow: {storage for ... argument} = &{storage for s[lo:hi]}:
./panic_slice_b.go:9:15:     from s[lo:hi] (spill) at ./panic_slice_b.go:9:15
./panic_slice_b.go:9:15:     from ... argument (slice-literal-element) at ./panic_slice_b.go:9:13
./panic_slice_b.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_b.go:9:15:     from ... argument (spill) at ./panic_slice_b.go:9:13
./panic_slice_b.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_b.go:9:13
./panic_slice_b.go:8:15: s[:hi] escapes to heap:
./panic_slice_b.go:8:15:   flow: {storage for ... argument} = &{storage for s[:hi]}:
./panic_slice_b.go:8:15:     from s[:hi] (spill) at ./panic_slice_b.go:8:15
./panic_slice_b.go:8:15:     from ... argument (slice-literal-element) at ./panic_slice_b.go:8:13
./panic_slice_b.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_b.go:8:15:     from ... argument (spill) at ./panic_slice_b.go:8:13
./panic_slice_b.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_b.go:8:13
./panic_slice_b.go:6:12: []int{...} escapes to heap:
./panic_slice_b.go:6:12:   flow: s = &{storage for []int{...}}:
./panic_slice_b.go:6:12:     from []int{...} (spill) at ./panic_slice_b.go:6:12
./panic_slice_b.go:6:12:     from s := []int{...} (assign) at ./panic_slice_b.go:6:4
./panic_slice_b.go:6:12:   flow: {storage for s[lo:hi]} = s:
./panic_slice_b.go:6:12:     from s[lo:hi] (slice) at ./panic_slice_b.go:9:15
./panic_slice_b.go:6:12:     from s[lo:hi] (interface-converted) at ./panic_slice_b.go:9:15
./panic_slice_b.go:6:12: []int{...} escapes to heap
./panic_slice_b.go:8:13: ... argument does not escape
./panic_slice_b.go:8:15: s[:hi] escapes to heap
./panic_slice_b.go:9:13: ... argument does not escape
./panic_slice_b.go:9:15: s[lo:hi] escapes to heap
