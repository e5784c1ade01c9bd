./strings_ops.go:45:38: `raw\n` escapes to heap:
./strings_ops.go:45:38:   flow: {storage for ... argument} = &{storage for `raw\n`}:
./strings_ops.go:45:38:     from `raw\n` (spill) at ./strings_ops.go:45:38
./strings_ops.go:45:38:     from ... argument (slice-literal-element) at ./strings_ops.go:45:13
./strings_ops.go:45:38:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:45:38:     from ... argument (spill) at ./strings_ops.go:45:13
./strings_ops.go:45:38:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:45:13
./strings_ops.go:45:27: "quote\"" escapes to heap:
./strings_ops.go:45:27:   flow: {storage for ... argument} = &{storage for "quote\""}:
./strings_ops.go:45:27:     from "quote\"" (spill) at ./strings_ops.go:45:27
./strings_ops.go:45:27:     from ... argument (slice-literal-element) at ./strings_ops.go:45:13
./strings_ops.go:45:27:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:45:27:     from ... argument (spill) at ./strings_ops.go:45:13
./strings_ops.go:45:27:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:45:13
./strings_ops.go:45:14: "tab\there" escapes to heap:
./strings_ops.go:45:14:   flow: {storage for ... argument} = &{storage for "tab\there"}:
./strings_ops.go:45:14:     from "tab\there" (spill) at ./strings_ops.go:45:14
./strings_ops.go:45:14:     from ... argument (slice-literal-element) at ./strings_ops.go:45:13
./strings_ops.go:45:14:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:45:14:     from ... argument (spill) at ./strings_ops.go:45:13
./strings_ops.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:45:13
./strings_ops.go:43:20: bs[1:3] escapes to heap:
./strings_ops.go:43:20:   flow: {storage for ... argument} = &{storage for bs[1:3]}:
./strings_ops.go:43:20:     from bs[1:3] (spill) at ./strings_ops.go:43:20
./strings_ops.go:43:20:     from ... argument (slice-literal-element) at ./strings_ops.go:43:13
./strings_ops.go:43:20:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:43:20:     from ... argument (spill) at ./strings_ops.go:43:13
./strings_ops.go:43:20:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:43:13
./strings_ops.go:43:13: bs escapes to heap:
./strings_ops.go:43:13:   flow: {storage for ... argument} = &{storage for bs}:
./strings_ops.go:43:13:     from bs (spill) at ./strings_ops.go:43:13
./strings_ops.go:43:13:     from ... argument (slice-literal-element) at ./strings_ops.go:43:13
./strings_ops.go:43:13:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:43:13:     from ... argument (spill) at ./strings_ops.go:43:13
./strings_ops.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:43:13
./strings_ops.go:37:30: x[:3] + x[7:] escapes to heap:
./strings_ops.go:37:30:   flow: {storage for ... argument} = &{storage for x[:3] + x[7:]}:
./strings_ops.go:37:30:     from x[:3] + x[7:] (spill) at ./strings_ops.go:37:30
./strings_ops.go:37:30:     from ... argument (slice-literal-element) at ./strings_ops.go:37:13
./strings_ops.go:37:30:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:37:30:     from ... argument (spill) at ./strings_ops.go:37:13
./strings_ops.go:37:30:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:37:13
./strings_ops.go:37:18: x[3:7] escapes to heap:
./strings_ops.go:37:18:   flow: {storage for ... argument} = &{storage for x[3:7]}:
./strings_ops.go:37:18:     from x[3:7] (spill) at ./strings_ops.go:37:18
./strings_ops.go:37:18:     from ... argument (slice-literal-element) at ./strings_ops.go:37:13
./strings_ops.go:37:18:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:37:18:     from ... argument (spill) at ./strings_ops.go:37:13
./strings_ops.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:37:13
./strings_ops.go:37:13: x escapes to heap:
./strings_ops.go:37:13:   flow: {storage for ... argument} = &{storage for x}:
./strings_ops.go:37:13:     from x (spill) at ./strings_ops.go:37:13
./strings_ops.go:37:13:     from ... argument (slice-literal-element) at ./strings_ops.go:37:13
./strings_ops.go:37:13:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:37:13:     from ... argument (spill) at ./strings_ops.go:37:13
./strings_ops.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:37:13
./strings_ops.go:28:32: e + "x" escapes to heap:
./strings_ops.go:28:32:   flow: {storage for ... argument} = &{storage for e + "x"}:
./strings_ops.go:28:32:     from e + "x" (spill) at ./strings_ops.go:28:32
./strings_ops.go:28:32:     from ... argument (slice-literal-element) at ./strings_ops.go:28:13
./strings_ops.go:28:32:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:28:32:     from ... argument (spill) at ./strings_ops.go:28:13
./strings_ops.go:28:32:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:28:13
./strings_ops.go:28:26: len(e) escapes to heap:
./strings_ops.go:28:26:   flow: {storage for ... argument} = &{storage for len(e)}:
./strings_ops.go:28:26:     from len(e) (spill) at ./strings_ops.go:28:26
./strings_ops.go:28:26:     from ... argument (slice-literal-element) at ./strings_ops.go:28:13
./strings_ops.go:28:26:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:28:26:     from ... argument (spill) at ./strings_ops.go:28:13
./strings_ops.go:28:26:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:28:13
./strings_ops.go:28:16: e == "" escapes to heap:
./strings_ops.go:28:16:   flow: {storage for ... argument} = &{storage for e == ""}:
./strings_ops.go:28:16:     from e == "" (spill) at ./strings_ops.go:28:16
./strings_ops.go:28:16:     from ... argument (slice-literal-element) at ./strings_ops.go:28:13
./strings_ops.go:28:16:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:28:16:     from ... argument (spill) at ./strings_ops.go:28:13
./strings_ops.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:28:13
./strings_ops.go:26:104: string(rune(0xd800)) escapes to heap:
./strings_ops.go:26:104:   flow: {storage for ... argument} = &{storage for string(rune(0xd800))}:
./strings_ops.go:26:104:     from string(rune(0xd800)) (spill) at ./strings_ops.go:26:104
./strings_ops.go:26:104:     from ... argument (slice-literal-element) at ./strings_ops.go:26:13
./strings_ops.go:26:104:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:26:104:     from ... argument (spill) at ./strings_ops.go:26:13
./strings_ops.go:26:104:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:26:13
./strings_ops.go:26:78: string(rune(0x10ffff + 1)) escapes to heap:
./strings_ops.go:26:78:   flow: {storage for ... argument} = &{storage for string(rune(0x10ffff + 1))}:
./strings_ops.go:26:78:     from string(rune(0x10ffff + 1)) (spill) at ./strings_ops.go:26:78
./strings_ops.go:26:78:     from ... argument (slice-literal-element) at ./strings_ops.go:26:13
./strings_ops.go:26:78:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:26:78:     from ... argument (spill) at ./strings_ops.go:26:13
./strings_ops.go:26:78:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:26:13
./strings_ops.go:26:60: string(rune(-1)) escapes to heap:
./strings_ops.go:26:60:   flow: {storage for ... argument} = &{storage for string(rune(-1))}:
./strings_ops.go:26:60:     from string(rune(-1)) (spill) at ./strings_ops.go:26:60
./strings_ops.go:26:60:     from ... argument (slice-literal-element) at ./strings_ops.go:26:13
./strings_ops.go:26:60:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:26:60:     from ... argument (spill) at ./strings_ops.go:26:13
./strings_ops.go:26:60:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:26:13
./strings_ops.go:26:38: string(rune(0x4e16)) escapes to heap:
./strings_ops.go:26:38:   flow: {storage for ... argument} = &{storage for string(rune(0x4e16))}:
./strings_ops.go:26:38:     from string(rune(0x4e16)) (spill) at ./strings_ops.go:26:38
./strings_ops.go:26:38:     from ... argument (slice-literal-element) at ./strings_ops.go:26:13
./strings_ops.go:26:38:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:26:38:     from ... argument (spill) at ./strings_ops.go:26:13
./strings_ops.go:26:38:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:26:13
./strings_ops.go:26:20: string(rune(65)) escapes to heap:
./strings_ops.go:26:20:   flow: {storage for ... argument} = &{storage for string(rune(65))}:
./strings_ops.go:26:20:     from string(rune(65)) (spill) at ./strings_ops.go:26:20
./strings_ops.go:26:20:     from ... argument (slice-literal-element) at ./strings_ops.go:26:13
./strings_ops.go:26:20:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:26:20:     from ... argument (spill) at ./strings_ops.go:26:13
./strings_ops.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:26:13
./strings_ops.go:25:84: "ab" < "abc" escapes to heap:
./strings_ops.go:25:84:   flow: {storage for ... argument} = &{storage for "ab" < "abc"}:
./strings_ops.go:25:84:     from "ab" < "abc" (spill) at ./strings_ops.go:25:84
./strings_ops.go:25:84:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:84:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:84:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:84:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:72: "" < "a" escapes to heap:
./strings_ops.go:25:72:   flow: {storage for ... argument} = &{storage for "" < "a"}:
./strings_ops.go:25:72:     from "" < "a" (spill) at ./strings_ops.go:25:72
./strings_ops.go:25:72:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:72:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:72:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:72:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:58: b >= "abcd" escapes to heap:
./strings_ops.go:25:58:   flow: {storage for ... argument} = &{storage for b >= "abcd"}:
./strings_ops.go:25:58:     from b >= "abcd" (spill) at ./strings_ops.go:25:58
./strings_ops.go:25:58:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:58:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:58:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:58:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:46: a <= "abc" escapes to heap:
./strings_ops.go:25:46:   flow: {storage for ... argument} = &{storage for a <= "abc"}:
./strings_ops.go:25:46:     from a <= "abc" (spill) at ./strings_ops.go:25:46
./strings_ops.go:25:46:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:46:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:46:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:46:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:38: a != b escapes to heap:
./strings_ops.go:25:38:   flow: {storage for ... argument} = &{storage for a != b}:
./strings_ops.go:25:38:     from a != b (spill) at ./strings_ops.go:25:38
./strings_ops.go:25:38:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:38:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:38:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:38:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:30: a == b escapes to heap:
./strings_ops.go:25:30:   flow: {storage for ... argument} = &{storage for a == b}:
./strings_ops.go:25:30:     from a == b (spill) at ./strings_ops.go:25:30
./strings_ops.go:25:30:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:30:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:30:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:30:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:23: a > b escapes to heap:
./strings_ops.go:25:23:   flow: {storage for ... argument} = &{storage for a > b}:
./strings_ops.go:25:23:     from a > b (spill) at ./strings_ops.go:25:23
./strings_ops.go:25:23:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:23:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:23:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:23:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:25:16: a < b escapes to heap:
./strings_ops.go:25:16:   flow: {storage for ... argument} = &{storage for a < b}:
./strings_ops.go:25:16:     from a < b (spill) at ./strings_ops.go:25:16
./strings_ops.go:25:16:     from ... argument (slice-literal-element) at ./strings_ops.go:25:13
./strings_ops.go:25:16:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:25:16:     from ... argument (spill) at ./strings_ops.go:25:13
./strings_ops.go:25:16:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:25:13
./strings_ops.go:23:20: len(t) escapes to heap:
./strings_ops.go:23:20:   flow: {storage for ... argument} = &{storage for len(t)}:
./strings_ops.go:23:20:     from len(t) (spill) at ./strings_ops.go:23:20
./strings_ops.go:23:20:     from ... argument (slice-literal-element) at ./strings_ops.go:23:13
./strings_ops.go:23:20:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:23:20:     from ... argument (spill) at ./strings_ops.go:23:13
./strings_ops.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:23:13
./strings_ops.go:23:13: t escapes to heap:
./strings_ops.go:23:13:   flow: {storage for ... argument} = &{storage for t}:
./strings_ops.go:23:13:     from t (spill) at ./strings_ops.go:23:13
./strings_ops.go:23:13:     from ... argument (slice-literal-element) at ./strings_ops.go:23:13
./strings_ops.go:23:13:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:23:13:     from ... argument (spill) at ./strings_ops.go:23:13
./strings_ops.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:23:13
./strings_ops.go:20:14: r escapes to heap:
./strings_ops.go:20:14:   flow: {storage for ... argument} = &{storage for r}:
./strings_ops.go:20:14:     from r (spill) at ./strings_ops.go:20:14
./strings_ops.go:20:14:     from ... argument (slice-literal-element) at ./strings_ops.go:20:14
./strings_ops.go:20:14:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:20:14:     from ... argument (spill) at ./strings_ops.go:20:14
./strings_ops.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:20:14
./strings_ops.go:9:27: string(r) escapes to heap:
./strings_ops.go:9:27:   flow: {storage for ... argument} = &{storage for string(r)}:
./strings_ops.go:9:27:     from string(r) (spill) at ./strings_ops.go:9:27
./strings_ops.go:9:27:     from ... argument (slice-literal-element) at ./strings_ops.go:9:14
./strings_ops.go:9:27:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:9:27:     from ... argument (spill) at ./strings_ops.go:9:14
./strings_ops.go:9:27:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:9:14
./strings_ops.go:9:14: r escapes to heap:
./strings_ops.go:9:14:   flow: {storage for ... argument} = &{storage for r}:
./strings_ops.go:9:14:     from r (spill) at ./strings_ops.go:9:14
./strings_ops.go:9:14:     from ... argument (slice-literal-element) at ./strings_ops.go:9:14
./strings_ops.go:9:14:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:9:14:     from ... argument (spill) at ./strings_ops.go:9:14
./strings_ops.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:9:14
./strings_ops.go:9:14: i escapes to heap:
./strings_ops.go:9:14:   flow: {storage for ... argument} = &{storage for i}:
./strings_ops.go:9:14:     from i (spill) at ./strings_ops.go:9:14
./strings_ops.go:9:14:     from ... argument (slice-literal-element) at ./strings_ops.go:9:14
./strings_ops.go:9:14:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:9:14:     from ... argument (spill) at ./strings_ops.go:9:14
./strings_ops.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:9:14
./strings_ops.go:7:61: s[:0] == "" escapes to heap:
./strings_ops.go:7:61:   flow: {storage for ... argument} = &{storage for s[:0] == ""}:
./strings_ops.go:7:61:     from s[:0] == "" (spill) at ./strings_ops.go:7:61
./strings_ops.go:7:61:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:61:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:61:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:61:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:7:49: s[7:] escapes to heap:
./strings_ops.go:7:49:   flow: {storage for ... argument} = &{storage for s[7:]}:
./strings_ops.go:7:49:     from s[7:] (spill) at ./strings_ops.go:7:49
./strings_ops.go:7:49:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:49:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:49:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:49:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:7:41: s[1:3] escapes to heap:
./strings_ops.go:7:41:   flow: {storage for ... argument} = &{storage for s[1:3]}:
./strings_ops.go:7:41:     from s[1:3] (spill) at ./strings_ops.go:7:41
./strings_ops.go:7:41:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:41:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:41:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:41:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:7:35: s[2] escapes to heap:
./strings_ops.go:7:35:   flow: {storage for ... argument} = &{storage for s[2]}:
./strings_ops.go:7:35:     from s[2] (spill) at ./strings_ops.go:7:35
./strings_ops.go:7:35:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:35:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:35:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:35:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:7:29: s[1] escapes to heap:
./strings_ops.go:7:29:   flow: {storage for ... argument} = &{storage for s[1]}:
./strings_ops.go:7:29:     from s[1] (spill) at ./strings_ops.go:7:29
./strings_ops.go:7:29:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:29:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:29:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:29:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:7:23: s[0] escapes to heap:
./strings_ops.go:7:23:   flow: {storage for ... argument} = &{storage for s[0]}:
./strings_ops.go:7:23:     from s[0] (spill) at ./strings_ops.go:7:23
./strings_ops.go:7:23:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:23:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:23:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:23:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:7:17: len(s) escapes to heap:
./strings_ops.go:7:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./strings_ops.go:7:17:     from len(s) (spill) at ./strings_ops.go:7:17
./strings_ops.go:7:17:     from ... argument (slice-literal-element) at ./strings_ops.go:7:13
./strings_ops.go:7:17:   flow: {heap} = {storage for ... argument}:
./strings_ops.go:7:17:     from ... argument (spill) at ./strings_ops.go:7:13
./strings_ops.go:7:17:     from fmt.Println(... argument...) (call parameter) at ./strings_ops.go:7:13
./strings_ops.go:38:12: make([]byte, 5) escapes to heap:
./strings_ops.go:38:12:   flow: bs = &{storage for make([]byte, 5)}:
./strings_ops.go:38:12:     from make([]byte, 5) (spill) at ./strings_ops.go:38:12
./strings_ops.go:38:12:     from bs := make([]byte, 5) (assign) at ./strings_ops.go:38:5
./strings_ops.go:38:12:   flow: {storage for bs[1:3]} = bs:
./strings_ops.go:38:12:     from bs[1:3] (slice) at ./strings_ops.go:43:20
./strings_ops.go:38:12:     from bs[1:3] (interface-converted) at ./strings_ops.go:43:20
./strings_ops.go:37:30: x[:3] + x[7:] escapes to heap:
./strings_ops.go:37:30:   flow: {storage for x[:3] + x[7:]} = &{storage for x[:3] + x[7:]}:
./strings_ops.go:37:30:     from x[:3] + x[7:] (spill) at ./strings_ops.go:37:30
./strings_ops.go:37:30:     from x[:3] + x[7:] (interface-converted) at ./strings_ops.go:37:30
./strings_ops.go:35:14: string(rune('a' + i)) escapes to heap:
./strings_ops.go:35:14:   flow: x = &{storage for string(rune('a' + i))}:
./strings_ops.go:35:14:     from string(rune('a' + i)) (spill) at ./strings_ops.go:35:14
./strings_ops.go:35:14:     from x += string(rune('a' + i)) (assign) at ./strings_ops.go:35:5
./strings_ops.go:35:14:   flow: {storage for x[3:7]} = x:
./strings_ops.go:35:14:     from x[3:7] (slice) at ./strings_ops.go:37:18
./strings_ops.go:35:14:     from x[3:7] (interface-converted) at ./strings_ops.go:37:18
./strings_ops.go:28:32: e + "x" escapes to heap:
./strings_ops.go:28:32:   flow: {storage for e + "x"} = &{storage for e + "x"}:
./strings_ops.go:28:32:     from e + "x" (spill) at ./strings_ops.go:28:32
./strings_ops.go:28:32:     from e + "x" (interface-converted) at ./strings_ops.go:28:32
./strings_ops.go:22:15: s + "+" + s[0:1] escapes to heap:
./strings_ops.go:22:15:   flow: t = &{storage for s + "+" + s[0:1]}:
./strings_ops.go:22:15:     from s + "+" + s[0:1] (spill) at ./strings_ops.go:22:15
./strings_ops.go:22:15:     from t := s + "+" + s[0:1] (assign) at ./strings_ops.go:22:4
./strings_ops.go:22:15:   flow: {storage for t} = t:
./strings_ops.go:22:15:     from t (interface-converted) at ./strings_ops.go:23:13
./strings_ops.go:9:27: string(r) escapes to heap:
./strings_ops.go:9:27:   flow: {storage for string(r)} = &{storage for string(r)}:
./strings_ops.go:9:27:     from string(r) (spill) at ./strings_ops.go:9:27
./strings_ops.go:9:27:     from string(r) (interface-converted) at ./strings_ops.go:9:27
./strings_ops.go:7:13: ... argument does not escape
./strings_ops.go:7:17: len(s) escapes to heap
./strings_ops.go:7:23: s[0] escapes to heap
./strings_ops.go:7:29: s[1] escapes to heap
./strings_ops.go:7:35: s[2] escapes to heap
./strings_ops.go:7:41: s[1:3] escapes to heap
./strings_ops.go:7:49: s[7:] escapes to heap
./strings_ops.go:7:61: s[:0] == "" escapes to heap
./strings_ops.go:9:14: ... argument does not escape
./strings_ops.go:9:14: i escapes to heap
./strings_ops.go:9:14: r escapes to heap
./strings_ops.go:9:27: string(r) escapes to heap
./strings_ops.go:9:27: string(r) escapes to heap
./strings_ops.go:20:14: ... argument does not escape
./strings_ops.go:20:14: r escapes to heap
./strings_ops.go:22:15: s + "+" + s[0:1] escapes to heap
./strings_ops.go:23:13: ... argument does not escape
./strings_ops.go:23:13: t escapes to heap
./strings_ops.go:23:20: len(t) escapes to heap
./strings_ops.go:25:13: ... argument does not escape
./strings_ops.go:25:16: a < b escapes to heap
./strings_ops.go:25:23: a > b escapes to heap
./strings_ops.go:25:30: a == b escapes to heap
./strings_ops.go:25:38: a != b escapes to heap
./strings_ops.go:25:46: a <= "abc" escapes to heap
./strings_ops.go:25:58: b >= "abcd" escapes to heap
./strings_ops.go:25:72: "" < "a" escapes to heap
./strings_ops.go:25:84: "ab" < "abc" escapes to heap
./strings_ops.go:26:13: ... argument does not escape
./strings_ops.go:26:20: string(rune(65)) escapes to heap
./strings_ops.go:26:38: string(rune(0x4e16)) escapes to heap
./strings_ops.go:26:60: string(rune(-1)) escapes to heap
./strings_ops.go:26:78: string(rune(0x10ffff + 1)) escapes to heap
./strings_ops.go:26:104: string(rune(0xd800)) escapes to heap
./strings_ops.go:28:13: ... argument does not escape
./strings_ops.go:28:16: e == "" escapes to heap
./strings_ops.go:28:26: len(e) escapes to heap
./strings_ops.go:28:32: e + "x" escapes to heap
./strings_ops.go:28:32: e + "x" escapes to heap
./strings_ops.go:35:14: string(rune('a' + i)) escapes to heap
./strings_ops.go:37:13: ... argument does not escape
./strings_ops.go:37:13: x escapes to heap
./strings_ops.go:37:18: x[3:7] escapes to heap
./strings_ops.go:37:30: x[:3] + x[7:] escapes to heap
./strings_ops.go:37:30: x[:3] + x[7:] escapes to heap
./strings_ops.go:38:12: make([]byte, 5) escapes to heap
./strings_ops.go:43:13: ... argument does not escape
./strings_ops.go:43:13: bs escapes to heap
./strings_ops.go:43:20: bs[1:3] escapes to heap
./strings_ops.go:45:13: ... argument does not escape
./strings_ops.go:45:14: "tab\there" escapes to heap
./strings_ops.go:45:27: "quote\"" escapes to heap
./strings_ops.go:45:38: `raw\n` escapes to heap
