./body_embedded_pointer.go:14:2: moved to heap: x
./body_embedded_pointer.go:15:8: &Inner{...} does not escape
./body_embedded_pointer.go:22:13: ... argument does not escape
./body_embedded_pointer.go:22:14: *sink escapes to heap
./body_embedded_pointer.go:24:13: ... argument does not escape
./body_embedded_pointer.go:24:14: *sink escapes to heap
