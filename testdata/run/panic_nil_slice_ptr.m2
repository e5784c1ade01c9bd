./panic_nil_slice_ptr.go:13:17: len(ps.items) escapes to heap:
./panic_nil_slice_ptr.go:13:17:   flow: {storage for ... argument} = &{storage for len(ps.items)}:
./panic_nil_slice_ptr.go:13:17:     from len(ps.items) (spill) at ./panic_nil_slice_ptr.go:13:17
./panic_nil_slice_ptr.go:13:17:     from ... argument (slice-literal-element) at ./panic_nil_slice_ptr.go:13:13
./panic_nil_slice_ptr.go:13:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_slice_ptr.go:13:17:     from ... argument (spill) at ./panic_nil_slice_ptr.go:13:13
./panic_nil_slice_ptr.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_slice_ptr.go:13:13
./panic_nil_slice_ptr.go:12:17: ps == nil escapes to heap:
./panic_nil_slice_ptr.go:12:17:   flow: {storage for ... argument} = &{storage for ps == nil}:
./panic_nil_slice_ptr.go:12:17:     from ps == nil (spill) at ./panic_nil_slice_ptr.go:12:17
./panic_nil_slice_ptr.go:12:17:     from ... argument (slice-literal-element) at ./panic_nil_slice_ptr.go:12:13
./panic_nil_slice_ptr.go:12:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_slice_ptr.go:12:17:     from ... argument (spill) at ./panic_nil_slice_ptr.go:12:13
./panic_nil_slice_ptr.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_slice_ptr.go:12:13
./panic_nil_slice_ptr.go:12:13: ... argument does not escape
./panic_nil_slice_ptr.go:12:17: ps == nil escapes to heap
./panic_nil_slice_ptr.go:13:13: ... argument does not escape
./panic_nil_slice_ptr.go:13:17: len(ps.items) escapes to heap
