./strings_more.go:5:13: parameter s leaks to ~r0 with derefs=0:
./strings_more.go:5:13:   flow: r = s:
./strings_more.go:5:13:     from r += s (assign) at ./strings_more.go:8:5
./strings_more.go:5:13:   flow: ~r0 = r:
./strings_more.go:5:13:     from return r (return) at ./strings_more.go:10:2
./strings_more.go:5:13: leaking param: s to result ~r0 level=0
./strings_more.go:16:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./strings_more.go:16:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./strings_more.go:18:15: string(r) escapes to heap:
./strings_more.go:18:15:   flow: ~r0 = &{storage for string(r)}:
./strings_more.go:18:15:     from string(r) (spill) at ./strings_more.go:18:15
./strings_more.go:18:15:     from return string(r) (return) at ./strings_more.go:18:2
./strings_more.go:13:14: s does not escape
./strings_more.go:14:13: ([]rune)(s) does not escape
./strings_more.go:18:15: string(r) escapes to heap
./strings_more.go:21:12: s does not escape
./strings_more.go:42:22: main ignoring self-assignment in strs[i], strs[j] = strs[j], strs[i]
./strings_more.go:42:22: main ignoring self-assignment in strs[i], strs[j] = strs[j], strs[i]
./strings_more.go:72:13: digits escapes to heap:
./strings_more.go:72:13:   flow: {storage for ... argument} = &{storage for digits}:
./strings_more.go:72:13:     from digits (spill) at ./strings_more.go:72:13
./strings_more.go:72:13:     from ... argument (slice-literal-element) at ./strings_more.go:72:13
./strings_more.go:72:13:   flow: {heap} = {storage for ... argument}:
./strings_more.go:72:13:     from ... argument (spill) at ./strings_more.go:72:13
./strings_more.go:72:13:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:72:13
./strings_more.go:65:42: "abc"[1:] + "d" escapes to heap:
./strings_more.go:65:42:   flow: {storage for ... argument} = &{storage for "abc"[1:] + "d"}:
./strings_more.go:65:42:     from "abc"[1:] + "d" (spill) at ./strings_more.go:65:42
./strings_more.go:65:42:     from ... argument (slice-literal-element) at ./strings_more.go:65:13
./strings_more.go:65:42:   flow: {heap} = {storage for ... argument}:
./strings_more.go:65:42:     from ... argument (spill) at ./strings_more.go:65:13
./strings_more.go:65:42:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:65:13
./strings_more.go:65:20: string("abc"[1]) escapes to heap:
./strings_more.go:65:20:   flow: {storage for ... argument} = &{storage for string("abc"[1])}:
./strings_more.go:65:20:     from string("abc"[1]) (spill) at ./strings_more.go:65:20
./strings_more.go:65:20:     from ... argument (slice-literal-element) at ./strings_more.go:65:13
./strings_more.go:65:20:   flow: {heap} = {storage for ... argument}:
./strings_more.go:65:20:     from ... argument (spill) at ./strings_more.go:65:13
./strings_more.go:65:20:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:65:13
./strings_more.go:64:22: len("日本語") escapes to heap:
./strings_more.go:64:22:   flow: {storage for ... argument} = &{storage for len("日本語")}:
./strings_more.go:64:22:     from len("日本語") (spill) at ./strings_more.go:64:22
./strings_more.go:64:22:     from ... argument (slice-literal-element) at ./strings_more.go:64:13
./strings_more.go:64:22:   flow: {heap} = {storage for ... argument}:
./strings_more.go:64:22:     from ... argument (spill) at ./strings_more.go:64:13
./strings_more.go:64:22:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:64:13
./strings_more.go:64:13: cnt escapes to heap:
./strings_more.go:64:13:   flow: {storage for ... argument} = &{storage for cnt}:
./strings_more.go:64:13:     from cnt (spill) at ./strings_more.go:64:13
./strings_more.go:64:13:     from ... argument (slice-literal-element) at ./strings_more.go:64:13
./strings_more.go:64:13:   flow: {heap} = {storage for ... argument}:
./strings_more.go:64:13:     from ... argument (spill) at ./strings_more.go:64:13
./strings_more.go:64:13:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:64:13
./strings_more.go:59:20: len(e) escapes to heap:
./strings_more.go:59:20:   flow: {storage for ... argument} = &{storage for len(e)}:
./strings_more.go:59:20:     from len(e) (spill) at ./strings_more.go:59:20
./strings_more.go:59:20:     from ... argument (slice-literal-element) at ./strings_more.go:59:13
./strings_more.go:59:20:   flow: {heap} = {storage for ... argument}:
./strings_more.go:59:20:     from ... argument (spill) at ./strings_more.go:59:13
./strings_more.go:59:20:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:59:13
./strings_more.go:59:13: e escapes to heap:
./strings_more.go:59:13:   flow: {storage for ... argument} = &{storage for e}:
./strings_more.go:59:13:     from e (spill) at ./strings_more.go:59:13
./strings_more.go:59:13:     from ... argument (slice-literal-element) at ./strings_more.go:59:13
./strings_more.go:59:13:   flow: {heap} = {storage for ... argument}:
./strings_more.go:59:13:     from ... argument (spill) at ./strings_more.go:59:13
./strings_more.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:59:13
./strings_more.go:54:22: len(arr[0]) escapes to heap:
./strings_more.go:54:22:   flow: {storage for ... argument} = &{storage for len(arr[0])}:
./strings_more.go:54:22:     from len(arr[0]) (spill) at ./strings_more.go:54:22
./strings_more.go:54:22:     from ... argument (slice-literal-element) at ./strings_more.go:54:13
./strings_more.go:54:22:   flow: {heap} = {storage for ... argument}:
./strings_more.go:54:22:     from ... argument (spill) at ./strings_more.go:54:13
./strings_more.go:54:22:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:54:13
./strings_more.go:54:13: arr escapes to heap:
./strings_more.go:54:13:   flow: {storage for ... argument} = &{storage for arr}:
./strings_more.go:54:13:     from arr (spill) at ./strings_more.go:54:13
./strings_more.go:54:13:     from ... argument (slice-literal-element) at ./strings_more.go:54:13
./strings_more.go:54:13:   flow: {heap} = {storage for ... argument}:
./strings_more.go:54:13:     from ... argument (spill) at ./strings_more.go:54:13
./strings_more.go:54:13:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:54:13
./strings_more.go:51:33: &x != nil escapes to heap:
./strings_more.go:51:33:   flow: {storage for ... argument} = &{storage for &x != nil}:
./strings_more.go:51:33:     from &x != nil (spill) at ./strings_more.go:51:33
./strings_more.go:51:33:     from ... argument (slice-literal-element) at ./strings_more.go:51:13
./strings_more.go:51:33:   flow: {heap} = {storage for ... argument}:
./strings_more.go:51:33:     from ... argument (spill) at ./strings_more.go:51:13
./strings_more.go:51:33:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:51:13
./strings_more.go:51:24: y != z escapes to heap:
./strings_more.go:51:24:   flow: {storage for ... argument} = &{storage for y != z}:
./strings_more.go:51:24:     from y != z (spill) at ./strings_more.go:51:24
./strings_more.go:51:24:     from ... argument (slice-literal-element) at ./strings_more.go:51:13
./strings_more.go:51:24:   flow: {heap} = {storage for ... argument}:
./strings_more.go:51:24:     from ... argument (spill) at ./strings_more.go:51:13
./strings_more.go:51:24:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:51:13
./strings_more.go:51:16: y == z escapes to heap:
./strings_more.go:51:16:   flow: {storage for ... argument} = &{storage for y == z}:
./strings_more.go:51:16:     from y == z (spill) at ./strings_more.go:51:16
./strings_more.go:51:16:     from ... argument (slice-literal-element) at ./strings_more.go:51:13
./strings_more.go:51:16:   flow: {heap} = {storage for ... argument}:
./strings_more.go:51:16:     from ... argument (spill) at ./strings_more.go:51:13
./strings_more.go:51:16:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:51:13
./strings_more.go:47:70: "é" > "z" escapes to heap:
./strings_more.go:47:70:   flow: {storage for ... argument} = &{storage for "é" > "z"}:
./strings_more.go:47:70:     from "é" > "z" (spill) at ./strings_more.go:47:70
./strings_more.go:47:70:     from ... argument (slice-literal-element) at ./strings_more.go:47:13
./strings_more.go:47:70:   flow: {heap} = {storage for ... argument}:
./strings_more.go:47:70:     from ... argument (spill) at ./strings_more.go:47:13
./strings_more.go:47:70:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:47:13
./strings_more.go:47:55: "\xff" > "\x7f" escapes to heap:
./strings_more.go:47:55:   flow: {storage for ... argument} = &{storage for "\xff" > "\x7f"}:
./strings_more.go:47:55:     from "\xff" > "\x7f" (spill) at ./strings_more.go:47:55
./strings_more.go:47:55:     from ... argument (slice-literal-element) at ./strings_more.go:47:13
./strings_more.go:47:55:   flow: {heap} = {storage for ... argument}:
./strings_more.go:47:55:     from ... argument (spill) at ./strings_more.go:47:13
./strings_more.go:47:55:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:47:13
./strings_more.go:47:41: "Z" < "a" escapes to heap:
./strings_more.go:47:41:   flow: {storage for ... argument} = &{storage for "Z" < "a"}:
./strings_more.go:47:41:     from "Z" < "a" (spill) at ./strings_more.go:47:41
./strings_more.go:47:41:     from ... argument (slice-literal-element) at ./strings_more.go:47:13
./strings_more.go:47:41:   flow: {heap} = {storage for ... argument}:
./strings_more.go:47:41:     from ... argument (spill) at ./strings_more.go:47:13
./strings_more.go:47:41:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:47:13
./strings_more.go:47:30: "ab" < "a" escapes to heap:
./strings_more.go:47:30:   flow: {storage for ... argument} = &{storage for "ab" < "a"}:
./strings_more.go:47:30:     from "ab" < "a" (spill) at ./strings_more.go:47:30
./strings_more.go:47:30:     from ... argument (slice-literal-element) at ./strings_more.go:47:13
./strings_more.go:47:30:   flow: {heap} = {storage for ... argument}:
./strings_more.go:47:30:     from ... argument (spill) at ./strings_more.go:47:13
./strings_more.go:47:30:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:47:13
./strings_more.go:47:18: "a" < "b" escapes to heap:
./strings_more.go:47:18:   flow: {storage for ... argument} = &{storage for "a" < "b"}:
./strings_more.go:47:18:     from "a" < "b" (spill) at ./strings_more.go:47:18
./strings_more.go:47:18:     from ... argument (slice-literal-element) at ./strings_more.go:47:13
./strings_more.go:47:18:   flow: {heap} = {storage for ... argument}:
./strings_more.go:47:18:     from ... argument (spill) at ./strings_more.go:47:13
./strings_more.go:47:18:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:47:13
./strings_more.go:46:13: strs escapes to heap:
./strings_more.go:46:13:   flow: {storage for ... argument} = &{storage for strs}:
./strings_more.go:46:13:     from strs (spill) at ./strings_more.go:46:13
./strings_more.go:46:13:     from ... argument (slice-literal-element) at ./strings_more.go:46:13
./strings_more.go:46:13:   flow: {heap} = {storage for ... argument}:
./strings_more.go:46:13:     from ... argument (spill) at ./strings_more.go:46:13
./strings_more.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:46:13
./strings_more.go:37:20: len(d) escapes to heap:
./strings_more.go:37:20:   flow: {storage for ... argument} = &{storage for len(d)}:
./strings_more.go:37:20:     from len(d) (spill) at ./strings_more.go:37:20
./strings_more.go:37:20:     from ... argument (slice-literal-element) at ./strings_more.go:37:13
./strings_more.go:37:20:   flow: {heap} = {storage for ... argument}:
./strings_more.go:37:20:     from ... argument (spill) at ./strings_more.go:37:13
./strings_more.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:37:13
./strings_more.go:37:13: d escapes to heap:
./strings_more.go:37:13:   flow: {storage for ... argument} = &{storage for d}:
./strings_more.go:37:13:     from d (spill) at ./strings_more.go:37:13
./strings_more.go:37:13:     from ... argument (slice-literal-element) at ./strings_more.go:37:13
./strings_more.go:37:13:   flow: {heap} = {storage for ... argument}:
./strings_more.go:37:13:     from ... argument (spill) at ./strings_more.go:37:13
./strings_more.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:37:13
./strings_more.go:34:21: reverse("hello, 世界") escapes to heap:
./strings_more.go:34:21:   flow: {storage for ... argument} = &{storage for reverse("hello, 世界")}:
./strings_more.go:34:21:     from reverse("hello, 世界") (spill) at ./strings_more.go:34:21
./strings_more.go:34:21:     from ... argument (slice-literal-element) at ./strings_more.go:34:13
./strings_more.go:34:21:   flow: {heap} = {storage for ... argument}:
./strings_more.go:34:21:     from ... argument (spill) at ./strings_more.go:34:13
./strings_more.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:34:13
./strings_more.go:33:35: count(s, 'a') escapes to heap:
./strings_more.go:33:35:   flow: {storage for ... argument} = &{storage for count(s, 'a')}:
./strings_more.go:33:35:     from count(s, 'a') (spill) at ./strings_more.go:33:35
./strings_more.go:33:35:     from ... argument (slice-literal-element) at ./strings_more.go:33:13
./strings_more.go:33:35:   flow: {heap} = {storage for ... argument}:
./strings_more.go:33:35:     from ... argument (spill) at ./strings_more.go:33:13
./strings_more.go:33:35:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:33:13
./strings_more.go:33:23: s[95:] escapes to heap:
./strings_more.go:33:23:   flow: {storage for ... argument} = &{storage for s[95:]}:
./strings_more.go:33:23:     from s[95:] (spill) at ./strings_more.go:33:23
./strings_more.go:33:23:     from ... argument (slice-literal-element) at ./strings_more.go:33:13
./strings_more.go:33:23:   flow: {heap} = {storage for ... argument}:
./strings_more.go:33:23:     from ... argument (spill) at ./strings_more.go:33:13
./strings_more.go:33:23:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:33:13
./strings_more.go:33:17: len(s) escapes to heap:
./strings_more.go:33:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./strings_more.go:33:17:     from len(s) (spill) at ./strings_more.go:33:17
./strings_more.go:33:17:     from ... argument (slice-literal-element) at ./strings_more.go:33:13
./strings_more.go:33:17:   flow: {heap} = {storage for ... argument}:
./strings_more.go:33:17:     from ... argument (spill) at ./strings_more.go:33:13
./strings_more.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./strings_more.go:33:13
./strings_more.go:69:37: string(rune('0' + num % 10)) + digits escapes to heap:
./strings_more.go:69:37:   flow: digits = &{storage for string(rune('0' + num % 10)) + digits}:
./strings_more.go:69:37:     from string(rune('0' + num % 10)) + digits (spill) at ./strings_more.go:69:37
./strings_more.go:69:37:     from digits = string(rune('0' + num % 10)) + digits (assign) at ./strings_more.go:69:10
./strings_more.go:69:37:   flow: {storage for digits} = digits:
./strings_more.go:69:37:     from digits (interface-converted) at ./strings_more.go:72:13
./strings_more.go:65:42: "abc"[1:] + "d" escapes to heap:
./strings_more.go:65:42:   flow: {storage for "abc"[1:] + "d"} = &{storage for "abc"[1:] + "d"}:
./strings_more.go:65:42:     from "abc"[1:] + "d" (spill) at ./strings_more.go:65:42
./strings_more.go:65:42:     from "abc"[1:] + "d" (interface-converted) at ./strings_more.go:65:42
./strings_more.go:65:20: string("abc"[1]) escapes to heap:
./strings_more.go:65:20:   flow: {storage for string("abc"[1])} = &{storage for string("abc"[1])}:
./strings_more.go:65:20:     from string("abc"[1]) (spill) at ./strings_more.go:65:20
./strings_more.go:65:20:     from string("abc"[1]) (interface-converted) at ./strings_more.go:65:20
./strings_more.go:57:18: string(r) + "." escapes to heap:
./strings_more.go:57:18:   flow: e = &{storage for string(r) + "."}:
./strings_more.go:57:18:     from string(r) + "." (spill) at ./strings_more.go:57:18
./strings_more.go:57:18:     from e += string(r) + "." (assign) at ./strings_more.go:57:5
./strings_more.go:57:18:   flow: {storage for e} = e:
./strings_more.go:57:18:     from e (interface-converted) at ./strings_more.go:59:13
./strings_more.go:38:18: []string{...} escapes to heap:
./strings_more.go:38:18:   flow: strs = &{storage for []string{...}}:
./strings_more.go:38:18:     from []string{...} (spill) at ./strings_more.go:38:18
./strings_more.go:38:18:     from strs := []string{...} (assign) at ./strings_more.go:38:7
./strings_more.go:38:18:   flow: {storage for strs} = strs:
./strings_more.go:38:18:     from strs (interface-converted) at ./strings_more.go:46:13
./strings_more.go:36:35: a + b + c + a + b + c + "-" + s[:4] escapes to heap:
./strings_more.go:36:35:   flow: d = &{storage for a + b + c + a + b + c + "-" + s[:4]}:
./strings_more.go:36:35:     from a + b + c + a + b + c + "-" + s[:4] (spill) at ./strings_more.go:36:35
./strings_more.go:36:35:     from d := a + b + c + a + b + c + "-" + s[:4] (assign) at ./strings_more.go:36:4
./strings_more.go:36:35:   flow: {storage for d} = d:
./strings_more.go:36:35:     from d (interface-converted) at ./strings_more.go:37:13
./strings_more.go:33:13: ... argument does not escape
./strings_more.go:33:17: len(s) escapes to heap
./strings_more.go:33:23: s[95:] escapes to heap
./strings_more.go:33:35: count(s, 'a') escapes to heap
./strings_more.go:34:13: ... argument does not escape
./strings_more.go:34:21: reverse("hello, 世界") escapes to heap
./strings_more.go:36:35: a + b + c + a + b + c + "-" + s[:4] escapes to heap
./strings_more.go:37:13: ... argument does not escape
./strings_more.go:37:13: d escapes to heap
./strings_more.go:37:20: len(d) escapes to heap
./strings_more.go:38:18: []string{...} escapes to heap
./strings_more.go:46:13: ... argument does not escape
./strings_more.go:46:13: strs escapes to heap
./strings_more.go:47:13: ... argument does not escape
./strings_more.go:47:18: "a" < "b" escapes to heap
./strings_more.go:47:30: "ab" < "a" escapes to heap
./strings_more.go:47:41: "Z" < "a" escapes to heap
./strings_more.go:47:55: "\xff" > "\x7f" escapes to heap
./strings_more.go:47:70: "é" > "z" escapes to heap
./strings_more.go:51:13: ... argument does not escape
./strings_more.go:51:16: y == z escapes to heap
./strings_more.go:51:24: y != z escapes to heap
./strings_more.go:51:33: &x != nil escapes to heap
./strings_more.go:54:13: ... argument does not escape
./strings_more.go:54:13: arr escapes to heap
./strings_more.go:54:22: len(arr[0]) escapes to heap
./strings_more.go:57:18: string(r) + "." escapes to heap
./strings_more.go:57:14: string(r) does not escape
./strings_more.go:59:13: ... argument does not escape
./strings_more.go:59:13: e escapes to heap
./strings_more.go:59:20: len(e) escapes to heap
./strings_more.go:64:13: ... argument does not escape
./strings_more.go:64:13: cnt escapes to heap
./strings_more.go:64:22: len("日本語") escapes to heap
./strings_more.go:65:13: ... argument does not escape
./strings_more.go:65:20: string("abc"[1]) escapes to heap
./strings_more.go:65:20: string("abc"[1]) escapes to heap
./strings_more.go:65:42: "abc"[1:] + "d" escapes to heap
./strings_more.go:65:42: "abc"[1:] + "d" escapes to heap
./strings_more.go:69:37: string(rune('0' + num % 10)) + digits escapes to heap
./strings_more.go:69:18: string(rune('0' + num % 10)) does not escape
./strings_more.go:72:13: ... argument does not escape
./strings_more.go:72:13: digits escapes to heap
