./panic_multiline.go:4:7: "line one\nline two" escapes to heap
