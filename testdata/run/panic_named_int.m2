./panic_named_int.go:6:7: Celsius(-40) escapes to heap:
./panic_named_int.go:6:7:   flow: {heap} = &{storage for Celsius(-40)}:
./panic_named_int.go:6:7:     from Celsius(-40) (spill) at ./panic_named_int.go:6:7
./panic_named_int.go:6:7:     from panic(Celsius(-40)) (call parameter) at ./panic_named_int.go:6:7
./panic_named_int.go:6:7: Celsius(-40) escapes to heap
