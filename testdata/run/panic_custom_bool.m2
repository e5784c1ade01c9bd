./panic_custom_bool.go:4:7: 1 < 2 escapes to heap:
./panic_custom_bool.go:4:7:   flow: {heap} = &{storage for 1 < 2}:
./panic_custom_bool.go:4:7:     from 1 < 2 (spill) at ./panic_custom_bool.go:4:7
./panic_custom_bool.go:4:7:     from panic(1 < 2) (call parameter) at ./panic_custom_bool.go:4:7
./panic_custom_bool.go:4:7: 1 < 2 escapes to heap
