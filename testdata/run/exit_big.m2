./exit_big.go:9:14: "bye" escapes to heap:
./exit_big.go:9:14:   flow: {storage for ... argument} = &{storage for "bye"}:
./exit_big.go:9:14:     from "bye" (spill) at ./exit_big.go:9:14
./exit_big.go:9:14:     from ... argument (slice-literal-element) at ./exit_big.go:9:13
./exit_big.go:9:14:   flow: {heap} = {storage for ... argument}:
./exit_big.go:9:14:     from ... argument (spill) at ./exit_big.go:9:13
./exit_big.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./exit_big.go:9:13
./exit_big.go:9:13: ... argument does not escape
./exit_big.go:9:14: "bye" escapes to heap
