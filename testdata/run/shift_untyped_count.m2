./shift_untyped_count.go:8:8: "wrong" escapes to heap:
./shift_untyped_count.go:8:8:   flow: {heap} = &{storage for "wrong"}:
./shift_untyped_count.go:8:8:     from "wrong" (spill) at ./shift_untyped_count.go:8:8
./shift_untyped_count.go:8:8:     from panic("wrong") (call parameter) at ./shift_untyped_count.go:8:8
./shift_untyped_count.go:8:8: "wrong" escapes to heap
