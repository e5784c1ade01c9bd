./println_builtin.go:9:15: p does not escape
./println_builtin.go:9:23: s does not escape
./println_builtin.go:9:32: t does not escape
./println_builtin.go:9:38: str does not escape
./println_builtin.go:16:12: []int{...} does not escape
./println_builtin.go:17:7: &T{...} does not escape
