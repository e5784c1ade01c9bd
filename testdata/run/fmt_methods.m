./fmt_methods.go:10:54: ... argument does not escape
./fmt_methods.go:10:73: float64(c) escapes to heap
./fmt_methods.go:14:7: p does not escape
./fmt_methods.go:14:53: ... argument does not escape
./fmt_methods.go:14:67: p.X escapes to heap
./fmt_methods.go:14:72: p.Y escapes to heap
./fmt_methods.go:18:51: ... argument does not escape
./fmt_methods.go:18:65: e.Code escapes to heap
./fmt_methods.go:33:7: n does not escape
./fmt_methods.go:33:48: "name:" + string(n) escapes to heap
./fmt_methods.go:44:7: n does not escape
./fmt_methods.go:53:7: leaking param: w
./fmt_methods.go:53:54: "wrapped: " + w.inner.Error() escapes to heap
./fmt_methods.go:54:7: leaking param: w to result ~r0 level=0
./fmt_methods.go:59:17: target does not escape
./fmt_methods.go:62:2: moved to heap: c
./fmt_methods.go:66:2: moved to heap: p
./fmt_methods.go:77:2: moved to heap: h
./fmt_methods.go:63:13: ... argument does not escape
./fmt_methods.go:63:13: c escapes to heap
./fmt_methods.go:64:12: ... argument does not escape
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:64:13: c escapes to heap
./fmt_methods.go:65:12: ... argument does not escape
./fmt_methods.go:65:13: c escapes to heap
./fmt_methods.go:65:13: c escapes to heap
./fmt_methods.go:65:13: c escapes to heap
./fmt_methods.go:67:13: ... argument does not escape
./fmt_methods.go:67:13: p escapes to heap
./fmt_methods.go:68:12: ... argument does not escape
./fmt_methods.go:69:21: MyErr{...} escapes to heap
./fmt_methods.go:70:13: ... argument does not escape
./fmt_methods.go:70:22: MyErr{...} escapes to heap
./fmt_methods.go:71:12: ... argument does not escape
./fmt_methods.go:72:13: ... argument does not escape
./fmt_methods.go:72:18: Both(1) escapes to heap
./fmt_methods.go:73:12: ... argument does not escape
./fmt_methods.go:73:31: Both(2) escapes to heap
./fmt_methods.go:73:40: Both(3) escapes to heap
./fmt_methods.go:73:49: Both(4) escapes to heap
./fmt_methods.go:74:12: ... argument does not escape
./fmt_methods.go:74:31: Gs{...} escapes to heap
./fmt_methods.go:74:38: Gs{...} escapes to heap
./fmt_methods.go:74:45: Gs{...} escapes to heap
./fmt_methods.go:75:13: ... argument does not escape
./fmt_methods.go:75:18: Name("x") escapes to heap
./fmt_methods.go:75:31: []Name{...} escapes to heap
./fmt_methods.go:75:31: []Name{...} escapes to heap
./fmt_methods.go:75:53: [2]Celsius{...} escapes to heap
./fmt_methods.go:76:12: ... argument does not escape
./fmt_methods.go:76:30: []Name{...} escapes to heap
./fmt_methods.go:76:30: []Name{...} escapes to heap
./fmt_methods.go:76:41: Name("y") escapes to heap
./fmt_methods.go:77:32: MyErr{...} escapes to heap
./fmt_methods.go:78:13: ... argument does not escape
./fmt_methods.go:78:13: h escapes to heap
./fmt_methods.go:79:12: ... argument does not escape
./fmt_methods.go:79:13: h escapes to heap
./fmt_methods.go:80:12: ... argument does not escape
./fmt_methods.go:82:13: ... argument does not escape
./fmt_methods.go:82:18: &NilSafe{} escapes to heap
./fmt_methods.go:84:13: ... argument does not escape
./fmt_methods.go:85:12: ... argument does not escape
./fmt_methods.go:86:13: ... argument does not escape
./fmt_methods.go:86:24: fmt.Sprint(... argument...) escapes to heap
./fmt_methods.go:86:24: ... argument does not escape
./fmt_methods.go:86:24: c escapes to heap
./fmt_methods.go:86:24: c escapes to heap
./fmt_methods.go:86:44: fmt.Sprintln(... argument...) escapes to heap
./fmt_methods.go:86:44: ... argument does not escape
./fmt_methods.go:86:49: Name("z") escapes to heap
./fmt_methods.go:88:13: ... argument does not escape
./fmt_methods.go:88:13: w escapes to heap
./fmt_methods.go:88:30: w escapes to heap
./fmt_methods.go:88:44: errors.Is(w, w.inner) escapes to heap
./fmt_methods.go:88:44: w escapes to heap
./fmt_methods.go:89:13: ... argument does not escape
./fmt_methods.go:89:23: errors.Is(IsAll{}, errors.New("x")) escapes to heap
./fmt_methods.go:89:29: IsAll{} escapes to heap
./fmt_methods.go:89:60: errors.Is(fmt.Errorf("a: %w", ... argument...), e) escapes to heap
./fmt_methods.go:89:71: ... argument does not escape
./fmt_methods.go:89:86: IsAll{} escapes to heap
./fmt_methods.go:90:13: ... argument does not escape
./fmt_methods.go:90:24: ... argument does not escape
./fmt_methods.go:90:41: MyErr{...} escapes to heap
./fmt_methods.go:90:94: errors.Unwrap(fmt.Errorf("ctx: %w", ... argument...)) == MyErr{...} escapes to heap
./fmt_methods.go:90:71: ... argument does not escape
./fmt_methods.go:90:88: MyErr{...} escapes to heap
./fmt_methods.go:91:6: Name("q") escapes to heap
./fmt_methods.go:92:13: ... argument does not escape
./fmt_methods.go:92:25: []any{...} escapes to heap
./fmt_methods.go:92:25: []any{...} escapes to heap
./fmt_methods.go:92:26: c escapes to heap
./fmt_methods.go:92:33: Name("r") escapes to heap
./fmt_methods.go:93:12: ... argument does not escape
./fmt_methods.go:93:40: struct { N Name }{...} escapes to heap
./fmt_methods.go:93:63: struct { n Name }{...} escapes to heap
