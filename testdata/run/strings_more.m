./strings_more.go:5:13: leaking param: s to result ~r0 level=0
./strings_more.go:16:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./strings_more.go:16:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./strings_more.go:13:14: s does not escape
./strings_more.go:14:13: ([]rune)(s) does not escape
./strings_more.go:18:15: string(r) escapes to heap
./strings_more.go:21:12: s does not escape
./strings_more.go:42:22: main ignoring self-assignment in strs[i], strs[j] = strs[j], strs[i]
./strings_more.go:42:22: main ignoring self-assignment in strs[i], strs[j] = strs[j], strs[i]
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
