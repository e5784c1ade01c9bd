./panic_string_nil.go:4:7: "" escapes to heap
