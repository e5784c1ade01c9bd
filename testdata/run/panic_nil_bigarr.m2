./panic_nil_bigarr.go:8:14: "start" escapes to heap:
./panic_nil_bigarr.go:8:14:   flow: {storage for ... argument} = &{storage for "start"}:
./panic_nil_bigarr.go:8:14:     from "start" (spill) at ./panic_nil_bigarr.go:8:14
./panic_nil_bigarr.go:8:14:     from ... argument (slice-literal-element) at ./panic_nil_bigarr.go:8:13
./panic_nil_bigarr.go:8:14:   flow: {heap} = {storage for ... argument}:
./panic_nil_bigarr.go:8:14:     from ... argument (spill) at ./panic_nil_bigarr.go:8:13
./panic_nil_bigarr.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_bigarr.go:8:13
./panic_nil_bigarr.go:8:13: ... argument does not escape
./panic_nil_bigarr.go:8:14: "start" escapes to heap
