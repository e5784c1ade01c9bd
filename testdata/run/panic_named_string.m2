./panic_named_string.go:6:7: Name("bob\tsmith") escapes to heap:
./panic_named_string.go:6:7:   flow: {heap} = &{storage for Name("bob\tsmith")}:
./panic_named_string.go:6:7:     from Name("bob\tsmith") (spill) at ./panic_named_string.go:6:7
./panic_named_string.go:6:7:     from panic(Name("bob\tsmith")) (call parameter) at ./panic_named_string.go:6:7
./panic_named_string.go:6:7: Name("bob\tsmith") escapes to heap
