./strings.go:5:13: leaking param: s to result ~r0 level=0
./strings.go:16:20: a + ", " + b + "!" escapes to heap
./strings.go:17:13: ... argument does not escape
./strings.go:17:13: c escapes to heap
./strings.go:17:20: len(c) escapes to heap
./strings.go:18:13: ... argument does not escape
./strings.go:18:16: a < b escapes to heap
./strings.go:18:23: a > b escapes to heap
./strings.go:18:30: a == "hello" escapes to heap
./strings.go:18:44: a != b escapes to heap
./strings.go:18:52: a <= a escapes to heap
./strings.go:18:60: b >= a escapes to heap
./strings.go:19:13: ... argument does not escape
./strings.go:19:17: "" < "a" escapes to heap
./strings.go:19:29: "ab" < "abc" escapes to heap
./strings.go:19:44: "abc" < "abd" escapes to heap
./strings.go:19:57: "B" < "a" escapes to heap
./strings.go:20:13: ... argument does not escape
./strings.go:20:20: repeat("ab", 5) escapes to heap
./strings.go:21:13: ... argument does not escape
./strings.go:21:15: c[0] escapes to heap
./strings.go:21:21: c[len(c) - 1] escapes to heap
./strings.go:21:34: c[7:12] escapes to heap
./strings.go:21:43: c[:5] escapes to heap
./strings.go:21:50: c[7:] escapes to heap
./strings.go:23:13: ... argument does not escape
./strings.go:23:16: e == "" escapes to heap
./strings.go:23:26: len(e) escapes to heap
./strings.go:25:13: ... argument does not escape
./strings.go:25:17: len(s) escapes to heap
./strings.go:25:23: s[1] escapes to heap
./strings.go:25:29: s[2] escapes to heap
./strings.go:32:13: ... argument does not escape
./strings.go:32:14: "o count" escapes to heap
./strings.go:32:14: n escapes to heap
./strings.go:33:12: make([]byte, 0) escapes to heap
./strings.go:37:13: ... argument does not escape
./strings.go:37:13: bs escapes to heap
