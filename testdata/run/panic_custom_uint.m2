./panic_custom_uint.go:5:8: x escapes to heap:
./panic_custom_uint.go:5:8:   flow: {heap} = &{storage for x}:
./panic_custom_uint.go:5:8:     from x (spill) at ./panic_custom_uint.go:5:8
./panic_custom_uint.go:5:8:     from panic(x) (call parameter) at ./panic_custom_uint.go:5:7
./panic_custom_uint.go:5:8: x escapes to heap
