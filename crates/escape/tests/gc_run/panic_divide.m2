./panic_divide.go:11:17: div(1, 0) escapes to heap:
./panic_divide.go:11:17:   flow: {storage for ... argument} = &{storage for div(1, 0)}:
./panic_divide.go:11:17:     from div(1, 0) (spill) at ./panic_divide.go:11:17
./panic_divide.go:11:17:     from ... argument (slice-literal-element) at ./panic_divide.go:11:13
./panic_divide.go:11:17:   flow: {heap} = {storage for ... argument}:
./panic_divide.go:11:17:     from ... argument (spill) at ./panic_divide.go:11:13
./panic_divide.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./panic_divide.go:11:13
./panic_divide.go:10:17: div(10, 3) escapes to heap:
./panic_divide.go:10:17:   flow: {storage for ... argument} = &{storage for div(10, 3)}:
./panic_divide.go:10:17:     from div(10, 3) (spill) at ./panic_divide.go:10:17
./panic_divide.go:10:17:     from ... argument (slice-literal-element) at ./panic_divide.go:10:13
./panic_divide.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_divide.go:10:17:     from ... argument (spill) at ./panic_divide.go:10:13
./panic_divide.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_divide.go:10:13
./panic_divide.go:10:13: ... argument does not escape
./panic_divide.go:10:17: div(10, 3) escapes to heap
./panic_divide.go:11:13: ... argument does not escape
./panic_divide.go:11:17: div(1, 0) escapes to heap
