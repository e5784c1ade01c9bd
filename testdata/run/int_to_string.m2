./int_to_string.go:18:20: string(rune(u32)) escapes to heap:
./int_to_string.go:18:20:   flow: {storage for ... argument} = &{storage for string(rune(u32))}:
./int_to_string.go:18:20:     from string(rune(u32)) (spill) at ./int_to_string.go:18:20
./int_to_string.go:18:20:     from ... argument (slice-literal-element) at ./int_to_string.go:18:13
./int_to_string.go:18:20:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:18:20:     from ... argument (spill) at ./int_to_string.go:18:13
./int_to_string.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:18:13
./int_to_string.go:16:80: ([]byte)(string(rune(i8))) escapes to heap:
./int_to_string.go:16:80:   flow: {storage for ... argument} = &{storage for ([]byte)(string(rune(i8)))}:
./int_to_string.go:16:80:     from ([]byte)(string(rune(i8))) (spill) at ./int_to_string.go:16:80
./int_to_string.go:16:80:     from ... argument (slice-literal-element) at ./int_to_string.go:16:13
./int_to_string.go:16:80:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:16:80:     from ... argument (spill) at ./int_to_string.go:16:13
./int_to_string.go:16:80:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:16:13
./int_to_string.go:16:53: len(string(rune(u64))) escapes to heap:
./int_to_string.go:16:53:   flow: {storage for ... argument} = &{storage for len(string(rune(u64)))}:
./int_to_string.go:16:53:     from len(string(rune(u64))) (spill) at ./int_to_string.go:16:53
./int_to_string.go:16:53:     from ... argument (slice-literal-element) at ./int_to_string.go:16:13
./int_to_string.go:16:53:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:16:53:     from ... argument (spill) at ./int_to_string.go:16:13
./int_to_string.go:16:53:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:16:13
./int_to_string.go:16:37: string(rune(u16)) escapes to heap:
./int_to_string.go:16:37:   flow: {storage for ... argument} = &{storage for string(rune(u16))}:
./int_to_string.go:16:37:     from string(rune(u16)) (spill) at ./int_to_string.go:16:37
./int_to_string.go:16:37:     from ... argument (slice-literal-element) at ./int_to_string.go:16:13
./int_to_string.go:16:37:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:16:37:     from ... argument (spill) at ./int_to_string.go:16:13
./int_to_string.go:16:37:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:16:13
./int_to_string.go:16:20: string(rune(b)) escapes to heap:
./int_to_string.go:16:20:   flow: {storage for ... argument} = &{storage for string(rune(b))}:
./int_to_string.go:16:20:     from string(rune(b)) (spill) at ./int_to_string.go:16:20
./int_to_string.go:16:20:     from ... argument (slice-literal-element) at ./int_to_string.go:16:13
./int_to_string.go:16:20:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:16:20:     from ... argument (spill) at ./int_to_string.go:16:13
./int_to_string.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:16:13
./int_to_string.go:10:39: s == s2 escapes to heap:
./int_to_string.go:10:39:   flow: {storage for ... argument} = &{storage for s == s2}:
./int_to_string.go:10:39:     from s == s2 (spill) at ./int_to_string.go:10:39
./int_to_string.go:10:39:     from ... argument (slice-literal-element) at ./int_to_string.go:10:14
./int_to_string.go:10:39:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:10:39:     from ... argument (spill) at ./int_to_string.go:10:14
./int_to_string.go:10:39:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:10:14
./int_to_string.go:10:32: ([]byte)(s) escapes to heap:
./int_to_string.go:10:32:   flow: {storage for ... argument} = &{storage for ([]byte)(s)}:
./int_to_string.go:10:32:     from ([]byte)(s) (spill) at ./int_to_string.go:10:32
./int_to_string.go:10:32:     from ... argument (slice-literal-element) at ./int_to_string.go:10:14
./int_to_string.go:10:32:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:10:32:     from ... argument (spill) at ./int_to_string.go:10:14
./int_to_string.go:10:32:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:10:14
./int_to_string.go:10:21: len(s) escapes to heap:
./int_to_string.go:10:21:   flow: {storage for ... argument} = &{storage for len(s)}:
./int_to_string.go:10:21:     from len(s) (spill) at ./int_to_string.go:10:21
./int_to_string.go:10:21:     from ... argument (slice-literal-element) at ./int_to_string.go:10:14
./int_to_string.go:10:21:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:10:21:     from ... argument (spill) at ./int_to_string.go:10:14
./int_to_string.go:10:21:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:10:14
./int_to_string.go:10:14: v escapes to heap:
./int_to_string.go:10:14:   flow: {storage for ... argument} = &{storage for v}:
./int_to_string.go:10:14:     from v (spill) at ./int_to_string.go:10:14
./int_to_string.go:10:14:     from ... argument (slice-literal-element) at ./int_to_string.go:10:14
./int_to_string.go:10:14:   flow: {heap} = {storage for ... argument}:
./int_to_string.go:10:14:     from ... argument (spill) at ./int_to_string.go:10:14
./int_to_string.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./int_to_string.go:10:14
./int_to_string.go:18:20: string(rune(u32)) escapes to heap:
./int_to_string.go:18:20:   flow: {storage for string(rune(u32))} = &{storage for string(rune(u32))}:
./int_to_string.go:18:20:     from string(rune(u32)) (spill) at ./int_to_string.go:18:20
./int_to_string.go:18:20:     from string(rune(u32)) (interface-converted) at ./int_to_string.go:18:20
./int_to_string.go:16:80: ([]byte)(string(rune(i8))) escapes to heap:
./int_to_string.go:16:80:   flow: {storage for ([]byte)(string(rune(i8)))} = &{storage for ([]byte)(string(rune(i8)))}:
./int_to_string.go:16:80:     from ([]byte)(string(rune(i8))) (spill) at ./int_to_string.go:16:80
./int_to_string.go:16:80:     from ([]byte)(string(rune(i8))) (interface-converted) at ./int_to_string.go:16:80
./int_to_string.go:16:37: string(rune(u16)) escapes to heap:
./int_to_string.go:16:37:   flow: {storage for string(rune(u16))} = &{storage for string(rune(u16))}:
./int_to_string.go:16:37:     from string(rune(u16)) (spill) at ./int_to_string.go:16:37
./int_to_string.go:16:37:     from string(rune(u16)) (interface-converted) at ./int_to_string.go:16:37
./int_to_string.go:16:20: string(rune(b)) escapes to heap:
./int_to_string.go:16:20:   flow: {storage for string(rune(b))} = &{storage for string(rune(b))}:
./int_to_string.go:16:20:     from string(rune(b)) (spill) at ./int_to_string.go:16:20
./int_to_string.go:16:20:     from string(rune(b)) (interface-converted) at ./int_to_string.go:16:20
./int_to_string.go:10:32: ([]byte)(s) escapes to heap:
./int_to_string.go:10:32:   flow: {storage for ([]byte)(s)} = &{storage for ([]byte)(s)}:
./int_to_string.go:10:32:     from ([]byte)(s) (spill) at ./int_to_string.go:10:32
./int_to_string.go:10:32:     from ([]byte)(s) (interface-converted) at ./int_to_string.go:10:32
./int_to_string.go:6:17: []int64{...} does not escape
./int_to_string.go:8:14: string(rune(v)) does not escape
./int_to_string.go:9:15: string(rune(int32(v))) does not escape
./int_to_string.go:10:14: ... argument does not escape
./int_to_string.go:10:14: v escapes to heap
./int_to_string.go:10:21: len(s) escapes to heap
./int_to_string.go:10:32: ([]byte)(s) escapes to heap
./int_to_string.go:10:32: ([]byte)(s) escapes to heap
./int_to_string.go:10:39: s == s2 escapes to heap
./int_to_string.go:16:13: ... argument does not escape
./int_to_string.go:16:20: string(rune(b)) escapes to heap
./int_to_string.go:16:20: string(rune(b)) escapes to heap
./int_to_string.go:16:37: string(rune(u16)) escapes to heap
./int_to_string.go:16:37: string(rune(u16)) escapes to heap
./int_to_string.go:16:53: len(string(rune(u64))) escapes to heap
./int_to_string.go:16:60: string(rune(u64)) does not escape
./int_to_string.go:16:80: ([]byte)(string(rune(i8))) escapes to heap
./int_to_string.go:16:80: ([]byte)(string(rune(i8))) escapes to heap
./int_to_string.go:16:87: string(rune(i8)) does not escape
./int_to_string.go:18:13: ... argument does not escape
./int_to_string.go:18:20: string(rune(u32)) escapes to heap
./int_to_string.go:18:20: string(rune(u32)) escapes to heap
