./panic_named_string.go:6:7: Name("bob\tsmith") escapes to heap
