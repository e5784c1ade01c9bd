./panic_int.go:5:7: 42 escapes to heap:
./panic_int.go:5:7:   flow: {heap} = &{storage for 42}:
./panic_int.go:5:7:     from 42 (spill) at ./panic_int.go:5:7
./panic_int.go:5:7:     from panic(42) (call parameter) at ./panic_int.go:5:7
./panic_int.go:5:7: 42 escapes to heap
