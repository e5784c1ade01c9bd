./conv_strings.go:7:44: ([]rune)(s) escapes to heap:
./conv_strings.go:7:44:   flow: ~r0 = &{storage for ([]rune)(s)}:
./conv_strings.go:7:44:     from ([]rune)(s) (spill) at ./conv_strings.go:7:44
./conv_strings.go:7:44:     from return ([]rune)(s) (return) at ./conv_strings.go:7:31
./conv_strings.go:7:12: s does not escape
./conv_strings.go:7:44: ([]rune)(s) escapes to heap
./conv_strings.go:9:46: ([]byte)(s) escapes to heap:
./conv_strings.go:9:46:   flow: ~r0 = &{storage for ([]byte)(s)}:
./conv_strings.go:9:46:     from ([]byte)(s) (spill) at ./conv_strings.go:9:46
./conv_strings.go:9:46:     from return ([]byte)(s) (return) at ./conv_strings.go:9:33
./conv_strings.go:9:14: s does not escape
./conv_strings.go:9:46: ([]byte)(s) escapes to heap
./conv_strings.go:44:44: ([]rune)(nm) escapes to heap:
./conv_strings.go:44:44:   flow: {storage for ... argument} = &{storage for ([]rune)(nm)}:
./conv_strings.go:44:44:     from ([]rune)(nm) (spill) at ./conv_strings.go:44:44
./conv_strings.go:44:44:     from ... argument (slice-literal-element) at ./conv_strings.go:44:13
./conv_strings.go:44:44:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:44:44:     from ... argument (spill) at ./conv_strings.go:44:13
./conv_strings.go:44:44:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:44:13
./conv_strings.go:44:32: string(nm) escapes to heap:
./conv_strings.go:44:32:   flow: {storage for ... argument} = &{storage for string(nm)}:
./conv_strings.go:44:32:     from string(nm) (spill) at ./conv_strings.go:44:32
./conv_strings.go:44:32:     from ... argument (slice-literal-element) at ./conv_strings.go:44:13
./conv_strings.go:44:32:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:44:32:     from ... argument (spill) at ./conv_strings.go:44:13
./conv_strings.go:44:32:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:44:13
./conv_strings.go:44:20: ([]byte)(nm) escapes to heap:
./conv_strings.go:44:20:   flow: {storage for ... argument} = &{storage for ([]byte)(nm)}:
./conv_strings.go:44:20:     from ([]byte)(nm) (spill) at ./conv_strings.go:44:20
./conv_strings.go:44:20:     from ... argument (slice-literal-element) at ./conv_strings.go:44:13
./conv_strings.go:44:20:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:44:20:     from ... argument (spill) at ./conv_strings.go:44:13
./conv_strings.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:44:13
./conv_strings.go:42:50: cap(bs[1:3]) escapes to heap:
./conv_strings.go:42:50:   flow: {storage for ... argument} = &{storage for cap(bs[1:3])}:
./conv_strings.go:42:50:     from cap(bs[1:3]) (spill) at ./conv_strings.go:42:50
./conv_strings.go:42:50:     from ... argument (slice-literal-element) at ./conv_strings.go:42:13
./conv_strings.go:42:50:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:42:50:     from ... argument (spill) at ./conv_strings.go:42:13
./conv_strings.go:42:50:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:42:13
./conv_strings.go:42:36: string(bs[1:3]) escapes to heap:
./conv_strings.go:42:36:   flow: {storage for ... argument} = &{storage for string(bs[1:3])}:
./conv_strings.go:42:36:     from string(bs[1:3]) (spill) at ./conv_strings.go:42:36
./conv_strings.go:42:36:     from ... argument (slice-literal-element) at ./conv_strings.go:42:13
./conv_strings.go:42:36:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:42:36:     from ... argument (spill) at ./conv_strings.go:42:13
./conv_strings.go:42:36:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:42:13
./conv_strings.go:42:24: string(bs) escapes to heap:
./conv_strings.go:42:24:   flow: {storage for ... argument} = &{storage for string(bs)}:
./conv_strings.go:42:24:     from string(bs) (spill) at ./conv_strings.go:42:24
./conv_strings.go:42:24:     from ... argument (slice-literal-element) at ./conv_strings.go:42:13
./conv_strings.go:42:24:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:42:24:     from ... argument (spill) at ./conv_strings.go:42:13
./conv_strings.go:42:24:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:42:13
./conv_strings.go:42:13: bs escapes to heap:
./conv_strings.go:42:13:   flow: {storage for ... argument} = &{storage for bs}:
./conv_strings.go:42:13:     from bs (spill) at ./conv_strings.go:42:13
./conv_strings.go:42:13:     from ... argument (slice-literal-element) at ./conv_strings.go:42:13
./conv_strings.go:42:13:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:42:13:     from ... argument (spill) at ./conv_strings.go:42:13
./conv_strings.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:42:13
./conv_strings.go:39:54: ([]byte)(s[:0]) == nil escapes to heap:
./conv_strings.go:39:54:   flow: {storage for ... argument} = &{storage for ([]byte)(s[:0]) == nil}:
./conv_strings.go:39:54:     from ([]byte)(s[:0]) == nil (spill) at ./conv_strings.go:39:54
./conv_strings.go:39:54:     from ... argument (slice-literal-element) at ./conv_strings.go:39:13
./conv_strings.go:39:54:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:39:54:     from ... argument (spill) at ./conv_strings.go:39:13
./conv_strings.go:39:54:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:39:13
./conv_strings.go:39:35: cap(e) escapes to heap:
./conv_strings.go:39:35:   flow: {storage for ... argument} = &{storage for cap(e)}:
./conv_strings.go:39:35:     from cap(e) (spill) at ./conv_strings.go:39:35
./conv_strings.go:39:35:     from ... argument (slice-literal-element) at ./conv_strings.go:39:13
./conv_strings.go:39:35:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:39:35:     from ... argument (spill) at ./conv_strings.go:39:13
./conv_strings.go:39:35:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:39:13
./conv_strings.go:39:27: len(e) escapes to heap:
./conv_strings.go:39:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./conv_strings.go:39:27:     from len(e) (spill) at ./conv_strings.go:39:27
./conv_strings.go:39:27:     from ... argument (slice-literal-element) at ./conv_strings.go:39:13
./conv_strings.go:39:27:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:39:27:     from ... argument (spill) at ./conv_strings.go:39:13
./conv_strings.go:39:27:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:39:13
./conv_strings.go:39:16: e == nil escapes to heap:
./conv_strings.go:39:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./conv_strings.go:39:16:     from e == nil (spill) at ./conv_strings.go:39:16
./conv_strings.go:39:16:     from ... argument (slice-literal-element) at ./conv_strings.go:39:13
./conv_strings.go:39:16:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:39:16:     from ... argument (spill) at ./conv_strings.go:39:13
./conv_strings.go:39:16:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:39:13
./conv_strings.go:37:16: p == nil escapes to heap:
./conv_strings.go:37:16:   flow: {storage for ... argument} = &{storage for p == nil}:
./conv_strings.go:37:16:     from p == nil (spill) at ./conv_strings.go:37:16
./conv_strings.go:37:16:     from ... argument (slice-literal-element) at ./conv_strings.go:37:13
./conv_strings.go:37:16:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:37:16:     from ... argument (spill) at ./conv_strings.go:37:13
./conv_strings.go:37:16:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:37:13
./conv_strings.go:35:52: ([]int)(nil) == nil escapes to heap:
./conv_strings.go:35:52:   flow: {storage for ... argument} = &{storage for ([]int)(nil) == nil}:
./conv_strings.go:35:52:     from ([]int)(nil) == nil (spill) at ./conv_strings.go:35:52
./conv_strings.go:35:52:     from ... argument (slice-literal-element) at ./conv_strings.go:35:13
./conv_strings.go:35:52:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:35:52:     from ... argument (spill) at ./conv_strings.go:35:13
./conv_strings.go:35:52:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:35:13
./conv_strings.go:35:36: cap(z) escapes to heap:
./conv_strings.go:35:36:   flow: {storage for ... argument} = &{storage for cap(z)}:
./conv_strings.go:35:36:     from cap(z) (spill) at ./conv_strings.go:35:36
./conv_strings.go:35:36:     from ... argument (slice-literal-element) at ./conv_strings.go:35:13
./conv_strings.go:35:36:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:35:36:     from ... argument (spill) at ./conv_strings.go:35:13
./conv_strings.go:35:36:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:35:13
./conv_strings.go:35:28: len(z) escapes to heap:
./conv_strings.go:35:28:   flow: {storage for ... argument} = &{storage for len(z)}:
./conv_strings.go:35:28:     from len(z) (spill) at ./conv_strings.go:35:28
./conv_strings.go:35:28:     from ... argument (slice-literal-element) at ./conv_strings.go:35:13
./conv_strings.go:35:28:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:35:28:     from ... argument (spill) at ./conv_strings.go:35:13
./conv_strings.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:35:13
./conv_strings.go:35:17: ns == nil escapes to heap:
./conv_strings.go:35:17:   flow: {storage for ... argument} = &{storage for ns == nil}:
./conv_strings.go:35:17:     from ns == nil (spill) at ./conv_strings.go:35:17
./conv_strings.go:35:17:     from ... argument (slice-literal-element) at ./conv_strings.go:35:13
./conv_strings.go:35:17:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:35:17:     from ... argument (spill) at ./conv_strings.go:35:13
./conv_strings.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:35:13
./conv_strings.go:32:29: len(string(r2)) escapes to heap:
./conv_strings.go:32:29:   flow: {storage for ... argument} = &{storage for len(string(r2))}:
./conv_strings.go:32:29:     from len(string(r2)) (spill) at ./conv_strings.go:32:29
./conv_strings.go:32:29:     from ... argument (slice-literal-element) at ./conv_strings.go:32:13
./conv_strings.go:32:29:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:32:29:     from ... argument (spill) at ./conv_strings.go:32:13
./conv_strings.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:32:13
./conv_strings.go:32:20: string(r2) escapes to heap:
./conv_strings.go:32:20:   flow: {storage for ... argument} = &{storage for string(r2)}:
./conv_strings.go:32:20:     from string(r2) (spill) at ./conv_strings.go:32:20
./conv_strings.go:32:20:     from ... argument (slice-literal-element) at ./conv_strings.go:32:13
./conv_strings.go:32:20:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:32:20:     from ... argument (spill) at ./conv_strings.go:32:13
./conv_strings.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:32:13
./conv_strings.go:29:26: cap(r3) escapes to heap:
./conv_strings.go:29:26:   flow: {storage for ... argument} = &{storage for cap(r3)}:
./conv_strings.go:29:26:     from cap(r3) (spill) at ./conv_strings.go:29:26
./conv_strings.go:29:26:     from ... argument (slice-literal-element) at ./conv_strings.go:29:13
./conv_strings.go:29:26:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:29:26:     from ... argument (spill) at ./conv_strings.go:29:13
./conv_strings.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:29:13
./conv_strings.go:29:17: len(r3) escapes to heap:
./conv_strings.go:29:17:   flow: {storage for ... argument} = &{storage for len(r3)}:
./conv_strings.go:29:17:     from len(r3) (spill) at ./conv_strings.go:29:17
./conv_strings.go:29:17:     from ... argument (slice-literal-element) at ./conv_strings.go:29:13
./conv_strings.go:29:17:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:29:17:     from ... argument (spill) at ./conv_strings.go:29:13
./conv_strings.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:29:13
./conv_strings.go:27:42: string(r2) escapes to heap:
./conv_strings.go:27:42:   flow: {storage for ... argument} = &{storage for string(r2)}:
./conv_strings.go:27:42:     from string(r2) (spill) at ./conv_strings.go:27:42
./conv_strings.go:27:42:     from ... argument (slice-literal-element) at ./conv_strings.go:27:13
./conv_strings.go:27:42:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:27:42:     from ... argument (spill) at ./conv_strings.go:27:13
./conv_strings.go:27:42:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:27:13
./conv_strings.go:27:30: cap(r2) escapes to heap:
./conv_strings.go:27:30:   flow: {storage for ... argument} = &{storage for cap(r2)}:
./conv_strings.go:27:30:     from cap(r2) (spill) at ./conv_strings.go:27:30
./conv_strings.go:27:30:     from ... argument (slice-literal-element) at ./conv_strings.go:27:13
./conv_strings.go:27:30:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:27:30:     from ... argument (spill) at ./conv_strings.go:27:13
./conv_strings.go:27:30:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:27:13
./conv_strings.go:27:21: len(r2) escapes to heap:
./conv_strings.go:27:21:   flow: {storage for ... argument} = &{storage for len(r2)}:
./conv_strings.go:27:21:     from len(r2) (spill) at ./conv_strings.go:27:21
./conv_strings.go:27:21:     from ... argument (slice-literal-element) at ./conv_strings.go:27:13
./conv_strings.go:27:21:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:27:21:     from ... argument (spill) at ./conv_strings.go:27:13
./conv_strings.go:27:21:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:27:13
./conv_strings.go:27:13: r2 escapes to heap:
./conv_strings.go:27:13:   flow: {storage for ... argument} = &{storage for r2}:
./conv_strings.go:27:13:     from r2 (spill) at ./conv_strings.go:27:13
./conv_strings.go:27:13:     from ... argument (slice-literal-element) at ./conv_strings.go:27:13
./conv_strings.go:27:13:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:27:13:     from ... argument (spill) at ./conv_strings.go:27:13
./conv_strings.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:27:13
./conv_strings.go:21:42: string(b4) escapes to heap:
./conv_strings.go:21:42:   flow: {storage for ... argument} = &{storage for string(b4)}:
./conv_strings.go:21:42:     from string(b4) (spill) at ./conv_strings.go:21:42
./conv_strings.go:21:42:     from ... argument (slice-literal-element) at ./conv_strings.go:21:13
./conv_strings.go:21:42:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:21:42:     from ... argument (spill) at ./conv_strings.go:21:13
./conv_strings.go:21:42:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:21:13
./conv_strings.go:21:30: cap(b4) escapes to heap:
./conv_strings.go:21:30:   flow: {storage for ... argument} = &{storage for cap(b4)}:
./conv_strings.go:21:30:     from cap(b4) (spill) at ./conv_strings.go:21:30
./conv_strings.go:21:30:     from ... argument (slice-literal-element) at ./conv_strings.go:21:13
./conv_strings.go:21:30:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:21:30:     from ... argument (spill) at ./conv_strings.go:21:13
./conv_strings.go:21:30:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:21:13
./conv_strings.go:21:21: len(b4) escapes to heap:
./conv_strings.go:21:21:   flow: {storage for ... argument} = &{storage for len(b4)}:
./conv_strings.go:21:21:     from len(b4) (spill) at ./conv_strings.go:21:21
./conv_strings.go:21:21:     from ... argument (slice-literal-element) at ./conv_strings.go:21:13
./conv_strings.go:21:21:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:21:21:     from ... argument (spill) at ./conv_strings.go:21:13
./conv_strings.go:21:21:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:21:13
./conv_strings.go:21:13: b4 escapes to heap:
./conv_strings.go:21:13:   flow: {storage for ... argument} = &{storage for b4}:
./conv_strings.go:21:13:     from b4 (spill) at ./conv_strings.go:21:13
./conv_strings.go:21:13:     from ... argument (slice-literal-element) at ./conv_strings.go:21:13
./conv_strings.go:21:13:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:21:13:     from ... argument (spill) at ./conv_strings.go:21:13
./conv_strings.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:21:13
./conv_strings.go:19:21: cap(b3) escapes to heap:
./conv_strings.go:19:21:   flow: {storage for ... argument} = &{storage for cap(b3)}:
./conv_strings.go:19:21:     from cap(b3) (spill) at ./conv_strings.go:19:21
./conv_strings.go:19:21:     from ... argument (slice-literal-element) at ./conv_strings.go:19:13
./conv_strings.go:19:21:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:19:21:     from ... argument (spill) at ./conv_strings.go:19:13
./conv_strings.go:19:21:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:19:13
./conv_strings.go:19:13: b3 escapes to heap:
./conv_strings.go:19:13:   flow: {storage for ... argument} = &{storage for b3}:
./conv_strings.go:19:13:     from b3 (spill) at ./conv_strings.go:19:13
./conv_strings.go:19:13:     from ... argument (slice-literal-element) at ./conv_strings.go:19:13
./conv_strings.go:19:13:   flow: {heap} = {storage for ... argument}:
./conv_strings.go:19:13:     from ... argument (spill) at ./conv_strings.go:19:13
./conv_strings.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./conv_strings.go:19:13
./conv_strings.go:44:44: ([]rune)(nm) escapes to heap:
./conv_strings.go:44:44:   flow: {storage for ([]rune)(nm)} = &{storage for ([]rune)(nm)}:
./conv_strings.go:44:44:     from ([]rune)(nm) (spill) at ./conv_strings.go:44:44
./conv_strings.go:44:44:     from ([]rune)(nm) (interface-converted) at ./conv_strings.go:44:44
./conv_strings.go:44:20: ([]byte)(nm) escapes to heap:
./conv_strings.go:44:20:   flow: {storage for ([]byte)(nm)} = &{storage for ([]byte)(nm)}:
./conv_strings.go:44:20:     from ([]byte)(nm) (spill) at ./conv_strings.go:44:20
./conv_strings.go:44:20:     from ([]byte)(nm) (interface-converted) at ./conv_strings.go:44:20
./conv_strings.go:42:36: string(bs[1:3]) escapes to heap:
./conv_strings.go:42:36:   flow: {storage for string(bs[1:3])} = &{storage for string(bs[1:3])}:
./conv_strings.go:42:36:     from string(bs[1:3]) (spill) at ./conv_strings.go:42:36
./conv_strings.go:42:36:     from string(bs[1:3]) (interface-converted) at ./conv_strings.go:42:36
./conv_strings.go:42:24: string(bs) escapes to heap:
./conv_strings.go:42:24:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./conv_strings.go:42:24:     from string(bs) (spill) at ./conv_strings.go:42:24
./conv_strings.go:42:24:     from string(bs) (interface-converted) at ./conv_strings.go:42:24
./conv_strings.go:40:14: ([]byte)("hello") escapes to heap:
./conv_strings.go:40:14:   flow: bs = &{storage for ([]byte)("hello")}:
./conv_strings.go:40:14:     from ([]byte)("hello") (spill) at ./conv_strings.go:40:14
./conv_strings.go:40:14:     from bs := ([]byte)("hello") (assign) at ./conv_strings.go:40:5
./conv_strings.go:40:14:   flow: {storage for bs} = bs:
./conv_strings.go:40:14:     from bs (interface-converted) at ./conv_strings.go:42:13
./conv_strings.go:32:20: string(r2) escapes to heap:
./conv_strings.go:32:20:   flow: {storage for string(r2)} = &{storage for string(r2)}:
./conv_strings.go:32:20:     from string(r2) (spill) at ./conv_strings.go:32:20
./conv_strings.go:32:20:     from string(r2) (interface-converted) at ./conv_strings.go:32:20
./conv_strings.go:27:42: string(r2) escapes to heap:
./conv_strings.go:27:42:   flow: {storage for string(r2)} = &{storage for string(r2)}:
./conv_strings.go:27:42:     from string(r2) (spill) at ./conv_strings.go:27:42
./conv_strings.go:27:42:     from string(r2) (interface-converted) at ./conv_strings.go:27:42
./conv_strings.go:21:42: string(b4) escapes to heap:
./conv_strings.go:21:42:   flow: {storage for string(b4)} = &{storage for string(b4)}:
./conv_strings.go:21:42:     from string(b4) (spill) at ./conv_strings.go:21:42
./conv_strings.go:21:42:     from string(b4) (interface-converted) at ./conv_strings.go:21:42
./conv_strings.go:18:14: ([]byte)("xyz") escapes to heap:
./conv_strings.go:18:14:   flow: b3 = &{storage for ([]byte)("xyz")}:
./conv_strings.go:18:14:     from ([]byte)("xyz") (spill) at ./conv_strings.go:18:14
./conv_strings.go:18:14:     from b3 := ([]byte)("xyz") (assign) at ./conv_strings.go:18:5
./conv_strings.go:18:14:   flow: {storage for b3} = b3:
./conv_strings.go:18:14:     from b3 (interface-converted) at ./conv_strings.go:19:13
./conv_strings.go:13:13: ([]byte)(s) does not escape
./conv_strings.go:16:14: ([]byte)("hello world, this is a long string of 40b") does not escape
./conv_strings.go:18:14: ([]byte)("xyz") escapes to heap
./conv_strings.go:19:13: ... argument does not escape
./conv_strings.go:19:13: b3 escapes to heap
./conv_strings.go:19:21: cap(b3) escapes to heap
./conv_strings.go:21:13: ... argument does not escape
./conv_strings.go:21:13: b4 escapes to heap
./conv_strings.go:21:21: len(b4) escapes to heap
./conv_strings.go:21:30: cap(b4) escapes to heap
./conv_strings.go:21:42: string(b4) escapes to heap
./conv_strings.go:21:42: string(b4) escapes to heap
./conv_strings.go:22:14: ([]byte)(s + s + s + s + s + s + s + s + s + s + s + s) does not escape
./conv_strings.go:22:57: s + s + s + s + s + s + s + s + s + s + s + s does not escape
./conv_strings.go:24:13: []rune{...} does not escape
./conv_strings.go:27:13: ... argument does not escape
./conv_strings.go:27:13: r2 escapes to heap
./conv_strings.go:27:21: len(r2) escapes to heap
./conv_strings.go:27:30: cap(r2) escapes to heap
./conv_strings.go:27:42: string(r2) escapes to heap
./conv_strings.go:27:42: string(r2) escapes to heap
./conv_strings.go:28:56: s + s + s + s + s + s + s + s + s + s + s + s does not escape
./conv_strings.go:29:13: ... argument does not escape
./conv_strings.go:29:17: len(r3) escapes to heap
./conv_strings.go:29:26: cap(r3) escapes to heap
./conv_strings.go:32:13: ... argument does not escape
./conv_strings.go:32:20: string(r2) escapes to heap
./conv_strings.go:32:20: string(r2) escapes to heap
./conv_strings.go:32:29: len(string(r2)) escapes to heap
./conv_strings.go:32:36: string(r2) does not escape
./conv_strings.go:34:32: make([]int16, 13) does not escape
./conv_strings.go:35:13: ... argument does not escape
./conv_strings.go:35:17: ns == nil escapes to heap
./conv_strings.go:35:28: len(z) escapes to heap
./conv_strings.go:35:36: cap(z) escapes to heap
./conv_strings.go:35:52: ([]int)(nil) == nil escapes to heap
./conv_strings.go:37:13: ... argument does not escape
./conv_strings.go:37:16: p == nil escapes to heap
./conv_strings.go:38:13: ([]byte)("") does not escape
./conv_strings.go:39:13: ... argument does not escape
./conv_strings.go:39:16: e == nil escapes to heap
./conv_strings.go:39:27: len(e) escapes to heap
./conv_strings.go:39:35: cap(e) escapes to heap
./conv_strings.go:39:54: ([]byte)(s[:0]) == nil escapes to heap
./conv_strings.go:39:46: ([]byte)(s[:0]) does not escape
./conv_strings.go:40:14: ([]byte)("hello") escapes to heap
./conv_strings.go:42:13: ... argument does not escape
./conv_strings.go:42:13: bs escapes to heap
./conv_strings.go:42:24: string(bs) escapes to heap
./conv_strings.go:42:24: string(bs) escapes to heap
./conv_strings.go:42:36: string(bs[1:3]) escapes to heap
./conv_strings.go:42:36: string(bs[1:3]) escapes to heap
./conv_strings.go:42:50: cap(bs[1:3]) escapes to heap
./conv_strings.go:44:13: ... argument does not escape
./conv_strings.go:44:20: ([]byte)(nm) escapes to heap
./conv_strings.go:44:20: ([]byte)(nm) escapes to heap
./conv_strings.go:44:32: string(nm) escapes to heap
./conv_strings.go:44:44: ([]rune)(nm) escapes to heap
./conv_strings.go:44:44: ([]rune)(nm) escapes to heap
