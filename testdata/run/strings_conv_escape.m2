./strings_conv_escape.go:9:17: s does not escape
./strings_conv_escape.go:10:13: ([]byte)(s) does not escape
./strings_conv_escape.go:14:17: s does not escape
./strings_conv_escape.go:15:13: ([]rune)(s) does not escape
./strings_conv_escape.go:20:15: ([]byte)(s) escapes to heap:
./strings_conv_escape.go:20:15:   flow: ~r0 = &{storage for ([]byte)(s)}:
./strings_conv_escape.go:20:15:     from ([]byte)(s) (spill) at ./strings_conv_escape.go:20:15
./strings_conv_escape.go:20:15:     from return ([]byte)(s) (return) at ./strings_conv_escape.go:20:2
./strings_conv_escape.go:19:15: s does not escape
./strings_conv_escape.go:20:15: ([]byte)(s) escapes to heap
./strings_conv_escape.go:24:15: ([]rune)(s) escapes to heap:
./strings_conv_escape.go:24:15:   flow: ~r0 = &{storage for ([]rune)(s)}:
./strings_conv_escape.go:24:15:     from ([]rune)(s) (spill) at ./strings_conv_escape.go:24:15
./strings_conv_escape.go:24:15:     from return ([]rune)(s) (return) at ./strings_conv_escape.go:24:2
./strings_conv_escape.go:23:15: s does not escape
./strings_conv_escape.go:24:15: ([]rune)(s) escapes to heap
./strings_conv_escape.go:27:15: b does not escape
./strings_conv_escape.go:28:13: string(b) does not escape
./strings_conv_escape.go:33:15: string(b) escapes to heap:
./strings_conv_escape.go:33:15:   flow: ~r0 = &{storage for string(b)}:
./strings_conv_escape.go:33:15:     from string(b) (spill) at ./strings_conv_escape.go:33:15
./strings_conv_escape.go:33:15:     from return string(b) (return) at ./strings_conv_escape.go:33:2
./strings_conv_escape.go:32:13: b does not escape
./strings_conv_escape.go:33:15: string(b) escapes to heap
./strings_conv_escape.go:37:15: string(r) escapes to heap:
./strings_conv_escape.go:37:15:   flow: ~r0 = &{storage for string(r)}:
./strings_conv_escape.go:37:15:     from string(r) (spill) at ./strings_conv_escape.go:37:15
./strings_conv_escape.go:37:15:     from return string(r) (return) at ./strings_conv_escape.go:37:2
./strings_conv_escape.go:36:15: r does not escape
./strings_conv_escape.go:37:15: string(r) escapes to heap
./strings_conv_escape.go:40:18: a does not escape
./strings_conv_escape.go:40:21: b does not escape
./strings_conv_escape.go:41:9: a + b does not escape
./strings_conv_escape.go:46:11: a + b escapes to heap:
./strings_conv_escape.go:46:11:   flow: ~r0 = &{storage for a + b}:
./strings_conv_escape.go:46:11:     from a + b (spill) at ./strings_conv_escape.go:46:11
./strings_conv_escape.go:46:11:     from return a + b (return) at ./strings_conv_escape.go:46:2
./strings_conv_escape.go:45:16: a does not escape
./strings_conv_escape.go:45:19: b does not escape
./strings_conv_escape.go:46:11: a + b escapes to heap
./strings_conv_escape.go:50:27: a + "-" + b + "-" + c escapes to heap:
./strings_conv_escape.go:50:27:   flow: ~r0 = &{storage for a + "-" + b + "-" + c}:
./strings_conv_escape.go:50:27:     from a + "-" + b + "-" + c (spill) at ./strings_conv_escape.go:50:27
./strings_conv_escape.go:50:27:     from return a + "-" + b + "-" + c (return) at ./strings_conv_escape.go:50:2
./strings_conv_escape.go:49:14: a does not escape
./strings_conv_escape.go:49:17: b does not escape
./strings_conv_escape.go:49:20: c does not escape
./strings_conv_escape.go:50:27: a + "-" + b + "-" + c escapes to heap
./strings_conv_escape.go:54:15: string(r) escapes to heap:
./strings_conv_escape.go:54:15:   flow: ~r0 = &{storage for string(r)}:
./strings_conv_escape.go:54:15:     from string(r) (spill) at ./strings_conv_escape.go:54:15
./strings_conv_escape.go:54:15:     from return string(r) (return) at ./strings_conv_escape.go:54:2
./strings_conv_escape.go:54:15: string(r) escapes to heap
./strings_conv_escape.go:57:10: a does not escape
./strings_conv_escape.go:57:13: b does not escape
./strings_conv_escape.go:65:24: strOut(sinkB) + strRunes(sinkR) escapes to heap:
./strings_conv_escape.go:65:24:   flow: {heap} = &{storage for strOut(sinkB) + strRunes(sinkR)}:
./strings_conv_escape.go:65:24:     from strOut(sinkB) + strRunes(sinkR) (spill) at ./strings_conv_escape.go:65:24
./strings_conv_escape.go:65:24:     from sinkS = strOut(sinkB) + strRunes(sinkR) (assign) at ./strings_conv_escape.go:65:8
./strings_conv_escape.go:101:57: "" < " " escapes to heap:
./strings_conv_escape.go:101:57:   flow: {storage for ... argument} = &{storage for "" < " "}:
./strings_conv_escape.go:101:57:     from "" < " " (spill) at ./strings_conv_escape.go:101:57
./strings_conv_escape.go:101:57:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:57:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:101:57:     from ... argument (spill) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:57:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:47: "Z" < "a" escapes to heap:
./strings_conv_escape.go:101:47:   flow: {storage for ... argument} = &{storage for "Z" < "a"}:
./strings_conv_escape.go:101:47:     from "Z" < "a" (spill) at ./strings_conv_escape.go:101:47
./strings_conv_escape.go:101:47:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:47:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:101:47:     from ... argument (spill) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:47:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:35: "abc" > "ab" escapes to heap:
./strings_conv_escape.go:101:35:   flow: {storage for ... argument} = &{storage for "abc" > "ab"}:
./strings_conv_escape.go:101:35:     from "abc" > "ab" (spill) at ./strings_conv_escape.go:101:35
./strings_conv_escape.go:101:35:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:35:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:101:35:     from ... argument (spill) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:35:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:20: "abc" < "abd" escapes to heap:
./strings_conv_escape.go:101:20:   flow: {storage for ... argument} = &{storage for "abc" < "abd"}:
./strings_conv_escape.go:101:20:     from "abc" < "abd" (spill) at ./strings_conv_escape.go:101:20
./strings_conv_escape.go:101:20:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:20:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:101:20:     from ... argument (spill) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:101:20:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:101:13
./strings_conv_escape.go:100:59: len(str[2:]) escapes to heap:
./strings_conv_escape.go:100:59:   flow: {storage for ... argument} = &{storage for len(str[2:])}:
./strings_conv_escape.go:100:59:     from len(str[2:]) (spill) at ./strings_conv_escape.go:100:59
./strings_conv_escape.go:100:59:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:59:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:100:59:     from ... argument (spill) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:59:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:50: str[5:] escapes to heap:
./strings_conv_escape.go:100:50:   flow: {storage for ... argument} = &{storage for str[5:]}:
./strings_conv_escape.go:100:50:     from str[5:] (spill) at ./strings_conv_escape.go:100:50
./strings_conv_escape.go:100:50:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:50:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:100:50:     from ... argument (spill) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:50:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:40: str[:0] == "" escapes to heap:
./strings_conv_escape.go:100:40:   flow: {storage for ... argument} = &{storage for str[:0] == ""}:
./strings_conv_escape.go:100:40:     from str[:0] == "" (spill) at ./strings_conv_escape.go:100:40
./strings_conv_escape.go:100:40:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:40:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:100:40:     from ... argument (spill) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:40:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:25: str[1:3] escapes to heap:
./strings_conv_escape.go:100:25:   flow: {storage for ... argument} = &{storage for str[1:3]}:
./strings_conv_escape.go:100:25:     from str[1:3] (spill) at ./strings_conv_escape.go:100:25
./strings_conv_escape.go:100:25:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:25:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:100:25:     from ... argument (spill) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:25:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:17: str[1] escapes to heap:
./strings_conv_escape.go:100:17:   flow: {storage for ... argument} = &{storage for str[1]}:
./strings_conv_escape.go:100:17:     from str[1] (spill) at ./strings_conv_escape.go:100:17
./strings_conv_escape.go:100:17:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:17:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:100:17:     from ... argument (spill) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:100:17:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:100:13
./strings_conv_escape.go:98:13: n escapes to heap:
./strings_conv_escape.go:98:13:   flow: {storage for ... argument} = &{storage for n}:
./strings_conv_escape.go:98:13:     from n (spill) at ./strings_conv_escape.go:98:13
./strings_conv_escape.go:98:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:98:13
./strings_conv_escape.go:98:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:98:13:     from ... argument (spill) at ./strings_conv_escape.go:98:13
./strings_conv_escape.go:98:13:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:98:13
./strings_conv_escape.go:91:16: " " escapes to heap:
./strings_conv_escape.go:91:16:   flow: {storage for ... argument} = &{storage for " "}:
./strings_conv_escape.go:91:16:     from " " (spill) at ./strings_conv_escape.go:91:16
./strings_conv_escape.go:91:16:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:91:16:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:91:16:     from ... argument (spill) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:91:16:     from fmt.Print(... argument...) (call parameter) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:91:12: i escapes to heap:
./strings_conv_escape.go:91:12:   flow: {storage for ... argument} = &{storage for i}:
./strings_conv_escape.go:91:12:     from i (spill) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:91:12:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:91:12:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:91:12:     from ... argument (spill) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:91:12:     from fmt.Print(... argument...) (call parameter) at ./strings_conv_escape.go:91:12
./strings_conv_escape.go:87:24: " " escapes to heap:
./strings_conv_escape.go:87:24:   flow: {storage for ... argument} = &{storage for " "}:
./strings_conv_escape.go:87:24:     from " " (spill) at ./strings_conv_escape.go:87:24
./strings_conv_escape.go:87:24:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:24:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:87:24:     from ... argument (spill) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:24:     from fmt.Print(... argument...) (call parameter) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:16: c escapes to heap:
./strings_conv_escape.go:87:16:   flow: {storage for ... argument} = &{storage for c}:
./strings_conv_escape.go:87:16:     from c (spill) at ./strings_conv_escape.go:87:16
./strings_conv_escape.go:87:16:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:16:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:87:16:     from ... argument (spill) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:16:     from fmt.Print(... argument...) (call parameter) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:16: ":" escapes to heap:
./strings_conv_escape.go:87:16:   flow: {storage for ... argument} = &{storage for ":"}:
./strings_conv_escape.go:87:16:     from ":" (spill) at ./strings_conv_escape.go:87:16
./strings_conv_escape.go:87:16:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:16:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:87:16:     from ... argument (spill) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:16:     from fmt.Print(... argument...) (call parameter) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:12: i escapes to heap:
./strings_conv_escape.go:87:12:   flow: {storage for ... argument} = &{storage for i}:
./strings_conv_escape.go:87:12:     from i (spill) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:12:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:12:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:87:12:     from ... argument (spill) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:87:12:     from fmt.Print(... argument...) (call parameter) at ./strings_conv_escape.go:87:12
./strings_conv_escape.go:85:56: string(rune(u8)) escapes to heap:
./strings_conv_escape.go:85:56:   flow: {storage for ... argument} = &{storage for string(rune(u8))}:
./strings_conv_escape.go:85:56:     from string(rune(u8)) (spill) at ./strings_conv_escape.go:85:56
./strings_conv_escape.go:85:56:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:56:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:85:56:     from ... argument (spill) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:56:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:37: string(rune(i64)) escapes to heap:
./strings_conv_escape.go:85:37:   flow: {storage for ... argument} = &{storage for string(rune(i64))}:
./strings_conv_escape.go:85:37:     from string(rune(i64)) (spill) at ./strings_conv_escape.go:85:37
./strings_conv_escape.go:85:37:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:37:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:85:37:     from ... argument (spill) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:37:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:20: string(rune(i)) escapes to heap:
./strings_conv_escape.go:85:20:   flow: {storage for ... argument} = &{storage for string(rune(i))}:
./strings_conv_escape.go:85:20:     from string(rune(i)) (spill) at ./strings_conv_escape.go:85:20
./strings_conv_escape.go:85:20:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:20:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:85:20:     from ... argument (spill) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:85:20:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:85:13
./strings_conv_escape.go:81:17: r escapes to heap:
./strings_conv_escape.go:81:17:   flow: {storage for ... argument} = &{storage for r}:
./strings_conv_escape.go:81:17:     from r (spill) at ./strings_conv_escape.go:81:17
./strings_conv_escape.go:81:17:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:81:13
./strings_conv_escape.go:81:17:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:81:17:     from ... argument (spill) at ./strings_conv_escape.go:81:13
./strings_conv_escape.go:81:17:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:81:13
./strings_conv_escape.go:81:17: len(r) escapes to heap:
./strings_conv_escape.go:81:17:   flow: {storage for ... argument} = &{storage for len(r)}:
./strings_conv_escape.go:81:17:     from len(r) (spill) at ./strings_conv_escape.go:81:17
./strings_conv_escape.go:81:17:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:81:13
./strings_conv_escape.go:81:17:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:81:17:     from ... argument (spill) at ./strings_conv_escape.go:81:13
./strings_conv_escape.go:81:17:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:81:13
./strings_conv_escape.go:79:23: string(b) escapes to heap:
./strings_conv_escape.go:79:23:   flow: {storage for ... argument} = &{storage for string(b)}:
./strings_conv_escape.go:79:23:     from string(b) (spill) at ./strings_conv_escape.go:79:23
./strings_conv_escape.go:79:23:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:79:23:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:79:23:     from ... argument (spill) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:79:23:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:79:13: s escapes to heap:
./strings_conv_escape.go:79:13:   flow: {storage for ... argument} = &{storage for s}:
./strings_conv_escape.go:79:13:     from s (spill) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:79:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:79:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:79:13:     from ... argument (spill) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:79:13:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:74:13: .autotmp_35 escapes to heap:
./strings_conv_escape.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_35}:
./strings_conv_escape.go:74:13:     from .autotmp_35 (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:74:13:     from ... argument (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from fmt.Println(cmp("\xff", "\x7f")) (call parameter) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13: .autotmp_34 escapes to heap:
./strings_conv_escape.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_34}:
./strings_conv_escape.go:74:13:     from .autotmp_34 (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:74:13:     from ... argument (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from fmt.Println(cmp("\xff", "\x7f")) (call parameter) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13: .autotmp_33 escapes to heap:
./strings_conv_escape.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_33}:
./strings_conv_escape.go:74:13:     from .autotmp_33 (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:74:13:     from ... argument (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from fmt.Println(cmp("\xff", "\x7f")) (call parameter) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13: .autotmp_32 escapes to heap:
./strings_conv_escape.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_32}:
./strings_conv_escape.go:74:13:     from .autotmp_32 (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:74:13:     from ... argument (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from fmt.Println(cmp("\xff", "\x7f")) (call parameter) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13: .autotmp_31 escapes to heap:
./strings_conv_escape.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_31}:
./strings_conv_escape.go:74:13:     from .autotmp_31 (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:74:13:     from ... argument (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from fmt.Println(cmp("\xff", "\x7f")) (call parameter) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13: .autotmp_30 escapes to heap:
./strings_conv_escape.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_30}:
./strings_conv_escape.go:74:13:     from .autotmp_30 (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:74:13:     from ... argument (spill) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:74:13:     from fmt.Println(cmp("\xff", "\x7f")) (call parameter) at ./strings_conv_escape.go:74:13
./strings_conv_escape.go:73:13: .autotmp_29 escapes to heap:
./strings_conv_escape.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_29}:
./strings_conv_escape.go:73:13:     from .autotmp_29 (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:73:13:     from ... argument (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from fmt.Println(cmp("", "a")) (call parameter) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13: .autotmp_28 escapes to heap:
./strings_conv_escape.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_28}:
./strings_conv_escape.go:73:13:     from .autotmp_28 (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:73:13:     from ... argument (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from fmt.Println(cmp("", "a")) (call parameter) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13: .autotmp_27 escapes to heap:
./strings_conv_escape.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_27}:
./strings_conv_escape.go:73:13:     from .autotmp_27 (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:73:13:     from ... argument (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from fmt.Println(cmp("", "a")) (call parameter) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13: .autotmp_26 escapes to heap:
./strings_conv_escape.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_26}:
./strings_conv_escape.go:73:13:     from .autotmp_26 (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:73:13:     from ... argument (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from fmt.Println(cmp("", "a")) (call parameter) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13: .autotmp_25 escapes to heap:
./strings_conv_escape.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_25}:
./strings_conv_escape.go:73:13:     from .autotmp_25 (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:73:13:     from ... argument (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from fmt.Println(cmp("", "a")) (call parameter) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13: .autotmp_24 escapes to heap:
./strings_conv_escape.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_24}:
./strings_conv_escape.go:73:13:     from .autotmp_24 (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:73:13:     from ... argument (spill) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:73:13:     from fmt.Println(cmp("", "a")) (call parameter) at ./strings_conv_escape.go:73:13
./strings_conv_escape.go:72:13: .autotmp_23 escapes to heap:
./strings_conv_escape.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_23}:
./strings_conv_escape.go:72:13:     from .autotmp_23 (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:72:13:     from ... argument (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from fmt.Println(cmp("ab", "abc")) (call parameter) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13: .autotmp_22 escapes to heap:
./strings_conv_escape.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_22}:
./strings_conv_escape.go:72:13:     from .autotmp_22 (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:72:13:     from ... argument (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from fmt.Println(cmp("ab", "abc")) (call parameter) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13: .autotmp_21 escapes to heap:
./strings_conv_escape.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_21}:
./strings_conv_escape.go:72:13:     from .autotmp_21 (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:72:13:     from ... argument (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from fmt.Println(cmp("ab", "abc")) (call parameter) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13: .autotmp_20 escapes to heap:
./strings_conv_escape.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_20}:
./strings_conv_escape.go:72:13:     from .autotmp_20 (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:72:13:     from ... argument (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from fmt.Println(cmp("ab", "abc")) (call parameter) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13: .autotmp_19 escapes to heap:
./strings_conv_escape.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_19}:
./strings_conv_escape.go:72:13:     from .autotmp_19 (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:72:13:     from ... argument (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from fmt.Println(cmp("ab", "abc")) (call parameter) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13: .autotmp_18 escapes to heap:
./strings_conv_escape.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_18}:
./strings_conv_escape.go:72:13:     from .autotmp_18 (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:72:13:     from ... argument (spill) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:72:13:     from fmt.Println(cmp("ab", "abc")) (call parameter) at ./strings_conv_escape.go:72:13
./strings_conv_escape.go:71:13: .autotmp_17 escapes to heap:
./strings_conv_escape.go:71:13:   flow: {storage for ... argument} = &{storage for .autotmp_17}:
./strings_conv_escape.go:71:13:     from .autotmp_17 (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:71:13:     from ... argument (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from fmt.Println(cmp("ab", "ab")) (call parameter) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13: .autotmp_16 escapes to heap:
./strings_conv_escape.go:71:13:   flow: {storage for ... argument} = &{storage for .autotmp_16}:
./strings_conv_escape.go:71:13:     from .autotmp_16 (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:71:13:     from ... argument (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from fmt.Println(cmp("ab", "ab")) (call parameter) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13: .autotmp_15 escapes to heap:
./strings_conv_escape.go:71:13:   flow: {storage for ... argument} = &{storage for .autotmp_15}:
./strings_conv_escape.go:71:13:     from .autotmp_15 (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:71:13:     from ... argument (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from fmt.Println(cmp("ab", "ab")) (call parameter) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13: .autotmp_14 escapes to heap:
./strings_conv_escape.go:71:13:   flow: {storage for ... argument} = &{storage for .autotmp_14}:
./strings_conv_escape.go:71:13:     from .autotmp_14 (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:71:13:     from ... argument (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from fmt.Println(cmp("ab", "ab")) (call parameter) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13: .autotmp_13 escapes to heap:
./strings_conv_escape.go:71:13:   flow: {storage for ... argument} = &{storage for .autotmp_13}:
./strings_conv_escape.go:71:13:     from .autotmp_13 (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:71:13:     from ... argument (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from fmt.Println(cmp("ab", "ab")) (call parameter) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13: .autotmp_12 escapes to heap:
./strings_conv_escape.go:71:13:   flow: {storage for ... argument} = &{storage for .autotmp_12}:
./strings_conv_escape.go:71:13:     from .autotmp_12 (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:71:13:     from ... argument (spill) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:71:13:     from fmt.Println(cmp("ab", "ab")) (call parameter) at ./strings_conv_escape.go:71:13
./strings_conv_escape.go:70:13: .autotmp_11 escapes to heap:
./strings_conv_escape.go:70:13:   flow: {storage for ... argument} = &{storage for .autotmp_11}:
./strings_conv_escape.go:70:13:     from .autotmp_11 (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:70:13:     from ... argument (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from fmt.Println(cmp("b", "a")) (call parameter) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13: .autotmp_10 escapes to heap:
./strings_conv_escape.go:70:13:   flow: {storage for ... argument} = &{storage for .autotmp_10}:
./strings_conv_escape.go:70:13:     from .autotmp_10 (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:70:13:     from ... argument (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from fmt.Println(cmp("b", "a")) (call parameter) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13: .autotmp_9 escapes to heap:
./strings_conv_escape.go:70:13:   flow: {storage for ... argument} = &{storage for .autotmp_9}:
./strings_conv_escape.go:70:13:     from .autotmp_9 (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:70:13:     from ... argument (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from fmt.Println(cmp("b", "a")) (call parameter) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13: .autotmp_8 escapes to heap:
./strings_conv_escape.go:70:13:   flow: {storage for ... argument} = &{storage for .autotmp_8}:
./strings_conv_escape.go:70:13:     from .autotmp_8 (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:70:13:     from ... argument (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from fmt.Println(cmp("b", "a")) (call parameter) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13: .autotmp_7 escapes to heap:
./strings_conv_escape.go:70:13:   flow: {storage for ... argument} = &{storage for .autotmp_7}:
./strings_conv_escape.go:70:13:     from .autotmp_7 (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:70:13:     from ... argument (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from fmt.Println(cmp("b", "a")) (call parameter) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13: .autotmp_6 escapes to heap:
./strings_conv_escape.go:70:13:   flow: {storage for ... argument} = &{storage for .autotmp_6}:
./strings_conv_escape.go:70:13:     from .autotmp_6 (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:70:13:     from ... argument (spill) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:70:13:     from fmt.Println(cmp("b", "a")) (call parameter) at ./strings_conv_escape.go:70:13
./strings_conv_escape.go:69:13: .autotmp_5 escapes to heap:
./strings_conv_escape.go:69:13:   flow: {storage for ... argument} = &{storage for .autotmp_5}:
./strings_conv_escape.go:69:13:     from .autotmp_5 (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:69:13:     from ... argument (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from fmt.Println(cmp("a", "b")) (call parameter) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13: .autotmp_4 escapes to heap:
./strings_conv_escape.go:69:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./strings_conv_escape.go:69:13:     from .autotmp_4 (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:69:13:     from ... argument (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from fmt.Println(cmp("a", "b")) (call parameter) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13: .autotmp_3 escapes to heap:
./strings_conv_escape.go:69:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
./strings_conv_escape.go:69:13:     from .autotmp_3 (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:69:13:     from ... argument (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from fmt.Println(cmp("a", "b")) (call parameter) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13: .autotmp_2 escapes to heap:
./strings_conv_escape.go:69:13:   flow: {storage for ... argument} = &{storage for .autotmp_2}:
./strings_conv_escape.go:69:13:     from .autotmp_2 (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:69:13:     from ... argument (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from fmt.Println(cmp("a", "b")) (call parameter) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13: .autotmp_1 escapes to heap:
./strings_conv_escape.go:69:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
./strings_conv_escape.go:69:13:     from .autotmp_1 (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:69:13:     from ... argument (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from fmt.Println(cmp("a", "b")) (call parameter) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13: .autotmp_0 escapes to heap:
./strings_conv_escape.go:69:13:   flow: {storage for ... argument} = &{storage for .autotmp_0}:
./strings_conv_escape.go:69:13:     from .autotmp_0 (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:69:13:     from ... argument (spill) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:69:13:     from fmt.Println(cmp("a", "b")) (call parameter) at ./strings_conv_escape.go:69:13
./strings_conv_escape.go:68:84: runeStr(0x110000) escapes to heap:
./strings_conv_escape.go:68:84:   flow: {storage for ... argument} = &{storage for runeStr(0x110000)}:
./strings_conv_escape.go:68:84:     from runeStr(0x110000) (spill) at ./strings_conv_escape.go:68:84
./strings_conv_escape.go:68:84:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:84:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:68:84:     from ... argument (spill) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:84:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:67: runeStr(0xD800) escapes to heap:
./strings_conv_escape.go:68:67:   flow: {storage for ... argument} = &{storage for runeStr(0xD800)}:
./strings_conv_escape.go:68:67:     from runeStr(0xD800) (spill) at ./strings_conv_escape.go:68:67
./strings_conv_escape.go:68:67:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:67:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:68:67:     from ... argument (spill) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:67:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:54: runeStr(-1) escapes to heap:
./strings_conv_escape.go:68:54:   flow: {storage for ... argument} = &{storage for runeStr(-1)}:
./strings_conv_escape.go:68:54:     from runeStr(-1) (spill) at ./strings_conv_escape.go:68:54
./strings_conv_escape.go:68:54:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:54:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:68:54:     from ... argument (spill) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:54:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:36: runeStr(0x1F600) escapes to heap:
./strings_conv_escape.go:68:36:   flow: {storage for ... argument} = &{storage for runeStr(0x1F600)}:
./strings_conv_escape.go:68:36:     from runeStr(0x1F600) (spill) at ./strings_conv_escape.go:68:36
./strings_conv_escape.go:68:36:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:36:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:68:36:     from ... argument (spill) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:36:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:21: runeStr('é') escapes to heap:
./strings_conv_escape.go:68:21:   flow: {storage for ... argument} = &{storage for runeStr('é')}:
./strings_conv_escape.go:68:21:     from runeStr('é') (spill) at ./strings_conv_escape.go:68:21
./strings_conv_escape.go:68:21:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:21:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:68:21:     from ... argument (spill) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:68:21:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:68:13
./strings_conv_escape.go:67:69: concat3("x", "y", "z") escapes to heap:
./strings_conv_escape.go:67:69:   flow: {storage for ... argument} = &{storage for concat3("x", "y", "z")}:
./strings_conv_escape.go:67:69:     from concat3("x", "y", "z") (spill) at ./strings_conv_escape.go:67:69
./strings_conv_escape.go:67:69:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:69:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:67:69:     from ... argument (spill) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:69:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:48: concatOut("ab", "cd") escapes to heap:
./strings_conv_escape.go:67:48:   flow: {storage for ... argument} = &{storage for concatOut("ab", "cd")}:
./strings_conv_escape.go:67:48:     from concatOut("ab", "cd") (spill) at ./strings_conv_escape.go:67:48
./strings_conv_escape.go:67:48:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:48:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:67:48:     from ... argument (spill) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:48:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:25: concatLocal("ab", "cd") escapes to heap:
./strings_conv_escape.go:67:25:   flow: {storage for ... argument} = &{storage for concatLocal("ab", "cd")}:
./strings_conv_escape.go:67:25:     from concatLocal("ab", "cd") (spill) at ./strings_conv_escape.go:67:25
./strings_conv_escape.go:67:25:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:25:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:67:25:     from ... argument (spill) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:67:25:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:67:13
./strings_conv_escape.go:66:35: sinkS escapes to heap:
./strings_conv_escape.go:66:35:   flow: {storage for ... argument} = &{storage for sinkS}:
./strings_conv_escape.go:66:35:     from sinkS (spill) at ./strings_conv_escape.go:66:35
./strings_conv_escape.go:66:35:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:35:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:66:35:     from ... argument (spill) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:35:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:35: string(sinkR) escapes to heap:
./strings_conv_escape.go:66:35:   flow: {storage for ... argument} = &{storage for string(sinkR)}:
./strings_conv_escape.go:66:35:     from string(sinkR) (spill) at ./strings_conv_escape.go:66:35
./strings_conv_escape.go:66:35:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:35:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:66:35:     from ... argument (spill) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:35:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:20: string(sinkB) escapes to heap:
./strings_conv_escape.go:66:20:   flow: {storage for ... argument} = &{storage for string(sinkB)}:
./strings_conv_escape.go:66:20:     from string(sinkB) (spill) at ./strings_conv_escape.go:66:20
./strings_conv_escape.go:66:20:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:20:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:66:20:     from ... argument (spill) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:66:20:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:66:13
./strings_conv_escape.go:62:65: strLocal([]byte{...}) escapes to heap:
./strings_conv_escape.go:62:65:   flow: {storage for ... argument} = &{storage for strLocal([]byte{...})}:
./strings_conv_escape.go:62:65:     from strLocal([]byte{...}) (spill) at ./strings_conv_escape.go:62:65
./strings_conv_escape.go:62:65:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:65:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:62:65:     from ... argument (spill) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:65:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:45: runesLocal("héllo") escapes to heap:
./strings_conv_escape.go:62:45:   flow: {storage for ... argument} = &{storage for runesLocal("héllo")}:
./strings_conv_escape.go:62:45:     from runesLocal("héllo") (spill) at ./strings_conv_escape.go:62:45
./strings_conv_escape.go:62:45:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:45:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:62:45:     from ... argument (spill) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:45:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:24: bytesLocal("hello") escapes to heap:
./strings_conv_escape.go:62:24:   flow: {storage for ... argument} = &{storage for bytesLocal("hello")}:
./strings_conv_escape.go:62:24:     from bytesLocal("hello") (spill) at ./strings_conv_escape.go:62:24
./strings_conv_escape.go:62:24:     from ... argument (slice-literal-element) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:24:   flow: {heap} = {storage for ... argument}:
./strings_conv_escape.go:62:24:     from ... argument (spill) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:62:24:     from fmt.Println(... argument...) (call parameter) at ./strings_conv_escape.go:62:13
./strings_conv_escape.go:85:56: string(rune(u8)) escapes to heap:
./strings_conv_escape.go:85:56:   flow: {storage for string(rune(u8))} = &{storage for string(rune(u8))}:
./strings_conv_escape.go:85:56:     from string(rune(u8)) (spill) at ./strings_conv_escape.go:85:56
./strings_conv_escape.go:85:56:     from string(rune(u8)) (interface-converted) at ./strings_conv_escape.go:85:56
./strings_conv_escape.go:85:37: string(rune(i64)) escapes to heap:
./strings_conv_escape.go:85:37:   flow: {storage for string(rune(i64))} = &{storage for string(rune(i64))}:
./strings_conv_escape.go:85:37:     from string(rune(i64)) (spill) at ./strings_conv_escape.go:85:37
./strings_conv_escape.go:85:37:     from string(rune(i64)) (interface-converted) at ./strings_conv_escape.go:85:37
./strings_conv_escape.go:85:20: string(rune(i)) escapes to heap:
./strings_conv_escape.go:85:20:   flow: {storage for string(rune(i))} = &{storage for string(rune(i))}:
./strings_conv_escape.go:85:20:     from string(rune(i)) (spill) at ./strings_conv_escape.go:85:20
./strings_conv_escape.go:85:20:     from string(rune(i)) (interface-converted) at ./strings_conv_escape.go:85:20
./strings_conv_escape.go:80:13: []rune{...} escapes to heap:
./strings_conv_escape.go:80:13:   flow: r = &{storage for []rune{...}}:
./strings_conv_escape.go:80:13:     from []rune{...} (spill) at ./strings_conv_escape.go:80:13
./strings_conv_escape.go:80:13:     from r := []rune{...} (assign) at ./strings_conv_escape.go:80:4
./strings_conv_escape.go:80:13:   flow: {storage for r} = r:
./strings_conv_escape.go:80:13:     from r (interface-converted) at ./strings_conv_escape.go:81:17
./strings_conv_escape.go:79:23: string(b) escapes to heap:
./strings_conv_escape.go:79:23:   flow: {storage for string(b)} = &{storage for string(b)}:
./strings_conv_escape.go:79:23:     from string(b) (spill) at ./strings_conv_escape.go:79:23
./strings_conv_escape.go:79:23:     from string(b) (interface-converted) at ./strings_conv_escape.go:79:23
./strings_conv_escape.go:77:13: string(b) escapes to heap:
./strings_conv_escape.go:77:13:   flow: s = &{storage for string(b)}:
./strings_conv_escape.go:77:13:     from string(b) (spill) at ./strings_conv_escape.go:77:13
./strings_conv_escape.go:77:13:     from s := string(b) (assign) at ./strings_conv_escape.go:77:4
./strings_conv_escape.go:77:13:   flow: {storage for s} = s:
./strings_conv_escape.go:77:13:     from s (interface-converted) at ./strings_conv_escape.go:79:13
./strings_conv_escape.go:66:35: string(sinkR) escapes to heap:
./strings_conv_escape.go:66:35:   flow: {storage for string(sinkR)} = &{storage for string(sinkR)}:
./strings_conv_escape.go:66:35:     from string(sinkR) (spill) at ./strings_conv_escape.go:66:35
./strings_conv_escape.go:66:35:     from string(sinkR) (interface-converted) at ./strings_conv_escape.go:66:35
./strings_conv_escape.go:66:20: string(sinkB) escapes to heap:
./strings_conv_escape.go:66:20:   flow: {storage for string(sinkB)} = &{storage for string(sinkB)}:
./strings_conv_escape.go:66:20:     from string(sinkB) (spill) at ./strings_conv_escape.go:66:20
./strings_conv_escape.go:66:20:     from string(sinkB) (interface-converted) at ./strings_conv_escape.go:66:20
./strings_conv_escape.go:62:13: ... argument does not escape
./strings_conv_escape.go:62:24: bytesLocal("hello") escapes to heap
./strings_conv_escape.go:62:45: runesLocal("héllo") escapes to heap
./strings_conv_escape.go:62:65: strLocal([]byte{...}) escapes to heap
./strings_conv_escape.go:62:72: []byte{...} does not escape
./strings_conv_escape.go:65:24: strOut(sinkB) + strRunes(sinkR) escapes to heap
./strings_conv_escape.go:66:13: ... argument does not escape
./strings_conv_escape.go:66:20: string(sinkB) escapes to heap
./strings_conv_escape.go:66:20: string(sinkB) escapes to heap
./strings_conv_escape.go:66:35: string(sinkR) escapes to heap
./strings_conv_escape.go:66:35: string(sinkR) escapes to heap
./strings_conv_escape.go:66:35: sinkS escapes to heap
./strings_conv_escape.go:67:13: ... argument does not escape
./strings_conv_escape.go:67:25: concatLocal("ab", "cd") escapes to heap
./strings_conv_escape.go:67:48: concatOut("ab", "cd") escapes to heap
./strings_conv_escape.go:67:69: concat3("x", "y", "z") escapes to heap
./strings_conv_escape.go:68:13: ... argument does not escape
./strings_conv_escape.go:68:21: runeStr('é') escapes to heap
./strings_conv_escape.go:68:36: runeStr(0x1F600) escapes to heap
./strings_conv_escape.go:68:54: runeStr(-1) escapes to heap
./strings_conv_escape.go:68:67: runeStr(0xD800) escapes to heap
./strings_conv_escape.go:68:84: runeStr(0x110000) escapes to heap
./strings_conv_escape.go:69:13: ... argument does not escape
./strings_conv_escape.go:69:13: .autotmp_0 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_1 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_2 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_3 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_4 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_5 escapes to heap
./strings_conv_escape.go:70:13: ... argument does not escape
./strings_conv_escape.go:70:13: .autotmp_6 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_7 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_8 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_9 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_10 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_11 escapes to heap
./strings_conv_escape.go:71:13: ... argument does not escape
./strings_conv_escape.go:71:13: .autotmp_12 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_13 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_14 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_15 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_16 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_17 escapes to heap
./strings_conv_escape.go:72:13: ... argument does not escape
./strings_conv_escape.go:72:13: .autotmp_18 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_19 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_20 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_21 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_22 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_23 escapes to heap
./strings_conv_escape.go:73:13: ... argument does not escape
./strings_conv_escape.go:73:13: .autotmp_24 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_25 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_26 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_27 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_28 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_29 escapes to heap
./strings_conv_escape.go:74:13: ... argument does not escape
./strings_conv_escape.go:74:13: .autotmp_30 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_31 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_32 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_33 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_34 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_35 escapes to heap
./strings_conv_escape.go:75:13: ([]byte)("hello") does not escape
./strings_conv_escape.go:77:13: string(b) escapes to heap
./strings_conv_escape.go:79:13: ... argument does not escape
./strings_conv_escape.go:79:13: s escapes to heap
./strings_conv_escape.go:79:23: string(b) escapes to heap
./strings_conv_escape.go:79:23: string(b) escapes to heap
./strings_conv_escape.go:80:13: []rune{...} escapes to heap
./strings_conv_escape.go:81:13: ... argument does not escape
./strings_conv_escape.go:81:17: len(r) escapes to heap
./strings_conv_escape.go:81:17: r escapes to heap
./strings_conv_escape.go:85:13: ... argument does not escape
./strings_conv_escape.go:85:20: string(rune(i)) escapes to heap
./strings_conv_escape.go:85:20: string(rune(i)) escapes to heap
./strings_conv_escape.go:85:37: string(rune(i64)) escapes to heap
./strings_conv_escape.go:85:37: string(rune(i64)) escapes to heap
./strings_conv_escape.go:85:56: string(rune(u8)) escapes to heap
./strings_conv_escape.go:85:56: string(rune(u8)) escapes to heap
./strings_conv_escape.go:87:12: ... argument does not escape
./strings_conv_escape.go:87:12: i escapes to heap
./strings_conv_escape.go:87:16: ":" escapes to heap
./strings_conv_escape.go:87:16: c escapes to heap
./strings_conv_escape.go:87:24: " " escapes to heap
./strings_conv_escape.go:91:12: ... argument does not escape
./strings_conv_escape.go:91:12: i escapes to heap
./strings_conv_escape.go:91:16: " " escapes to heap
./strings_conv_escape.go:98:13: ... argument does not escape
./strings_conv_escape.go:98:13: n escapes to heap
./strings_conv_escape.go:100:13: ... argument does not escape
./strings_conv_escape.go:100:17: str[1] escapes to heap
./strings_conv_escape.go:100:25: str[1:3] escapes to heap
./strings_conv_escape.go:100:40: str[:0] == "" escapes to heap
./strings_conv_escape.go:100:50: str[5:] escapes to heap
./strings_conv_escape.go:100:59: len(str[2:]) escapes to heap
./strings_conv_escape.go:101:13: ... argument does not escape
./strings_conv_escape.go:101:20: "abc" < "abd" escapes to heap
./strings_conv_escape.go:101:35: "abc" > "ab" escapes to heap
./strings_conv_escape.go:101:47: "Z" < "a" escapes to heap
./strings_conv_escape.go:101:57: "" < " " escapes to heap
