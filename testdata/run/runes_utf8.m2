./runes_utf8.go:16:15: []byte{...} escapes to heap:
./runes_utf8.go:16:15:   flow: ~r0 = &{storage for []byte{...}}:
./runes_utf8.go:16:15:     from []byte{...} (spill) at ./runes_utf8.go:16:15
./runes_utf8.go:16:15:     from return []byte{...} (return) at ./runes_utf8.go:16:2
./runes_utf8.go:14:16: []byte{...} escapes to heap:
./runes_utf8.go:14:16:   flow: ~r0 = &{storage for []byte{...}}:
./runes_utf8.go:14:16:     from []byte{...} (spill) at ./runes_utf8.go:14:16
./runes_utf8.go:14:16:     from return []byte{...} (return) at ./runes_utf8.go:14:3
./runes_utf8.go:11:16: []byte{...} escapes to heap:
./runes_utf8.go:11:16:   flow: ~r0 = &{storage for []byte{...}}:
./runes_utf8.go:11:16:     from []byte{...} (spill) at ./runes_utf8.go:11:16
./runes_utf8.go:11:16:     from return []byte{...} (return) at ./runes_utf8.go:11:3
./runes_utf8.go:8:16: []byte{...} escapes to heap:
./runes_utf8.go:8:16:   flow: ~r0 = &{storage for []byte{...}}:
./runes_utf8.go:8:16:     from []byte{...} (spill) at ./runes_utf8.go:8:16
./runes_utf8.go:8:16:     from return []byte{...} (return) at ./runes_utf8.go:8:3
./runes_utf8.go:8:16: []byte{...} escapes to heap
./runes_utf8.go:11:16: []byte{...} escapes to heap
./runes_utf8.go:14:16: []byte{...} escapes to heap
./runes_utf8.go:16:15: []byte{...} escapes to heap
./runes_utf8.go:44:19: "," escapes to heap:
./runes_utf8.go:44:19:   flow: {storage for ... argument} = &{storage for ","}:
./runes_utf8.go:44:19:     from "," (spill) at ./runes_utf8.go:44:19
./runes_utf8.go:44:19:     from ... argument (slice-literal-element) at ./runes_utf8.go:44:12
./runes_utf8.go:44:19:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:44:19:     from ... argument (spill) at ./runes_utf8.go:44:12
./runes_utf8.go:44:19:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12: c escapes to heap:
./runes_utf8.go:44:12:   flow: {storage for ... argument} = &{storage for c}:
./runes_utf8.go:44:12:     from c (spill) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12:     from ... argument (slice-literal-element) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:44:12:     from ... argument (spill) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12: i escapes to heap:
./runes_utf8.go:44:12:   flow: {storage for ... argument} = &{storage for i}:
./runes_utf8.go:44:12:     from i (spill) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12:     from ... argument (slice-literal-element) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:44:12:     from ... argument (spill) at ./runes_utf8.go:44:12
./runes_utf8.go:44:12:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:44:12
./runes_utf8.go:40:19: "," escapes to heap:
./runes_utf8.go:40:19:   flow: {storage for ... argument} = &{storage for ","}:
./runes_utf8.go:40:19:     from "," (spill) at ./runes_utf8.go:40:19
./runes_utf8.go:40:19:     from ... argument (slice-literal-element) at ./runes_utf8.go:40:12
./runes_utf8.go:40:19:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:40:19:     from ... argument (spill) at ./runes_utf8.go:40:12
./runes_utf8.go:40:19:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12: c escapes to heap:
./runes_utf8.go:40:12:   flow: {storage for ... argument} = &{storage for c}:
./runes_utf8.go:40:12:     from c (spill) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12:     from ... argument (slice-literal-element) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:40:12:     from ... argument (spill) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12: i escapes to heap:
./runes_utf8.go:40:12:   flow: {storage for ... argument} = &{storage for i}:
./runes_utf8.go:40:12:     from i (spill) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12:     from ... argument (slice-literal-element) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:40:12:     from ... argument (spill) at ./runes_utf8.go:40:12
./runes_utf8.go:40:12:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:40:12
./runes_utf8.go:37:27: string(total % 0x10000) escapes to heap:
./runes_utf8.go:37:27:   flow: {storage for ... argument} = &{storage for string(total % 0x10000)}:
./runes_utf8.go:37:27:     from string(total % 0x10000) (spill) at ./runes_utf8.go:37:27
./runes_utf8.go:37:27:     from ... argument (slice-literal-element) at ./runes_utf8.go:37:13
./runes_utf8.go:37:27:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:37:27:     from ... argument (spill) at ./runes_utf8.go:37:13
./runes_utf8.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:37:13
./runes_utf8.go:37:13: total escapes to heap:
./runes_utf8.go:37:13:   flow: {storage for ... argument} = &{storage for total}:
./runes_utf8.go:37:13:     from total (spill) at ./runes_utf8.go:37:13
./runes_utf8.go:37:13:     from ... argument (slice-literal-element) at ./runes_utf8.go:37:13
./runes_utf8.go:37:13:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:37:13:     from ... argument (spill) at ./runes_utf8.go:37:13
./runes_utf8.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:37:13
./runes_utf8.go:32:26: len(string(rs)) escapes to heap:
./runes_utf8.go:32:26:   flow: {storage for ... argument} = &{storage for len(string(rs))}:
./runes_utf8.go:32:26:     from len(string(rs)) (spill) at ./runes_utf8.go:32:26
./runes_utf8.go:32:26:     from ... argument (slice-literal-element) at ./runes_utf8.go:32:13
./runes_utf8.go:32:26:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:32:26:     from ... argument (spill) at ./runes_utf8.go:32:13
./runes_utf8.go:32:26:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:32:13
./runes_utf8.go:32:17: len(rs) escapes to heap:
./runes_utf8.go:32:17:   flow: {storage for ... argument} = &{storage for len(rs)}:
./runes_utf8.go:32:17:     from len(rs) (spill) at ./runes_utf8.go:32:17
./runes_utf8.go:32:17:     from ... argument (slice-literal-element) at ./runes_utf8.go:32:13
./runes_utf8.go:32:17:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:32:17:     from ... argument (spill) at ./runes_utf8.go:32:13
./runes_utf8.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:32:13
./runes_utf8.go:28:24: " " escapes to heap:
./runes_utf8.go:28:24:   flow: {storage for ... argument} = &{storage for " "}:
./runes_utf8.go:28:24:     from " " (spill) at ./runes_utf8.go:28:24
./runes_utf8.go:28:24:     from ... argument (slice-literal-element) at ./runes_utf8.go:28:12
./runes_utf8.go:28:24:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:28:24:     from ... argument (spill) at ./runes_utf8.go:28:12
./runes_utf8.go:28:24:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:28:12
./runes_utf8.go:28:16: r escapes to heap:
./runes_utf8.go:28:16:   flow: {storage for ... argument} = &{storage for r}:
./runes_utf8.go:28:16:     from r (spill) at ./runes_utf8.go:28:16
./runes_utf8.go:28:16:     from ... argument (slice-literal-element) at ./runes_utf8.go:28:12
./runes_utf8.go:28:16:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:28:16:     from ... argument (spill) at ./runes_utf8.go:28:12
./runes_utf8.go:28:16:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:28:12
./runes_utf8.go:28:16: ":" escapes to heap:
./runes_utf8.go:28:16:   flow: {storage for ... argument} = &{storage for ":"}:
./runes_utf8.go:28:16:     from ":" (spill) at ./runes_utf8.go:28:16
./runes_utf8.go:28:16:     from ... argument (slice-literal-element) at ./runes_utf8.go:28:12
./runes_utf8.go:28:16:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:28:16:     from ... argument (spill) at ./runes_utf8.go:28:12
./runes_utf8.go:28:16:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:28:12
./runes_utf8.go:28:12: i escapes to heap:
./runes_utf8.go:28:12:   flow: {storage for ... argument} = &{storage for i}:
./runes_utf8.go:28:12:     from i (spill) at ./runes_utf8.go:28:12
./runes_utf8.go:28:12:     from ... argument (slice-literal-element) at ./runes_utf8.go:28:12
./runes_utf8.go:28:12:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:28:12:     from ... argument (spill) at ./runes_utf8.go:28:12
./runes_utf8.go:28:12:     from fmt.Print(... argument...) (call parameter) at ./runes_utf8.go:28:12
./runes_utf8.go:24:24: same escapes to heap:
./runes_utf8.go:24:24:   flow: {storage for ... argument} = &{storage for same}:
./runes_utf8.go:24:24:     from same (spill) at ./runes_utf8.go:24:24
./runes_utf8.go:24:24:     from ... argument (slice-literal-element) at ./runes_utf8.go:24:14
./runes_utf8.go:24:24:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:24:24:     from ... argument (spill) at ./runes_utf8.go:24:14
./runes_utf8.go:24:24:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:24:14
./runes_utf8.go:24:24: len(s) escapes to heap:
./runes_utf8.go:24:24:   flow: {storage for ... argument} = &{storage for len(s)}:
./runes_utf8.go:24:24:     from len(s) (spill) at ./runes_utf8.go:24:24
./runes_utf8.go:24:24:     from ... argument (slice-literal-element) at ./runes_utf8.go:24:14
./runes_utf8.go:24:24:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:24:24:     from ... argument (spill) at ./runes_utf8.go:24:14
./runes_utf8.go:24:24:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14: b escapes to heap:
./runes_utf8.go:24:14:   flow: {storage for ... argument} = &{storage for b}:
./runes_utf8.go:24:14:     from b (spill) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14:     from ... argument (slice-literal-element) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:24:14:     from ... argument (spill) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14: r escapes to heap:
./runes_utf8.go:24:14:   flow: {storage for ... argument} = &{storage for r}:
./runes_utf8.go:24:14:     from r (spill) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14:     from ... argument (slice-literal-element) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14:   flow: {heap} = {storage for ... argument}:
./runes_utf8.go:24:14:     from ... argument (spill) at ./runes_utf8.go:24:14
./runes_utf8.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./runes_utf8.go:24:14
./runes_utf8.go:37:27: string(total % 0x10000) escapes to heap:
./runes_utf8.go:37:27:   flow: {storage for string(total % 0x10000)} = &{storage for string(total % 0x10000)}:
./runes_utf8.go:37:27:     from string(total % 0x10000) (spill) at ./runes_utf8.go:37:27
./runes_utf8.go:37:27:     from string(total % 0x10000) (interface-converted) at ./runes_utf8.go:37:27
./runes_utf8.go:20:26: []rune{...} does not escape
./runes_utf8.go:22:14: string(r) does not escape
./runes_utf8.go:23:17: string(b) does not escape
./runes_utf8.go:24:14: ... argument does not escape
./runes_utf8.go:24:14: r escapes to heap
./runes_utf8.go:24:14: b escapes to heap
./runes_utf8.go:24:24: len(s) escapes to heap
./runes_utf8.go:24:24: same escapes to heap
./runes_utf8.go:28:12: ... argument does not escape
./runes_utf8.go:28:12: i escapes to heap
./runes_utf8.go:28:16: ":" escapes to heap
./runes_utf8.go:28:16: r escapes to heap
./runes_utf8.go:28:24: " " escapes to heap
./runes_utf8.go:31:14: ([]rune)(mixed) does not escape
./runes_utf8.go:32:13: ... argument does not escape
./runes_utf8.go:32:17: len(rs) escapes to heap
./runes_utf8.go:32:26: len(string(rs)) escapes to heap
./runes_utf8.go:32:33: string(rs) does not escape
./runes_utf8.go:37:13: ... argument does not escape
./runes_utf8.go:37:13: total escapes to heap
./runes_utf8.go:37:27: string(total % 0x10000) escapes to heap
./runes_utf8.go:37:27: string(total % 0x10000) escapes to heap
./runes_utf8.go:38:13: ([]byte)("añb") does not escape
./runes_utf8.go:40:12: ... argument does not escape
./runes_utf8.go:40:12: i escapes to heap
./runes_utf8.go:40:12: c escapes to heap
./runes_utf8.go:40:19: "," escapes to heap
./runes_utf8.go:43:26: string(b[1:3]) does not escape
./runes_utf8.go:44:12: ... argument does not escape
./runes_utf8.go:44:12: i escapes to heap
./runes_utf8.go:44:12: c escapes to heap
./runes_utf8.go:44:19: "," escapes to heap
