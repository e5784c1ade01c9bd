./panic_string_nil.go:4:7: "" escapes to heap:
./panic_string_nil.go:4:7:   flow: {heap} = &{storage for ""}:
./panic_string_nil.go:4:7:     from "" (spill) at ./panic_string_nil.go:4:7
./panic_string_nil.go:4:7:     from panic("") (call parameter) at ./panic_string_nil.go:4:7
./panic_string_nil.go:4:7: "" escapes to heap
