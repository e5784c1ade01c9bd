./panic_named_bool.go:6:7: Flag(true) escapes to heap:
./panic_named_bool.go:6:7:   flow: {heap} = &{storage for Flag(true)}:
./panic_named_bool.go:6:7:     from Flag(true) (spill) at ./panic_named_bool.go:6:7
./panic_named_bool.go:6:7:     from panic(Flag(true)) (call parameter) at ./panic_named_bool.go:6:7
./panic_named_bool.go:6:7: Flag(true) escapes to heap
