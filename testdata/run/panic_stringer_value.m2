./panic_stringer_value.go:5:7: s does not escape
./panic_stringer_value.go:8:8: &S{...} escapes to heap:
./panic_stringer_value.go:8:8:   flow: {heap} = &{storage for &S{...}}:
./panic_stringer_value.go:8:8:     from &S{...} (spill) at ./panic_stringer_value.go:8:8
./panic_stringer_value.go:8:8:     from &S{...} (interface-converted) at ./panic_stringer_value.go:8:10
./panic_stringer_value.go:8:8:     from panic(&S{...}) (call parameter) at ./panic_stringer_value.go:8:7
./panic_stringer_value.go:8:8: &S{...} escapes to heap
