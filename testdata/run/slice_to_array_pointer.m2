./slice_to_array_pointer.go:16:27: (*[0]int)(e) == nil escapes to heap:
./slice_to_array_pointer.go:16:27:   flow: {storage for ... argument} = &{storage for (*[0]int)(e) == nil}:
./slice_to_array_pointer.go:16:27:     from (*[0]int)(e) == nil (spill) at ./slice_to_array_pointer.go:16:27
./slice_to_array_pointer.go:16:27:     from ... argument (slice-literal-element) at ./slice_to_array_pointer.go:16:13
./slice_to_array_pointer.go:16:27:   flow: {heap} = {storage for ... argument}:
./slice_to_array_pointer.go:16:27:     from ... argument (spill) at ./slice_to_array_pointer.go:16:13
./slice_to_array_pointer.go:16:27:     from fmt.Println(... argument...) (call parameter) at ./slice_to_array_pointer.go:16:13
./slice_to_array_pointer.go:14:16: q != nil escapes to heap:
./slice_to_array_pointer.go:14:16:   flow: {storage for ... argument} = &{storage for q != nil}:
./slice_to_array_pointer.go:14:16:     from q != nil (spill) at ./slice_to_array_pointer.go:14:16
./slice_to_array_pointer.go:14:16:     from ... argument (slice-literal-element) at ./slice_to_array_pointer.go:14:13
./slice_to_array_pointer.go:14:16:   flow: {heap} = {storage for ... argument}:
./slice_to_array_pointer.go:14:16:     from ... argument (spill) at ./slice_to_array_pointer.go:14:13
./slice_to_array_pointer.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./slice_to_array_pointer.go:14:13
./slice_to_array_pointer.go:12:24: len(p) escapes to heap:
./slice_to_array_pointer.go:12:24:   flow: {storage for ... argument} = &{storage for len(p)}:
./slice_to_array_pointer.go:12:24:     from len(p) (spill) at ./slice_to_array_pointer.go:12:24
./slice_to_array_pointer.go:12:24:     from ... argument (slice-literal-element) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:24:   flow: {heap} = {storage for ... argument}:
./slice_to_array_pointer.go:12:24:     from ... argument (spill) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:24:     from fmt.Println(... argument...) (call parameter) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:17: *p escapes to heap:
./slice_to_array_pointer.go:12:17:   flow: {storage for ... argument} = &{storage for *p}:
./slice_to_array_pointer.go:12:17:     from *p (spill) at ./slice_to_array_pointer.go:12:17
./slice_to_array_pointer.go:12:17:     from ... argument (slice-literal-element) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:17:   flow: {heap} = {storage for ... argument}:
./slice_to_array_pointer.go:12:17:     from ... argument (spill) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:13: s escapes to heap:
./slice_to_array_pointer.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_to_array_pointer.go:12:13:     from s (spill) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:13:     from ... argument (slice-literal-element) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:13:   flow: {heap} = {storage for ... argument}:
./slice_to_array_pointer.go:12:13:     from ... argument (spill) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:9:12: []int{...} escapes to heap:
./slice_to_array_pointer.go:9:12:   flow: s = &{storage for []int{...}}:
./slice_to_array_pointer.go:9:12:     from []int{...} (spill) at ./slice_to_array_pointer.go:9:12
./slice_to_array_pointer.go:9:12:     from s := []int{...} (assign) at ./slice_to_array_pointer.go:9:4
./slice_to_array_pointer.go:9:12:   flow: {storage for s} = s:
./slice_to_array_pointer.go:9:12:     from s (interface-converted) at ./slice_to_array_pointer.go:12:13
./slice_to_array_pointer.go:9:12: []int{...} escapes to heap
./slice_to_array_pointer.go:12:13: ... argument does not escape
./slice_to_array_pointer.go:12:13: s escapes to heap
./slice_to_array_pointer.go:12:17: *p escapes to heap
./slice_to_array_pointer.go:12:24: len(p) escapes to heap
./slice_to_array_pointer.go:14:13: ... argument does not escape
./slice_to_array_pointer.go:14:16: q != nil escapes to heap
./slice_to_array_pointer.go:16:13: ... argument does not escape
./slice_to_array_pointer.go:16:27: (*[0]int)(e) == nil escapes to heap
