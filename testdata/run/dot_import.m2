./dot_import.go:10:17: 3 escapes to heap:
./dot_import.go:10:17:   flow: {storage for ... argument} = &{storage for 3}:
./dot_import.go:10:17:     from 3 (spill) at ./dot_import.go:10:17
./dot_import.go:10:17:     from ... argument (slice-literal-element) at ./dot_import.go:10:8
./dot_import.go:10:17:   flow: {heap} = {storage for ... argument}:
./dot_import.go:10:17:     from ... argument (spill) at ./dot_import.go:10:8
./dot_import.go:10:17:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./dot_import.go:10:8
./dot_import.go:9:22: math.Sqrt(4) escapes to heap:
./dot_import.go:9:22:   flow: {storage for ... argument} = &{storage for math.Sqrt(4)}:
./dot_import.go:9:22:     from math.Sqrt(4) (spill) at ./dot_import.go:9:22
./dot_import.go:9:22:     from ... argument (slice-literal-element) at ./dot_import.go:9:9
./dot_import.go:9:22:   flow: {heap} = {storage for ... argument}:
./dot_import.go:9:22:     from ... argument (spill) at ./dot_import.go:9:9
./dot_import.go:9:22:     from fmt.Println(... argument...) (call parameter) at ./dot_import.go:9:9
./dot_import.go:9:10: "hi" escapes to heap:
./dot_import.go:9:10:   flow: {storage for ... argument} = &{storage for "hi"}:
./dot_import.go:9:10:     from "hi" (spill) at ./dot_import.go:9:10
./dot_import.go:9:10:     from ... argument (slice-literal-element) at ./dot_import.go:9:9
./dot_import.go:9:10:   flow: {heap} = {storage for ... argument}:
./dot_import.go:9:10:     from ... argument (spill) at ./dot_import.go:9:9
./dot_import.go:9:10:     from fmt.Println(... argument...) (call parameter) at ./dot_import.go:9:9
./dot_import.go:9:9: ... argument does not escape
./dot_import.go:9:10: "hi" escapes to heap
./dot_import.go:9:22: math.Sqrt(4) escapes to heap
./dot_import.go:10:8: ... argument does not escape
./dot_import.go:10:17: 3 escapes to heap
