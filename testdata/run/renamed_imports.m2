./renamed_imports.go:11:31: m.MaxInt8 escapes to heap:
./renamed_imports.go:11:31:   flow: {storage for ... argument} = &{storage for m.MaxInt8}:
./renamed_imports.go:11:31:     from m.MaxInt8 (spill) at ./renamed_imports.go:11:31
./renamed_imports.go:11:31:     from ... argument (slice-literal-element) at ./renamed_imports.go:11:10
./renamed_imports.go:11:31:   flow: {heap} = {storage for ... argument}:
./renamed_imports.go:11:31:     from ... argument (spill) at ./renamed_imports.go:11:10
./renamed_imports.go:11:31:     from fmt.Printf("%.3f %v\n", ... argument...) (call parameter) at ./renamed_imports.go:11:10
./renamed_imports.go:11:25: m.Pi escapes to heap:
./renamed_imports.go:11:25:   flow: {storage for ... argument} = &{storage for m.Pi}:
./renamed_imports.go:11:25:     from m.Pi (spill) at ./renamed_imports.go:11:25
./renamed_imports.go:11:25:     from ... argument (slice-literal-element) at ./renamed_imports.go:11:10
./renamed_imports.go:11:25:   flow: {heap} = {storage for ... argument}:
./renamed_imports.go:11:25:     from ... argument (spill) at ./renamed_imports.go:11:10
./renamed_imports.go:11:25:     from fmt.Printf("%.3f %v\n", ... argument...) (call parameter) at ./renamed_imports.go:11:10
./renamed_imports.go:10:30: math.Floor(x * 10) escapes to heap:
./renamed_imports.go:10:30:   flow: {storage for ... argument} = &{storage for math.Floor(x * 10)}:
./renamed_imports.go:10:30:     from math.Floor(x * 10) (spill) at ./renamed_imports.go:10:30
./renamed_imports.go:10:30:     from ... argument (slice-literal-element) at ./renamed_imports.go:10:11
./renamed_imports.go:10:30:   flow: {heap} = {storage for ... argument}:
./renamed_imports.go:10:30:     from ... argument (spill) at ./renamed_imports.go:10:11
./renamed_imports.go:10:30:     from fmt.Println(... argument...) (call parameter) at ./renamed_imports.go:10:11
./renamed_imports.go:10:12: x escapes to heap:
./renamed_imports.go:10:12:   flow: {storage for ... argument} = &{storage for x}:
./renamed_imports.go:10:12:     from x (spill) at ./renamed_imports.go:10:12
./renamed_imports.go:10:12:     from ... argument (slice-literal-element) at ./renamed_imports.go:10:11
./renamed_imports.go:10:12:   flow: {heap} = {storage for ... argument}:
./renamed_imports.go:10:12:     from ... argument (spill) at ./renamed_imports.go:10:11
./renamed_imports.go:10:12:     from fmt.Println(... argument...) (call parameter) at ./renamed_imports.go:10:11
./renamed_imports.go:10:12: "root" escapes to heap:
./renamed_imports.go:10:12:   flow: {storage for ... argument} = &{storage for "root"}:
./renamed_imports.go:10:12:     from "root" (spill) at ./renamed_imports.go:10:12
./renamed_imports.go:10:12:     from ... argument (slice-literal-element) at ./renamed_imports.go:10:11
./renamed_imports.go:10:12:   flow: {heap} = {storage for ... argument}:
./renamed_imports.go:10:12:     from ... argument (spill) at ./renamed_imports.go:10:11
./renamed_imports.go:10:12:     from fmt.Println(... argument...) (call parameter) at ./renamed_imports.go:10:11
./renamed_imports.go:10:11: ... argument does not escape
./renamed_imports.go:10:12: "root" escapes to heap
./renamed_imports.go:10:12: x escapes to heap
./renamed_imports.go:10:30: math.Floor(x * 10) escapes to heap
./renamed_imports.go:11:10: ... argument does not escape
./renamed_imports.go:11:25: m.Pi escapes to heap
./renamed_imports.go:11:31: m.MaxInt8 escapes to heap
