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
