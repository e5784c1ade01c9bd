./map_nil_write.go:15:14: "unreachable" escapes to heap:
./map_nil_write.go:15:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./map_nil_write.go:15:14:     from "unreachable" (spill) at ./map_nil_write.go:15:14
./map_nil_write.go:15:14:     from ... argument (slice-literal-element) at ./map_nil_write.go:15:13
./map_nil_write.go:15:14:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:15:14:     from ... argument (spill) at ./map_nil_write.go:15:13
./map_nil_write.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:15:13
./map_nil_write.go:12:14: v escapes to heap:
./map_nil_write.go:12:14:   flow: {storage for ... argument} = &{storage for v}:
./map_nil_write.go:12:14:     from v (spill) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14:     from ... argument (slice-literal-element) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:12:14:     from ... argument (spill) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14: k escapes to heap:
./map_nil_write.go:12:14:   flow: {storage for ... argument} = &{storage for k}:
./map_nil_write.go:12:14:     from k (spill) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14:     from ... argument (slice-literal-element) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:12:14:     from ... argument (spill) at ./map_nil_write.go:12:14
./map_nil_write.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:12:14
./map_nil_write.go:9:13: ok escapes to heap:
./map_nil_write.go:9:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_nil_write.go:9:13:     from ok (spill) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13:     from ... argument (slice-literal-element) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:9:13:     from ... argument (spill) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13: v escapes to heap:
./map_nil_write.go:9:13:   flow: {storage for ... argument} = &{storage for v}:
./map_nil_write.go:9:13:     from v (spill) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13:     from ... argument (slice-literal-element) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:9:13:     from ... argument (spill) at ./map_nil_write.go:9:13
./map_nil_write.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:9:13
./map_nil_write.go:7:33: m["a"] escapes to heap:
./map_nil_write.go:7:33:   flow: {storage for ... argument} = &{storage for m["a"]}:
./map_nil_write.go:7:33:     from m["a"] (spill) at ./map_nil_write.go:7:33
./map_nil_write.go:7:33:     from ... argument (slice-literal-element) at ./map_nil_write.go:7:13
./map_nil_write.go:7:33:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:7:33:     from ... argument (spill) at ./map_nil_write.go:7:13
./map_nil_write.go:7:33:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:7:13
./map_nil_write.go:7:27: len(m) escapes to heap:
./map_nil_write.go:7:27:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_nil_write.go:7:27:     from len(m) (spill) at ./map_nil_write.go:7:27
./map_nil_write.go:7:27:     from ... argument (slice-literal-element) at ./map_nil_write.go:7:13
./map_nil_write.go:7:27:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:7:27:     from ... argument (spill) at ./map_nil_write.go:7:13
./map_nil_write.go:7:27:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:7:13
./map_nil_write.go:7:16: m == nil escapes to heap:
./map_nil_write.go:7:16:   flow: {storage for ... argument} = &{storage for m == nil}:
./map_nil_write.go:7:16:     from m == nil (spill) at ./map_nil_write.go:7:16
./map_nil_write.go:7:16:     from ... argument (slice-literal-element) at ./map_nil_write.go:7:13
./map_nil_write.go:7:16:   flow: {heap} = {storage for ... argument}:
./map_nil_write.go:7:16:     from ... argument (spill) at ./map_nil_write.go:7:13
./map_nil_write.go:7:16:     from fmt.Println(... argument...) (call parameter) at ./map_nil_write.go:7:13
./map_nil_write.go:7:13: ... argument does not escape
./map_nil_write.go:7:16: m == nil escapes to heap
./map_nil_write.go:7:27: len(m) escapes to heap
./map_nil_write.go:7:33: m["a"] escapes to heap
./map_nil_write.go:9:13: ... argument does not escape
./map_nil_write.go:9:13: v escapes to heap
./map_nil_write.go:9:13: ok escapes to heap
./map_nil_write.go:12:14: ... argument does not escape
./map_nil_write.go:12:14: k escapes to heap
./map_nil_write.go:12:14: v escapes to heap
./map_nil_write.go:15:13: ... argument does not escape
./map_nil_write.go:15:14: "unreachable" escapes to heap
