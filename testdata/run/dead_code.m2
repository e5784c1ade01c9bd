./dead_code.go:20:3: y escapes to heap:
./dead_code.go:20:3:   flow: {heap} = &y:
./dead_code.go:20:3:     from &y (address-of) at ./dead_code.go:21:10
./dead_code.go:20:3:     from &y (interface-converted) at ./dead_code.go:21:3
./dead_code.go:20:3:     from sink = &y (assign) at ./dead_code.go:21:8
./dead_code.go:30:14: z escapes to heap:
./dead_code.go:30:14:   flow: {storage for ... argument} = &{storage for z}:
./dead_code.go:30:14:     from z (spill) at ./dead_code.go:30:14
./dead_code.go:30:14:     from ... argument (slice-literal-element) at ./dead_code.go:30:14
./dead_code.go:30:14:   flow: {heap} = {storage for ... argument}:
./dead_code.go:30:14:     from ... argument (spill) at ./dead_code.go:30:14
./dead_code.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./dead_code.go:30:14
./dead_code.go:20:3: moved to heap: y
./dead_code.go:30:14: ... argument does not escape
./dead_code.go:30:14: z escapes to heap
./dead_code.go:42:9: n escapes to heap:
./dead_code.go:42:9:   flow: {heap} = &{storage for n}:
./dead_code.go:42:9:     from n (spill) at ./dead_code.go:42:9
./dead_code.go:42:9:     from panic(n) (call parameter) at ./dead_code.go:42:8
./dead_code.go:42:9: n escapes to heap
./dead_code.go:60:2: k escapes to heap:
./dead_code.go:60:2:   flow: {heap} = &k:
./dead_code.go:60:2:     from &k (address-of) at ./dead_code.go:61:9
./dead_code.go:60:2:     from &k (interface-converted) at ./dead_code.go:61:2
./dead_code.go:60:2:     from sink = &k (assign) at ./dead_code.go:61:7
./dead_code.go:60:2: moved to heap: k
./dead_code.go:69:21: h(1) escapes to heap:
./dead_code.go:69:21:   flow: {storage for ... argument} = &{storage for h(1)}:
./dead_code.go:69:21:     from h(1) (spill) at ./dead_code.go:69:21
./dead_code.go:69:21:     from ... argument (slice-literal-element) at ./dead_code.go:69:13
./dead_code.go:69:21:   flow: {heap} = {storage for ... argument}:
./dead_code.go:69:21:     from ... argument (spill) at ./dead_code.go:69:13
./dead_code.go:69:21:     from fmt.Println(... argument...) (call parameter) at ./dead_code.go:69:13
./dead_code.go:69:15: f(3) escapes to heap:
./dead_code.go:69:15:   flow: {storage for ... argument} = &{storage for f(3)}:
./dead_code.go:69:15:     from f(3) (spill) at ./dead_code.go:69:15
./dead_code.go:69:15:     from ... argument (slice-literal-element) at ./dead_code.go:69:13
./dead_code.go:69:15:   flow: {heap} = {storage for ... argument}:
./dead_code.go:69:15:     from ... argument (spill) at ./dead_code.go:69:13
./dead_code.go:69:15:     from fmt.Println(... argument...) (call parameter) at ./dead_code.go:69:13
./dead_code.go:69:13: ... argument does not escape
./dead_code.go:69:15: f(3) escapes to heap
./dead_code.go:69:21: h(1) escapes to heap
