./panic_slice.go:9:15: s[2:n] escapes to heap:
./panic_slice.go:9:15:   flow: {storage for ... argument} = &{storage for s[2:n]}:
./panic_slice.go:9:15:     from s[2:n] (spill) at ./panic_slice.go:9:15
./panic_slice.go:9:15:     from ... argument (slice-literal-element) at ./panic_slice.go:9:13
./panic_slice.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_slice.go:9:15:     from ... argument (spill) at ./panic_slice.go:9:13
./panic_slice.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice.go:9:13
./panic_slice.go:7:15: s[1:5] escapes to heap:
./panic_slice.go:7:15:   flow: {storage for ... argument} = &{storage for s[1:5]}:
./panic_slice.go:7:15:     from s[1:5] (spill) at ./panic_slice.go:7:15
./panic_slice.go:7:15:     from ... argument (slice-literal-element) at ./panic_slice.go:7:13
./panic_slice.go:7:15:   flow: {heap} = {storage for ... argument}:
./panic_slice.go:7:15:     from ... argument (spill) at ./panic_slice.go:7:13
./panic_slice.go:7:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice.go:7:13
./panic_slice.go:6:11: make([]int, 3, 5) escapes to heap:
./panic_slice.go:6:11:   flow: s = &{storage for make([]int, 3, 5)}:
./panic_slice.go:6:11:     from make([]int, 3, 5) (spill) at ./panic_slice.go:6:11
./panic_slice.go:6:11:     from s := make([]int, 3, 5) (assign) at ./panic_slice.go:6:4
./panic_slice.go:6:11:   flow: {storage for s[2:n]} = s:
./panic_slice.go:6:11:     from s[2:n] (slice) at ./panic_slice.go:9:15
./panic_slice.go:6:11:     from s[2:n] (interface-converted) at ./panic_slice.go:9:15
./panic_slice.go:6:11: make([]int, 3, 5) escapes to heap
./panic_slice.go:7:13: ... argument does not escape
./panic_slice.go:7:15: s[1:5] escapes to heap
./panic_slice.go:9:13: ... argument does not escape
./panic_slice.go:9:15: s[2:n] escapes to heap
