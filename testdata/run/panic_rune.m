./panic_rune.go:4:7: 'a' escapes to heap
