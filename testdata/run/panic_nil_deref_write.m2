./panic_nil_deref_write.go:3:10: p does not escape
