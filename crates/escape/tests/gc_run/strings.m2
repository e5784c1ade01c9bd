./strings.go:5:13: parameter s leaks to ~r0 with derefs=0:
./strings.go:5:13:   flow: r = s:
./strings.go:5:13:     from r += s (assign) at ./strings.go:8:5
./strings.go:5:13:   flow: ~r0 = r:
./strings.go:5:13:     from return r (return) at ./strings.go:10:2
./strings.go:5:13: leaking param: s to result ~r0 level=0
./strings.go:37:13: bs escapes to heap:
./strings.go:37:13:   flow: {storage for ... argument} = &{storage for bs}:
./strings.go:37:13:     from bs (spill) at ./strings.go:37:13
./strings.go:37:13:     from ... argument (slice-literal-element) at ./strings.go:37:13
./strings.go:37:13:   flow: {heap} = {storage for ... argument}:
./strings.go:37:13:     from ... argument (spill) at ./strings.go:37:13
./strings.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./strings.go:37:13
./strings.go:32:14: n escapes to heap:
./strings.go:32:14:   flow: {storage for ... argument} = &{storage for n}:
./strings.go:32:14:     from n (spill) at ./strings.go:32:14
./strings.go:32:14:     from ... argument (slice-literal-element) at ./strings.go:32:13
./strings.go:32:14:   flow: {heap} = {storage for ... argument}:
./strings.go:32:14:     from ... argument (spill) at ./strings.go:32:13
./strings.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./strings.go:32:13
./strings.go:32:14: "o count" escapes to heap:
./strings.go:32:14:   flow: {storage for ... argument} = &{storage for "o count"}:
./strings.go:32:14:     from "o count" (spill) at ./strings.go:32:14
./strings.go:32:14:     from ... argument (slice-literal-element) at ./strings.go:32:13
./strings.go:32:14:   flow: {heap} = {storage for ... argument}:
./strings.go:32:14:     from ... argument (spill) at ./strings.go:32:13
./strings.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./strings.go:32:13
./strings.go:25:29: s[2] escapes to heap:
./strings.go:25:29:   flow: {storage for ... argument} = &{storage for s[2]}:
./strings.go:25:29:     from s[2] (spill) at ./strings.go:25:29
./strings.go:25:29:     from ... argument (slice-literal-element) at ./strings.go:25:13
./strings.go:25:29:   flow: {heap} = {storage for ... argument}:
./strings.go:25:29:     from ... argument (spill) at ./strings.go:25:13
./strings.go:25:29:     from fmt.Println(... argument...) (call parameter) at ./strings.go:25:13
./strings.go:25:23: s[1] escapes to heap:
./strings.go:25:23:   flow: {storage for ... argument} = &{storage for s[1]}:
./strings.go:25:23:     from s[1] (spill) at ./strings.go:25:23
./strings.go:25:23:     from ... argument (slice-literal-element) at ./strings.go:25:13
./strings.go:25:23:   flow: {heap} = {storage for ... argument}:
./strings.go:25:23:     from ... argument (spill) at ./strings.go:25:13
./strings.go:25:23:     from fmt.Println(... argument...) (call parameter) at ./strings.go:25:13
./strings.go:25:17: len(s) escapes to heap:
./strings.go:25:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./strings.go:25:17:     from len(s) (spill) at ./strings.go:25:17
./strings.go:25:17:     from ... argument (slice-literal-element) at ./strings.go:25:13
./strings.go:25:17:   flow: {heap} = {storage for ... argument}:
./strings.go:25:17:     from ... argument (spill) at ./strings.go:25:13
./strings.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./strings.go:25:13
./strings.go:23:26: len(e) escapes to heap:
./strings.go:23:26:   flow: {storage for ... argument} = &{storage for len(e)}:
./strings.go:23:26:     from len(e) (spill) at ./strings.go:23:26
./strings.go:23:26:     from ... argument (slice-literal-element) at ./strings.go:23:13
./strings.go:23:26:   flow: {heap} = {storage for ... argument}:
./strings.go:23:26:     from ... argument (spill) at ./strings.go:23:13
./strings.go:23:26:     from fmt.Println(... argument...) (call parameter) at ./strings.go:23:13
./strings.go:23:16: e == "" escapes to heap:
./strings.go:23:16:   flow: {storage for ... argument} = &{storage for e == ""}:
./strings.go:23:16:     from e == "" (spill) at ./strings.go:23:16
./strings.go:23:16:     from ... argument (slice-literal-element) at ./strings.go:23:13
./strings.go:23:16:   flow: {heap} = {storage for ... argument}:
./strings.go:23:16:     from ... argument (spill) at ./strings.go:23:13
./strings.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./strings.go:23:13
./strings.go:21:50: c[7:] escapes to heap:
./strings.go:21:50:   flow: {storage for ... argument} = &{storage for c[7:]}:
./strings.go:21:50:     from c[7:] (spill) at ./strings.go:21:50
./strings.go:21:50:     from ... argument (slice-literal-element) at ./strings.go:21:13
./strings.go:21:50:   flow: {heap} = {storage for ... argument}:
./strings.go:21:50:     from ... argument (spill) at ./strings.go:21:13
./strings.go:21:50:     from fmt.Println(... argument...) (call parameter) at ./strings.go:21:13
./strings.go:21:43: c[:5] escapes to heap:
./strings.go:21:43:   flow: {storage for ... argument} = &{storage for c[:5]}:
./strings.go:21:43:     from c[:5] (spill) at ./strings.go:21:43
./strings.go:21:43:     from ... argument (slice-literal-element) at ./strings.go:21:13
./strings.go:21:43:   flow: {heap} = {storage for ... argument}:
./strings.go:21:43:     from ... argument (spill) at ./strings.go:21:13
./strings.go:21:43:     from fmt.Println(... argument...) (call parameter) at ./strings.go:21:13
./strings.go:21:34: c[7:12] escapes to heap:
./strings.go:21:34:   flow: {storage for ... argument} = &{storage for c[7:12]}:
./strings.go:21:34:     from c[7:12] (spill) at ./strings.go:21:34
./strings.go:21:34:     from ... argument (slice-literal-element) at ./strings.go:21:13
./strings.go:21:34:   flow: {heap} = {storage for ... argument}:
./strings.go:21:34:     from ... argument (spill) at ./strings.go:21:13
./strings.go:21:34:     from fmt.Println(... argument...) (call parameter) at ./strings.go:21:13
./strings.go:21:21: c[len(c) - 1] escapes to heap:
./strings.go:21:21:   flow: {storage for ... argument} = &{storage for c[len(c) - 1]}:
./strings.go:21:21:     from c[len(c) - 1] (spill) at ./strings.go:21:21
./strings.go:21:21:     from ... argument (slice-literal-element) at ./strings.go:21:13
./strings.go:21:21:   flow: {heap} = {storage for ... argument}:
./strings.go:21:21:     from ... argument (spill) at ./strings.go:21:13
./strings.go:21:21:     from fmt.Println(... argument...) (call parameter) at ./strings.go:21:13
./strings.go:21:15: c[0] escapes to heap:
./strings.go:21:15:   flow: {storage for ... argument} = &{storage for c[0]}:
./strings.go:21:15:     from c[0] (spill) at ./strings.go:21:15
./strings.go:21:15:     from ... argument (slice-literal-element) at ./strings.go:21:13
./strings.go:21:15:   flow: {heap} = {storage for ... argument}:
./strings.go:21:15:     from ... argument (spill) at ./strings.go:21:13
./strings.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./strings.go:21:13
./strings.go:20:20: repeat("ab", 5) escapes to heap:
./strings.go:20:20:   flow: {storage for ... argument} = &{storage for repeat("ab", 5)}:
./strings.go:20:20:     from repeat("ab", 5) (spill) at ./strings.go:20:20
./strings.go:20:20:     from ... argument (slice-literal-element) at ./strings.go:20:13
./strings.go:20:20:   flow: {heap} = {storage for ... argument}:
./strings.go:20:20:     from ... argument (spill) at ./strings.go:20:13
./strings.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./strings.go:20:13
./strings.go:19:57: "B" < "a" escapes to heap:
./strings.go:19:57:   flow: {storage for ... argument} = &{storage for "B" < "a"}:
./strings.go:19:57:     from "B" < "a" (spill) at ./strings.go:19:57
./strings.go:19:57:     from ... argument (slice-literal-element) at ./strings.go:19:13
./strings.go:19:57:   flow: {heap} = {storage for ... argument}:
./strings.go:19:57:     from ... argument (spill) at ./strings.go:19:13
./strings.go:19:57:     from fmt.Println(... argument...) (call parameter) at ./strings.go:19:13
./strings.go:19:44: "abc" < "abd" escapes to heap:
./strings.go:19:44:   flow: {storage for ... argument} = &{storage for "abc" < "abd"}:
./strings.go:19:44:     from "abc" < "abd" (spill) at ./strings.go:19:44
./strings.go:19:44:     from ... argument (slice-literal-element) at ./strings.go:19:13
./strings.go:19:44:   flow: {heap} = {storage for ... argument}:
./strings.go:19:44:     from ... argument (spill) at ./strings.go:19:13
./strings.go:19:44:     from fmt.Println(... argument...) (call parameter) at ./strings.go:19:13
./strings.go:19:29: "ab" < "abc" escapes to heap:
./strings.go:19:29:   flow: {storage for ... argument} = &{storage for "ab" < "abc"}:
./strings.go:19:29:     from "ab" < "abc" (spill) at ./strings.go:19:29
./strings.go:19:29:     from ... argument (slice-literal-element) at ./strings.go:19:13
./strings.go:19:29:   flow: {heap} = {storage for ... argument}:
./strings.go:19:29:     from ... argument (spill) at ./strings.go:19:13
./strings.go:19:29:     from fmt.Println(... argument...) (call parameter) at ./strings.go:19:13
./strings.go:19:17: "" < "a" escapes to heap:
./strings.go:19:17:   flow: {storage for ... argument} = &{storage for "" < "a"}:
./strings.go:19:17:     from "" < "a" (spill) at ./strings.go:19:17
./strings.go:19:17:     from ... argument (slice-literal-element) at ./strings.go:19:13
./strings.go:19:17:   flow: {heap} = {storage for ... argument}:
./strings.go:19:17:     from ... argument (spill) at ./strings.go:19:13
./strings.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./strings.go:19:13
./strings.go:18:60: b >= a escapes to heap:
./strings.go:18:60:   flow: {storage for ... argument} = &{storage for b >= a}:
./strings.go:18:60:     from b >= a (spill) at ./strings.go:18:60
./strings.go:18:60:     from ... argument (slice-literal-element) at ./strings.go:18:13
./strings.go:18:60:   flow: {heap} = {storage for ... argument}:
./strings.go:18:60:     from ... argument (spill) at ./strings.go:18:13
./strings.go:18:60:     from fmt.Println(... argument...) (call parameter) at ./strings.go:18:13
./strings.go:18:52: a <= a escapes to heap:
./strings.go:18:52:   flow: {storage for ... argument} = &{storage for a <= a}:
./strings.go:18:52:     from a <= a (spill) at ./strings.go:18:52
./strings.go:18:52:     from ... argument (slice-literal-element) at ./strings.go:18:13
./strings.go:18:52:   flow: {heap} = {storage for ... argument}:
./strings.go:18:52:     from ... argument (spill) at ./strings.go:18:13
./strings.go:18:52:     from fmt.Println(... argument...) (call parameter) at ./strings.go:18:13
./strings.go:18:44: a != b escapes to heap:
./strings.go:18:44:   flow: {storage for ... argument} = &{storage for a != b}:
./strings.go:18:44:     from a != b (spill) at ./strings.go:18:44
./strings.go:18:44:     from ... argument (slice-literal-element) at ./strings.go:18:13
./strings.go:18:44:   flow: {heap} = {storage for ... argument}:
./strings.go:18:44:     from ... argument (spill) at ./strings.go:18:13
./strings.go:18:44:     from fmt.Println(... argument...) (call parameter) at ./strings.go:18:13
./strings.go:18:30: a == "hello" escapes to heap:
./strings.go:18:30:   flow: {storage for ... argument} = &{storage for a == "hello"}:
./strings.go:18:30:     from a == "hello" (spill) at ./strings.go:18:30
./strings.go:18:30:     from ... argument (slice-literal-element) at ./strings.go:18:13
./strings.go:18:30:   flow: {heap} = {storage for ... argument}:
./strings.go:18:30:     from ... argument (spill) at ./strings.go:18:13
./strings.go:18:30:     from fmt.Println(... argument...) (call parameter) at ./strings.go:18:13
./strings.go:18:23: a > b escapes to heap:
./strings.go:18:23:   flow: {storage for ... argument} = &{storage for a > b}:
./strings.go:18:23:     from a > b (spill) at ./strings.go:18:23
./strings.go:18:23:     from ... argument (slice-literal-element) at ./strings.go:18:13
./strings.go:18:23:   flow: {heap} = {storage for ... argument}:
./strings.go:18:23:     from ... argument (spill) at ./strings.go:18:13
./strings.go:18:23:     from fmt.Println(... argument...) (call parameter) at ./strings.go:18:13
./strings.go:18:16: a < b escapes to heap:
./strings.go:18:16:   flow: {storage for ... argument} = &{storage for a < b}:
./strings.go:18:16:     from a < b (spill) at ./strings.go:18:16
./strings.go:18:16:     from ... argument (slice-literal-element) at ./strings.go:18:13
./strings.go:18:16:   flow: {heap} = {storage for ... argument}:
./strings.go:18:16:     from ... argument (spill) at ./strings.go:18:13
./strings.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./strings.go:18:13
./strings.go:17:20: len(c) escapes to heap:
./strings.go:17:20:   flow: {storage for ... argument} = &{storage for len(c)}:
./strings.go:17:20:     from len(c) (spill) at ./strings.go:17:20
./strings.go:17:20:     from ... argument (slice-literal-element) at ./strings.go:17:13
./strings.go:17:20:   flow: {heap} = {storage for ... argument}:
./strings.go:17:20:     from ... argument (spill) at ./strings.go:17:13
./strings.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./strings.go:17:13
./strings.go:17:13: c escapes to heap:
./strings.go:17:13:   flow: {storage for ... argument} = &{storage for c}:
./strings.go:17:13:     from c (spill) at ./strings.go:17:13
./strings.go:17:13:     from ... argument (slice-literal-element) at ./strings.go:17:13
./strings.go:17:13:   flow: {heap} = {storage for ... argument}:
./strings.go:17:13:     from ... argument (spill) at ./strings.go:17:13
./strings.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./strings.go:17:13
./strings.go:33:12: make([]byte, 0) escapes to heap:
./strings.go:33:12:   flow: bs = &{storage for make([]byte, 0)}:
./strings.go:33:12:     from make([]byte, 0) (spill) at ./strings.go:33:12
./strings.go:33:12:     from bs := make([]byte, 0) (assign) at ./strings.go:33:5
./strings.go:33:12:   flow: {storage for bs} = bs:
./strings.go:33:12:     from bs (interface-converted) at ./strings.go:37:13
./strings.go:16:20: a + ", " + b + "!" escapes to heap:
./strings.go:16:20:   flow: c = &{storage for a + ", " + b + "!"}:
./strings.go:16:20:     from a + ", " + b + "!" (spill) at ./strings.go:16:20
./strings.go:16:20:     from c := a + ", " + b + "!" (assign) at ./strings.go:16:4
./strings.go:16:20:   flow: {storage for c[7:]} = c:
./strings.go:16:20:     from c[7:] (slice) at ./strings.go:21:50
./strings.go:16:20:     from c[7:] (interface-converted) at ./strings.go:21:50
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
