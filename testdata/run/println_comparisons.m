./println_comparisons.go:3:8: a does not escape
./println_comparisons.go:3:11: b does not escape
