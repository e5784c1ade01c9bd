./panic_uintptr.go:5:8: p escapes to heap:
./panic_uintptr.go:5:8:   flow: {heap} = &{storage for p}:
./panic_uintptr.go:5:8:     from p (spill) at ./panic_uintptr.go:5:8
./panic_uintptr.go:5:8:     from panic(p) (call parameter) at ./panic_uintptr.go:5:7
./panic_uintptr.go:5:8: p escapes to heap
