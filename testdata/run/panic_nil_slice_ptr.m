./panic_nil_slice_ptr.go:12:13: ... argument does not escape
./panic_nil_slice_ptr.go:12:17: ps == nil escapes to heap
./panic_nil_slice_ptr.go:13:13: ... argument does not escape
./panic_nil_slice_ptr.go:13:17: len(ps.items) escapes to heap
