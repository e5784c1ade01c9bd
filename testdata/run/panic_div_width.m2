./panic_div_width.go:10:17: a % z escapes to heap:
./panic_div_width.go:10:17:   flow: {storage for ... argument} = &{storage for a % z}:
./panic_div_width.go:10:17:     from a % z (spill) at ./panic_div_width.go:10:17
./panic_div_width.go:10:17:     from ... argument (slice-literal-element) at ./panic_div_width.go:10:14
./panic_div_width.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_div_width.go:10:17:     from ... argument (spill) at ./panic_div_width.go:10:14
./panic_div_width.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_div_width.go:10:14
./panic_div_width.go:10:14: ... argument does not escape
./panic_div_width.go:10:17: a % z escapes to heap
