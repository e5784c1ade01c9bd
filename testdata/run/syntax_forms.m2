./syntax_forms.go:77:13: goto_label escapes to heap:
./syntax_forms.go:77:13:   flow: {storage for ... argument} = &{storage for goto_label}:
./syntax_forms.go:77:13:     from goto_label (spill) at ./syntax_forms.go:77:13
./syntax_forms.go:77:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:77:13
./syntax_forms.go:77:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:77:13:     from ... argument (spill) at ./syntax_forms.go:77:13
./syntax_forms.go:77:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:77:13
./syntax_forms.go:72:14: *q escapes to heap:
./syntax_forms.go:72:14:   flow: {storage for ... argument} = &{storage for *q}:
./syntax_forms.go:72:14:     from *q (spill) at ./syntax_forms.go:72:14
./syntax_forms.go:72:14:     from ... argument (slice-literal-element) at ./syntax_forms.go:72:13
./syntax_forms.go:72:14:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:72:14:     from ... argument (spill) at ./syntax_forms.go:72:13
./syntax_forms.go:72:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:72:13
./syntax_forms.go:68:13: e2 escapes to heap:
./syntax_forms.go:68:13:   flow: {storage for ... argument} = &{storage for e2}:
./syntax_forms.go:68:13:     from e2 (spill) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:68:13:     from ... argument (spill) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13: e1 escapes to heap:
./syntax_forms.go:68:13:   flow: {storage for ... argument} = &{storage for e1}:
./syntax_forms.go:68:13:     from e1 (spill) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:68:13:     from ... argument (spill) at ./syntax_forms.go:68:13
./syntax_forms.go:68:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:68:13
./syntax_forms.go:66:13: x escapes to heap:
./syntax_forms.go:66:13:   flow: {storage for ... argument} = &{storage for x}:
./syntax_forms.go:66:13:     from x (spill) at ./syntax_forms.go:66:13
./syntax_forms.go:66:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:66:13
./syntax_forms.go:66:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:66:13:     from ... argument (spill) at ./syntax_forms.go:66:13
./syntax_forms.go:66:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:66:13
./syntax_forms.go:64:14: x escapes to heap:
./syntax_forms.go:64:14:   flow: {storage for ... argument} = &{storage for x}:
./syntax_forms.go:64:14:     from x (spill) at ./syntax_forms.go:64:14
./syntax_forms.go:64:14:     from ... argument (slice-literal-element) at ./syntax_forms.go:64:14
./syntax_forms.go:64:14:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:64:14:     from ... argument (spill) at ./syntax_forms.go:64:14
./syntax_forms.go:64:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:64:14
./syntax_forms.go:62:15: x escapes to heap:
./syntax_forms.go:62:15:   flow: {storage for ... argument} = &{storage for x}:
./syntax_forms.go:62:15:     from x (spill) at ./syntax_forms.go:62:15
./syntax_forms.go:62:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:62:15
./syntax_forms.go:62:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:62:15:     from ... argument (spill) at ./syntax_forms.go:62:15
./syntax_forms.go:62:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:62:15
./syntax_forms.go:57:32: x + y escapes to heap:
./syntax_forms.go:57:32:   flow: {storage for ... argument} = &{storage for x + y}:
./syntax_forms.go:57:32:     from x + y (spill) at ./syntax_forms.go:57:32
./syntax_forms.go:57:32:     from ... argument (slice-literal-element) at ./syntax_forms.go:57:29
./syntax_forms.go:57:32:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:57:32:     from ... argument (spill) at ./syntax_forms.go:57:29
./syntax_forms.go:57:32:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:57:29
./syntax_forms.go:56:48: "ok" escapes to heap:
./syntax_forms.go:56:48:   flow: {storage for ... argument} = &{storage for "ok"}:
./syntax_forms.go:56:48:     from "ok" (spill) at ./syntax_forms.go:56:48
./syntax_forms.go:56:48:     from ... argument (slice-literal-element) at ./syntax_forms.go:56:33
./syntax_forms.go:56:48:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:56:48:     from ... argument (spill) at ./syntax_forms.go:56:33
./syntax_forms.go:56:48:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:56:33
./syntax_forms.go:55:13: nums escapes to heap:
./syntax_forms.go:55:13:   flow: {storage for ... argument} = &{storage for nums}:
./syntax_forms.go:55:13:     from nums (spill) at ./syntax_forms.go:55:13
./syntax_forms.go:55:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:55:13
./syntax_forms.go:55:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:55:13:     from ... argument (spill) at ./syntax_forms.go:55:13
./syntax_forms.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:55:13
./syntax_forms.go:53:13: runes escapes to heap:
./syntax_forms.go:53:13:   flow: {storage for ... argument} = &{storage for runes}:
./syntax_forms.go:53:13:     from runes (spill) at ./syntax_forms.go:53:13
./syntax_forms.go:53:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:53:13
./syntax_forms.go:53:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:53:13:     from ... argument (spill) at ./syntax_forms.go:53:13
./syntax_forms.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:53:13
./syntax_forms.go:51:23: s[len(s) - 2:] escapes to heap:
./syntax_forms.go:51:23:   flow: {storage for ... argument} = &{storage for s[len(s) - 2:]}:
./syntax_forms.go:51:23:     from s[len(s) - 2:] (spill) at ./syntax_forms.go:51:23
./syntax_forms.go:51:23:     from ... argument (slice-literal-element) at ./syntax_forms.go:51:13
./syntax_forms.go:51:23:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:51:23:     from ... argument (spill) at ./syntax_forms.go:51:13
./syntax_forms.go:51:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:51:13
./syntax_forms.go:51:17: len(s) escapes to heap:
./syntax_forms.go:51:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./syntax_forms.go:51:17:     from len(s) (spill) at ./syntax_forms.go:51:17
./syntax_forms.go:51:17:     from ... argument (slice-literal-element) at ./syntax_forms.go:51:13
./syntax_forms.go:51:17:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:51:17:     from ... argument (spill) at ./syntax_forms.go:51:13
./syntax_forms.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:51:13
./syntax_forms.go:47:19: ";" escapes to heap:
./syntax_forms.go:47:19:   flow: {storage for ... argument} = &{storage for ";"}:
./syntax_forms.go:47:19:     from ";" (spill) at ./syntax_forms.go:47:19
./syntax_forms.go:47:19:     from ... argument (slice-literal-element) at ./syntax_forms.go:47:12
./syntax_forms.go:47:19:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:47:19:     from ... argument (spill) at ./syntax_forms.go:47:12
./syntax_forms.go:47:19:     from fmt.Print(... argument...) (call parameter) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12: j escapes to heap:
./syntax_forms.go:47:12:   flow: {storage for ... argument} = &{storage for j}:
./syntax_forms.go:47:12:     from j (spill) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12:     from ... argument (slice-literal-element) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:47:12:     from ... argument (spill) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12:     from fmt.Print(... argument...) (call parameter) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12: i escapes to heap:
./syntax_forms.go:47:12:   flow: {storage for ... argument} = &{storage for i}:
./syntax_forms.go:47:12:     from i (spill) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12:     from ... argument (slice-literal-element) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:47:12:     from ... argument (spill) at ./syntax_forms.go:47:12
./syntax_forms.go:47:12:     from fmt.Print(... argument...) (call parameter) at ./syntax_forms.go:47:12
./syntax_forms.go:44:15: x escapes to heap:
./syntax_forms.go:44:15:   flow: {storage for ... argument} = &{storage for x}:
./syntax_forms.go:44:15:     from x (spill) at ./syntax_forms.go:44:15
./syntax_forms.go:44:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:44:14
./syntax_forms.go:44:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:44:15:     from ... argument (spill) at ./syntax_forms.go:44:14
./syntax_forms.go:44:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:44:14
./syntax_forms.go:44:15: "neg" escapes to heap:
./syntax_forms.go:44:15:   flow: {storage for ... argument} = &{storage for "neg"}:
./syntax_forms.go:44:15:     from "neg" (spill) at ./syntax_forms.go:44:15
./syntax_forms.go:44:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:44:14
./syntax_forms.go:44:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:44:15:     from ... argument (spill) at ./syntax_forms.go:44:14
./syntax_forms.go:44:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:44:14
./syntax_forms.go:41:15: "none" escapes to heap:
./syntax_forms.go:41:15:   flow: {storage for ... argument} = &{storage for "none"}:
./syntax_forms.go:41:15:     from "none" (spill) at ./syntax_forms.go:41:15
./syntax_forms.go:41:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:41:14
./syntax_forms.go:41:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:41:15:     from ... argument (spill) at ./syntax_forms.go:41:14
./syntax_forms.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:41:14
./syntax_forms.go:39:15: y escapes to heap:
./syntax_forms.go:39:15:   flow: {storage for ... argument} = &{storage for y}:
./syntax_forms.go:39:15:     from y (spill) at ./syntax_forms.go:39:15
./syntax_forms.go:39:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:39:14
./syntax_forms.go:39:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:39:15:     from ... argument (spill) at ./syntax_forms.go:39:14
./syntax_forms.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:39:14
./syntax_forms.go:39:15: "else" escapes to heap:
./syntax_forms.go:39:15:   flow: {storage for ... argument} = &{storage for "else"}:
./syntax_forms.go:39:15:     from "else" (spill) at ./syntax_forms.go:39:15
./syntax_forms.go:39:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:39:14
./syntax_forms.go:39:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:39:15:     from ... argument (spill) at ./syntax_forms.go:39:14
./syntax_forms.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:39:14
./syntax_forms.go:37:15: x escapes to heap:
./syntax_forms.go:37:15:   flow: {storage for ... argument} = &{storage for x}:
./syntax_forms.go:37:15:     from x (spill) at ./syntax_forms.go:37:15
./syntax_forms.go:37:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:37:14
./syntax_forms.go:37:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:37:15:     from ... argument (spill) at ./syntax_forms.go:37:14
./syntax_forms.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:37:14
./syntax_forms.go:37:15: "pos" escapes to heap:
./syntax_forms.go:37:15:   flow: {storage for ... argument} = &{storage for "pos"}:
./syntax_forms.go:37:15:     from "pos" (spill) at ./syntax_forms.go:37:15
./syntax_forms.go:37:15:     from ... argument (slice-literal-element) at ./syntax_forms.go:37:14
./syntax_forms.go:37:15:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:37:15:     from ... argument (spill) at ./syntax_forms.go:37:14
./syntax_forms.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:37:14
./syntax_forms.go:35:13: ps escapes to heap:
./syntax_forms.go:35:13:   flow: {storage for ... argument} = &{storage for ps}:
./syntax_forms.go:35:13:     from ps (spill) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:35:13:     from ... argument (spill) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13: pa escapes to heap:
./syntax_forms.go:35:13:   flow: {storage for ... argument} = &{storage for pa}:
./syntax_forms.go:35:13:     from pa (spill) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:35:13:     from ... argument (spill) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13: md escapes to heap:
./syntax_forms.go:35:13:   flow: {storage for ... argument} = &{storage for md}:
./syntax_forms.go:35:13:     from md (spill) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:35:13:     from ... argument (spill) at ./syntax_forms.go:35:13
./syntax_forms.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:35:13
./syntax_forms.go:31:43: len(sk) escapes to heap:
./syntax_forms.go:31:43:   flow: {storage for ... argument} = &{storage for len(sk)}:
./syntax_forms.go:31:43:     from len(sk) (spill) at ./syntax_forms.go:31:43
./syntax_forms.go:31:43:     from ... argument (slice-literal-element) at ./syntax_forms.go:31:13
./syntax_forms.go:31:43:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:31:43:     from ... argument (spill) at ./syntax_forms.go:31:13
./syntax_forms.go:31:43:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22: sk escapes to heap:
./syntax_forms.go:31:22:   flow: {storage for ... argument} = &{storage for sk}:
./syntax_forms.go:31:22:     from sk (spill) at ./syntax_forms.go:31:22
./syntax_forms.go:31:22:     from ... argument (slice-literal-element) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:31:22:     from ... argument (spill) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22: keyed escapes to heap:
./syntax_forms.go:31:22:   flow: {storage for ... argument} = &{storage for keyed}:
./syntax_forms.go:31:22:     from keyed (spill) at ./syntax_forms.go:31:22
./syntax_forms.go:31:22:     from ... argument (slice-literal-element) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:31:22:     from ... argument (spill) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22: len(arr) escapes to heap:
./syntax_forms.go:31:22:   flow: {storage for ... argument} = &{storage for len(arr)}:
./syntax_forms.go:31:22:     from len(arr) (spill) at ./syntax_forms.go:31:22
./syntax_forms.go:31:22:     from ... argument (slice-literal-element) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:31:22:     from ... argument (spill) at ./syntax_forms.go:31:13
./syntax_forms.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:31:13
./syntax_forms.go:31:13: arr escapes to heap:
./syntax_forms.go:31:13:   flow: {storage for ... argument} = &{storage for arr}:
./syntax_forms.go:31:13:     from arr (spill) at ./syntax_forms.go:31:13
./syntax_forms.go:31:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:31:13
./syntax_forms.go:31:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:31:13:     from ... argument (spill) at ./syntax_forms.go:31:13
./syntax_forms.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:31:13
./syntax_forms.go:27:50: len(pts) escapes to heap:
./syntax_forms.go:27:50:   flow: {storage for ... argument} = &{storage for len(pts)}:
./syntax_forms.go:27:50:     from len(pts) (spill) at ./syntax_forms.go:27:50
./syntax_forms.go:27:50:     from ... argument (slice-literal-element) at ./syntax_forms.go:27:13
./syntax_forms.go:27:50:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:27:50:     from ... argument (spill) at ./syntax_forms.go:27:13
./syntax_forms.go:27:50:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:27:13
./syntax_forms.go:27:39: pts[2] == nil escapes to heap:
./syntax_forms.go:27:39:   flow: {storage for ... argument} = &{storage for pts[2] == nil}:
./syntax_forms.go:27:39:     from pts[2] == nil (spill) at ./syntax_forms.go:27:39
./syntax_forms.go:27:39:     from ... argument (slice-literal-element) at ./syntax_forms.go:27:13
./syntax_forms.go:27:39:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:27:39:     from ... argument (spill) at ./syntax_forms.go:27:13
./syntax_forms.go:27:39:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:27:13
./syntax_forms.go:27:23: *pts[1] escapes to heap:
./syntax_forms.go:27:23:   flow: {storage for ... argument} = &{storage for *pts[1]}:
./syntax_forms.go:27:23:     from *pts[1] (spill) at ./syntax_forms.go:27:23
./syntax_forms.go:27:23:     from ... argument (slice-literal-element) at ./syntax_forms.go:27:13
./syntax_forms.go:27:23:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:27:23:     from ... argument (spill) at ./syntax_forms.go:27:13
./syntax_forms.go:27:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:27:13
./syntax_forms.go:27:14: *pts[0] escapes to heap:
./syntax_forms.go:27:14:   flow: {storage for ... argument} = &{storage for *pts[0]}:
./syntax_forms.go:27:14:     from *pts[0] (spill) at ./syntax_forms.go:27:14
./syntax_forms.go:27:14:     from ... argument (slice-literal-element) at ./syntax_forms.go:27:13
./syntax_forms.go:27:14:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:27:14:     from ... argument (spill) at ./syntax_forms.go:27:13
./syntax_forms.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:27:13
./syntax_forms.go:25:34: k2 escapes to heap:
./syntax_forms.go:25:34:   flow: {storage for ... argument} = &{storage for k2}:
./syntax_forms.go:25:34:     from k2 (spill) at ./syntax_forms.go:25:34
./syntax_forms.go:25:34:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:34:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:34:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:25:30: k1 escapes to heap:
./syntax_forms.go:25:30:   flow: {storage for ... argument} = &{storage for k1}:
./syntax_forms.go:25:30:     from k1 (spill) at ./syntax_forms.go:25:30
./syntax_forms.go:25:30:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:30:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:30:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:30:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:25:26: k0 escapes to heap:
./syntax_forms.go:25:26:   flow: {storage for ... argument} = &{storage for k0}:
./syntax_forms.go:25:26:     from k0 (spill) at ./syntax_forms.go:25:26
./syntax_forms.go:25:26:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:26:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:26:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:26:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13: d escapes to heap:
./syntax_forms.go:25:13:   flow: {storage for ... argument} = &{storage for d}:
./syntax_forms.go:25:13:     from d (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:13:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13: c escapes to heap:
./syntax_forms.go:25:13:   flow: {storage for ... argument} = &{storage for c}:
./syntax_forms.go:25:13:     from c (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:13:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13: b escapes to heap:
./syntax_forms.go:25:13:   flow: {storage for ... argument} = &{storage for b}:
./syntax_forms.go:25:13:     from b (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:13:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13: a escapes to heap:
./syntax_forms.go:25:13:   flow: {storage for ... argument} = &{storage for a}:
./syntax_forms.go:25:13:     from a (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from ... argument (slice-literal-element) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:   flow: {heap} = {storage for ... argument}:
./syntax_forms.go:25:13:     from ... argument (spill) at ./syntax_forms.go:25:13
./syntax_forms.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_forms.go:25:13
./syntax_forms.go:54:15: []int{...} escapes to heap:
./syntax_forms.go:54:15:   flow: nums = &{storage for []int{...}}:
./syntax_forms.go:54:15:     from []int{...} (spill) at ./syntax_forms.go:54:15
./syntax_forms.go:54:15:     from nums := []int{...} (assign) at ./syntax_forms.go:54:7
./syntax_forms.go:54:15:   flow: {storage for nums} = nums:
./syntax_forms.go:54:15:     from nums (interface-converted) at ./syntax_forms.go:55:13
./syntax_forms.go:52:17: []rune{...} escapes to heap:
./syntax_forms.go:52:17:   flow: runes = &{storage for []rune{...}}:
./syntax_forms.go:52:17:     from []rune{...} (spill) at ./syntax_forms.go:52:17
./syntax_forms.go:52:17:     from runes := []rune{...} (assign) at ./syntax_forms.go:52:8
./syntax_forms.go:52:17:   flow: {storage for runes} = runes:
./syntax_forms.go:52:17:     from runes (interface-converted) at ./syntax_forms.go:53:13
./syntax_forms.go:34:15: []Point{...} escapes to heap:
./syntax_forms.go:34:15:   flow: ps = &{storage for []Point{...}}:
./syntax_forms.go:34:15:     from []Point{...} (spill) at ./syntax_forms.go:34:15
./syntax_forms.go:34:15:     from ps := []Point{...} (assign) at ./syntax_forms.go:34:5
./syntax_forms.go:34:15:   flow: {storage for ps} = ps:
./syntax_forms.go:34:15:     from ps (interface-converted) at ./syntax_forms.go:35:13
./syntax_forms.go:32:16: [][2]int{...} escapes to heap:
./syntax_forms.go:32:16:   flow: md = &{storage for [][2]int{...}}:
./syntax_forms.go:32:16:     from [][2]int{...} (spill) at ./syntax_forms.go:32:16
./syntax_forms.go:32:16:     from md := [][2]int{...} (assign) at ./syntax_forms.go:32:5
./syntax_forms.go:32:16:   flow: {storage for md} = md:
./syntax_forms.go:32:16:     from md (interface-converted) at ./syntax_forms.go:35:13
./syntax_forms.go:25:13: ... argument does not escape
./syntax_forms.go:25:13: a escapes to heap
./syntax_forms.go:25:13: b escapes to heap
./syntax_forms.go:25:13: c escapes to heap
./syntax_forms.go:25:13: d escapes to heap
./syntax_forms.go:25:26: k0 escapes to heap
./syntax_forms.go:25:30: k1 escapes to heap
./syntax_forms.go:25:34: k2 escapes to heap
./syntax_forms.go:26:17: []*Point{...} does not escape
./syntax_forms.go:26:18: &Point{...} does not escape
./syntax_forms.go:26:26: &Point{...} does not escape
./syntax_forms.go:27:13: ... argument does not escape
./syntax_forms.go:27:14: *pts[0] escapes to heap
./syntax_forms.go:27:23: *pts[1] escapes to heap
./syntax_forms.go:27:39: pts[2] == nil escapes to heap
./syntax_forms.go:27:50: len(pts) escapes to heap
./syntax_forms.go:31:13: ... argument does not escape
./syntax_forms.go:31:13: arr escapes to heap
./syntax_forms.go:31:22: len(arr) escapes to heap
./syntax_forms.go:31:22: keyed escapes to heap
./syntax_forms.go:31:22: sk escapes to heap
./syntax_forms.go:31:43: len(sk) escapes to heap
./syntax_forms.go:32:16: [][2]int{...} escapes to heap
./syntax_forms.go:34:15: []Point{...} escapes to heap
./syntax_forms.go:35:13: ... argument does not escape
./syntax_forms.go:35:13: md escapes to heap
./syntax_forms.go:35:13: pa escapes to heap
./syntax_forms.go:35:13: ps escapes to heap
./syntax_forms.go:37:14: ... argument does not escape
./syntax_forms.go:37:15: "pos" escapes to heap
./syntax_forms.go:37:15: x escapes to heap
./syntax_forms.go:39:14: ... argument does not escape
./syntax_forms.go:39:15: "else" escapes to heap
./syntax_forms.go:39:15: y escapes to heap
./syntax_forms.go:41:14: ... argument does not escape
./syntax_forms.go:41:15: "none" escapes to heap
./syntax_forms.go:44:14: ... argument does not escape
./syntax_forms.go:44:15: "neg" escapes to heap
./syntax_forms.go:44:15: x escapes to heap
./syntax_forms.go:47:12: ... argument does not escape
./syntax_forms.go:47:12: i escapes to heap
./syntax_forms.go:47:12: j escapes to heap
./syntax_forms.go:47:19: ";" escapes to heap
./syntax_forms.go:51:13: ... argument does not escape
./syntax_forms.go:51:17: len(s) escapes to heap
./syntax_forms.go:51:23: s[len(s) - 2:] escapes to heap
./syntax_forms.go:52:17: []rune{...} escapes to heap
./syntax_forms.go:53:13: ... argument does not escape
./syntax_forms.go:53:13: runes escapes to heap
./syntax_forms.go:54:15: []int{...} escapes to heap
./syntax_forms.go:55:13: ... argument does not escape
./syntax_forms.go:55:13: nums escapes to heap
./syntax_forms.go:56:33: ... argument does not escape
./syntax_forms.go:56:48: "ok" escapes to heap
./syntax_forms.go:57:29: ... argument does not escape
./syntax_forms.go:57:32: x + y escapes to heap
./syntax_forms.go:62:15: ... argument does not escape
./syntax_forms.go:62:15: x escapes to heap
./syntax_forms.go:64:14: ... argument does not escape
./syntax_forms.go:64:14: x escapes to heap
./syntax_forms.go:66:13: ... argument does not escape
./syntax_forms.go:66:13: x escapes to heap
./syntax_forms.go:68:13: ... argument does not escape
./syntax_forms.go:68:13: e1 escapes to heap
./syntax_forms.go:68:13: e2 escapes to heap
./syntax_forms.go:69:13: new(Point) does not escape
./syntax_forms.go:72:13: ... argument does not escape
./syntax_forms.go:72:14: *q escapes to heap
./syntax_forms.go:77:13: ... argument does not escape
./syntax_forms.go:77:13: goto_label escapes to heap
