./fmt_methods.go:10:73: float64(c) escapes to heap:
./fmt_methods.go:10:73:   flow: {storage for ... argument} = &{storage for float64(c)}:
./fmt_methods.go:10:73:     from float64(c) (spill) at ./fmt_methods.go:10:73
./fmt_methods.go:10:73:     from ... argument (slice-literal-element) at ./fmt_methods.go:10:54
./fmt_methods.go:10:73:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:10:73:     from ... argument (spill) at ./fmt_methods.go:10:54
./fmt_methods.go:10:73:     from fmt.Sprintf("%.1f°C", ... argument...) (call parameter) at ./fmt_methods.go:10:54
./fmt_methods.go:10:54: ... argument does not escape
./fmt_methods.go:10:73: float64(c) escapes to heap
./fmt_methods.go:14:72: p.Y escapes to heap:
./fmt_methods.go:14:72:   flow: {storage for ... argument} = &{storage for p.Y}:
./fmt_methods.go:14:72:     from p.Y (spill) at ./fmt_methods.go:14:72
./fmt_methods.go:14:72:     from ... argument (slice-literal-element) at ./fmt_methods.go:14:53
./fmt_methods.go:14:72:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:14:72:     from ... argument (spill) at ./fmt_methods.go:14:53
./fmt_methods.go:14:72:     from fmt.Sprintf("P(%d,%d)", ... argument...) (call parameter) at ./fmt_methods.go:14:53
./fmt_methods.go:14:67: p.X escapes to heap:
./fmt_methods.go:14:67:   flow: {storage for ... argument} = &{storage for p.X}:
./fmt_methods.go:14:67:     from p.X (spill) at ./fmt_methods.go:14:67
./fmt_methods.go:14:67:     from ... argument (slice-literal-element) at ./fmt_methods.go:14:53
./fmt_methods.go:14:67:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:14:67:     from ... argument (spill) at ./fmt_methods.go:14:53
./fmt_methods.go:14:67:     from fmt.Sprintf("P(%d,%d)", ... argument...) (call parameter) at ./fmt_methods.go:14:53
./fmt_methods.go:14:7: p does not escape
./fmt_methods.go:14:53: ... argument does not escape
./fmt_methods.go:14:67: p.X escapes to heap
./fmt_methods.go:14:72: p.Y escapes to heap
./fmt_methods.go:18:65: e.Code escapes to heap:
./fmt_methods.go:18:65:   flow: {storage for ... argument} = &{storage for e.Code}:
./fmt_methods.go:18:65:     from e.Code (spill) at ./fmt_methods.go:18:65
./fmt_methods.go:18:65:     from ... argument (slice-literal-element) at ./fmt_methods.go:18:51
./fmt_methods.go:18:65:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:18:65:     from ... argument (spill) at ./fmt_methods.go:18:51
./fmt_methods.go:18:65:     from fmt.Sprintf("myerr %d", ... argument...) (call parameter) at ./fmt_methods.go:18:51
./fmt_methods.go:18:51: ... argument does not escape
./fmt_methods.go:18:65: e.Code escapes to heap
./fmt_methods.go:33:48: "name:" + string(n) escapes to heap:
./fmt_methods.go:33:48:   flow: ~r0 = &{storage for "name:" + string(n)}:
./fmt_methods.go:33:48:     from "name:" + string(n) (spill) at ./fmt_methods.go:33:48
./fmt_methods.go:33:48:     from return "name:" + string(n) (return) at ./fmt_methods.go:33:33
./fmt_methods.go:33:7: n does not escape
./fmt_methods.go:33:48: "name:" + string(n) escapes to heap
./fmt_methods.go:44:7: n does not escape
./fmt_methods.go:53:7: parameter w leaks to {heap} with derefs=0:
./fmt_methods.go:53:7:   flow: {heap} = w:
./fmt_methods.go:53:7:     from w.inner (dot) at ./fmt_methods.go:53:57
./fmt_methods.go:53:7:     from w.inner.Error() (call parameter) at ./fmt_methods.go:53:69
./fmt_methods.go:53:54: "wrapped: " + w.inner.Error() escapes to heap:
./fmt_methods.go:53:54:   flow: ~r0 = &{storage for "wrapped: " + w.inner.Error()}:
./fmt_methods.go:53:54:     from "wrapped: " + w.inner.Error() (spill) at ./fmt_methods.go:53:54
./fmt_methods.go:53:54:     from return "wrapped: " + w.inner.Error() (return) at ./fmt_methods.go:53:35
./fmt_methods.go:53:7: leaking param: w
./fmt_methods.go:53:54: "wrapped: " + w.inner.Error() escapes to heap
./fmt_methods.go:54:7: parameter w leaks to ~r0 with derefs=0:
./fmt_methods.go:54:7:   flow: ~r0 = w:
./fmt_methods.go:54:7:     from w.inner (dot) at ./fmt_methods.go:54:43
./fmt_methods.go:54:7:     from return w.inner (return) at ./fmt_methods.go:54:35
./fmt_methods.go:54:7: leaking param: w to result ~r0 level=0
./fmt_methods.go:59:17: target does not escape
./fmt_methods.go:88:30: w escapes to heap:
./fmt_methods.go:88:30:   flow: {heap} = &{storage for w}:
./fmt_methods.go:88:30:     from w (spill) at ./fmt_methods.go:88:30
./fmt_methods.go:88:30:     from errors.Unwrap(w) (call parameter) at ./fmt_methods.go:88:30
./fmt_methods.go:88:44: w escapes to heap:
./fmt_methods.go:88:44:   flow: {heap} = &{storage for w}:
./fmt_methods.go:88:44:     from w (spill) at ./fmt_methods.go:88:44
./fmt_methods.go:88:44:     from errors.Is(w, w.inner) (call parameter) at ./fmt_methods.go:88:44
./fmt_methods.go:89:29: IsAll{} escapes to heap:
./fmt_methods.go:89:29:   flow: {heap} = &{storage for IsAll{}}:
./fmt_methods.go:89:29:     from IsAll{} (spill) at ./fmt_methods.go:89:29
./fmt_methods.go:89:29:     from errors.Is(IsAll{}, errors.New("x")) (call parameter) at ./fmt_methods.go:89:23
./fmt_methods.go:93:63: struct { n Name }{...} escapes to heap:
./fmt_methods.go:93:63:   flow: {storage for ... argument} = &{storage for struct { n Name }{...}}:
./fmt_methods.go:93:63:     from struct { n Name }{...} (spill) at ./fmt_methods.go:93:63
./fmt_methods.go:93:63:     from ... argument (slice-literal-element) at ./fmt_methods.go:93:12
./fmt_methods.go:93:63:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:93:63:     from ... argument (spill) at ./fmt_methods.go:93:12
./fmt_methods.go:93:63:     from fmt.Printf("%v %s\n", ... argument...) (call parameter) at ./fmt_methods.go:93:12
./fmt_methods.go:93:40: struct { N Name }{...} escapes to heap:
./fmt_methods.go:93:40:   flow: {storage for ... argument} = &{storage for struct { N Name }{...}}:
./fmt_methods.go:93:40:     from struct { N Name }{...} (spill) at ./fmt_methods.go:93:40
./fmt_methods.go:93:40:     from ... argument (slice-literal-element) at ./fmt_methods.go:93:12
./fmt_methods.go:93:40:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:93:40:     from ... argument (spill) at ./fmt_methods.go:93:12
./fmt_methods.go:93:40:     from fmt.Printf("%v %s\n", ... argument...) (call parameter) at ./fmt_methods.go:93:12
./fmt_methods.go:92:25: []any{...} escapes to heap:
./fmt_methods.go:92:25:   flow: {storage for ... argument} = &{storage for []any{...}}:
./fmt_methods.go:92:25:     from []any{...} (spill) at ./fmt_methods.go:92:25
./fmt_methods.go:92:25:     from ... argument (slice-literal-element) at ./fmt_methods.go:92:13
./fmt_methods.go:92:25:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:92:25:     from ... argument (spill) at ./fmt_methods.go:92:13
./fmt_methods.go:92:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:92:13
./fmt_methods.go:91:6: Name("q") escapes to heap:
./fmt_methods.go:91:6:   flow: any1 = &{storage for Name("q")}:
./fmt_methods.go:91:6:     from Name("q") (spill) at ./fmt_methods.go:91:6
./fmt_methods.go:91:6:     from any1 = Name("q") (assign) at ./fmt_methods.go:91:6
./fmt_methods.go:91:6:   flow: {storage for ... argument} = any1:
./fmt_methods.go:91:6:     from ... argument (slice-literal-element) at ./fmt_methods.go:92:13
./fmt_methods.go:91:6:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:91:6:     from ... argument (spill) at ./fmt_methods.go:92:13
./fmt_methods.go:91:6:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:92:13
./fmt_methods.go:90:88: MyErr{...} escapes to heap:
./fmt_methods.go:90:88:   flow: {storage for ... argument} = &{storage for MyErr{...}}:
./fmt_methods.go:90:88:     from MyErr{...} (spill) at ./fmt_methods.go:90:88
./fmt_methods.go:90:88:     from ... argument (slice-literal-element) at ./fmt_methods.go:90:71
./fmt_methods.go:90:88:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:90:88:     from ... argument (spill) at ./fmt_methods.go:90:71
./fmt_methods.go:90:88:     from fmt.Errorf("ctx: %w", ... argument...) (call parameter) at ./fmt_methods.go:90:71
./fmt_methods.go:90:41: MyErr{...} escapes to heap:
./fmt_methods.go:90:41:   flow: {storage for ... argument} = &{storage for MyErr{...}}:
./fmt_methods.go:90:41:     from MyErr{...} (spill) at ./fmt_methods.go:90:41
./fmt_methods.go:90:41:     from ... argument (slice-literal-element) at ./fmt_methods.go:90:24
./fmt_methods.go:90:41:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:90:41:     from ... argument (spill) at ./fmt_methods.go:90:24
./fmt_methods.go:90:41:     from fmt.Errorf("ctx: %w", ... argument...) (call parameter) at ./fmt_methods.go:90:24
./fmt_methods.go:90:94: errors.Unwrap(fmt.Errorf("ctx: %w", ... argument...)) == MyErr{...} escapes to heap:
./fmt_methods.go:90:94:   flow: {storage for ... argument} = &{storage for errors.Unwrap(fmt.Errorf("ctx: %w", ... argument...)) == MyErr{...}}:
./fmt_methods.go:90:94:     from errors.Unwrap(fmt.Errorf("ctx: %w", ... argument...)) == MyErr{...} (spill) at ./fmt_methods.go:90:94
./fmt_methods.go:90:94:     from ... argument (slice-literal-element) at ./fmt_methods.go:90:13
./fmt_methods.go:90:94:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:90:94:     from ... argument (spill) at ./fmt_methods.go:90:13
./fmt_methods.go:90:94:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:90:13
./fmt_methods.go:69:21: MyErr{...} escapes to heap:
./fmt_methods.go:69:21:   flow: e = &{storage for MyErr{...}}:
./fmt_methods.go:69:21:     from MyErr{...} (spill) at ./fmt_methods.go:69:21
./fmt_methods.go:69:21:     from e = MyErr{...} (assign) at ./fmt_methods.go:69:6
./fmt_methods.go:69:21:   flow: {heap} = e:
./fmt_methods.go:69:21:     from errors.Is(fmt.Errorf("a: %w", ... argument...), e) (call parameter) at ./fmt_methods.go:89:60
./fmt_methods.go:89:86: IsAll{} escapes to heap:
./fmt_methods.go:89:86:   flow: {storage for ... argument} = &{storage for IsAll{}}:
./fmt_methods.go:89:86:     from IsAll{} (spill) at ./fmt_methods.go:89:86
./fmt_methods.go:89:86:     from ... argument (slice-literal-element) at ./fmt_methods.go:89:71
./fmt_methods.go:89:86:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:89:86:     from ... argument (spill) at ./fmt_methods.go:89:71
./fmt_methods.go:89:86:     from fmt.Errorf("a: %w", ... argument...) (call parameter) at ./fmt_methods.go:89:71
./fmt_methods.go:89:60: errors.Is(fmt.Errorf("a: %w", ... argument...), e) escapes to heap:
./fmt_methods.go:89:60:   flow: {storage for ... argument} = &{storage for errors.Is(fmt.Errorf("a: %w", ... argument...), e)}:
./fmt_methods.go:89:60:     from errors.Is(fmt.Errorf("a: %w", ... argument...), e) (spill) at ./fmt_methods.go:89:60
./fmt_methods.go:89:60:     from ... argument (slice-literal-element) at ./fmt_methods.go:89:13
./fmt_methods.go:89:60:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:89:60:     from ... argument (spill) at ./fmt_methods.go:89:13
./fmt_methods.go:89:60:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:89:13
./fmt_methods.go:89:23: errors.Is(IsAll{}, errors.New("x")) escapes to heap:
./fmt_methods.go:89:23:   flow: {storage for ... argument} = &{storage for errors.Is(IsAll{}, errors.New("x"))}:
./fmt_methods.go:89:23:     from errors.Is(IsAll{}, errors.New("x")) (spill) at ./fmt_methods.go:89:23
./fmt_methods.go:89:23:     from ... argument (slice-literal-element) at ./fmt_methods.go:89:13
./fmt_methods.go:89:23:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:89:23:     from ... argument (spill) at ./fmt_methods.go:89:13
./fmt_methods.go:89:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:89:13
./fmt_methods.go:88:44: errors.Is(w, w.inner) escapes to heap:
./fmt_methods.go:88:44:   flow: {storage for ... argument} = &{storage for errors.Is(w, w.inner)}:
./fmt_methods.go:88:44:     from errors.Is(w, w.inner) (spill) at ./fmt_methods.go:88:44
./fmt_methods.go:88:44:     from ... argument (slice-literal-element) at ./fmt_methods.go:88:13
./fmt_methods.go:88:44:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:88:44:     from ... argument (spill) at ./fmt_methods.go:88:13
./fmt_methods.go:88:44:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:88:13
./fmt_methods.go:88:13: w escapes to heap:
./fmt_methods.go:88:13:   flow: {storage for ... argument} = &{storage for w}:
./fmt_methods.go:88:13:     from w (spill) at ./fmt_methods.go:88:13
./fmt_methods.go:88:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:88:13
./fmt_methods.go:88:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:88:13:     from ... argument (spill) at ./fmt_methods.go:88:13
./fmt_methods.go:88:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:88:13
./fmt_methods.go:86:49: Name("z") escapes to heap:
./fmt_methods.go:86:49:   flow: {storage for ... argument} = &{storage for Name("z")}:
./fmt_methods.go:86:49:     from Name("z") (spill) at ./fmt_methods.go:86:49
./fmt_methods.go:86:49:     from ... argument (slice-literal-element) at ./fmt_methods.go:86:44
./fmt_methods.go:86:49:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:86:49:     from ... argument (spill) at ./fmt_methods.go:86:44
./fmt_methods.go:86:49:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_methods.go:86:44
./fmt_methods.go:86:24: c escapes to heap:
./fmt_methods.go:86:24:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:86:24:     from c (spill) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:     from ... argument (slice-literal-element) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:86:24:     from ... argument (spill) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24: c escapes to heap:
./fmt_methods.go:86:24:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:86:24:     from c (spill) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:     from ... argument (slice-literal-element) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:86:24:     from ... argument (spill) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_methods.go:86:24
./fmt_methods.go:86:44: fmt.Sprintln(... argument...) escapes to heap:
./fmt_methods.go:86:44:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(... argument...)}:
./fmt_methods.go:86:44:     from fmt.Sprintln(... argument...) (spill) at ./fmt_methods.go:86:44
./fmt_methods.go:86:44:     from ... argument (slice-literal-element) at ./fmt_methods.go:86:13
./fmt_methods.go:86:44:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:86:44:     from ... argument (spill) at ./fmt_methods.go:86:13
./fmt_methods.go:86:44:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:86:13
./fmt_methods.go:86:24: fmt.Sprint(... argument...) escapes to heap:
./fmt_methods.go:86:24:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_methods.go:86:24:     from fmt.Sprint(... argument...) (spill) at ./fmt_methods.go:86:24
./fmt_methods.go:86:24:     from ... argument (slice-literal-element) at ./fmt_methods.go:86:13
./fmt_methods.go:86:24:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:86:24:     from ... argument (spill) at ./fmt_methods.go:86:13
./fmt_methods.go:86:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:86:13
./fmt_methods.go:82:18: &NilSafe{} escapes to heap:
./fmt_methods.go:82:18:   flow: {storage for ... argument} = &{storage for &NilSafe{}}:
./fmt_methods.go:82:18:     from &NilSafe{} (spill) at ./fmt_methods.go:82:18
./fmt_methods.go:82:18:     from &NilSafe{} (interface-converted) at ./fmt_methods.go:82:18
./fmt_methods.go:82:18:     from ... argument (slice-literal-element) at ./fmt_methods.go:82:13
./fmt_methods.go:82:18:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:82:18:     from ... argument (spill) at ./fmt_methods.go:82:13
./fmt_methods.go:82:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:82:13
./fmt_methods.go:77:2: h escapes to heap:
./fmt_methods.go:77:2:   flow: {storage for ... argument} = &h:
./fmt_methods.go:77:2:     from &h (address-of) at ./fmt_methods.go:80:21
./fmt_methods.go:77:2:     from &h (interface-converted) at ./fmt_methods.go:80:21
./fmt_methods.go:77:2:     from ... argument (slice-literal-element) at ./fmt_methods.go:80:12
./fmt_methods.go:77:2:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:77:2:     from ... argument (spill) at ./fmt_methods.go:80:12
./fmt_methods.go:77:2:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_methods.go:80:12
./fmt_methods.go:79:13: h escapes to heap:
./fmt_methods.go:79:13:   flow: {storage for ... argument} = &{storage for h}:
./fmt_methods.go:79:13:     from h (spill) at ./fmt_methods.go:79:13
./fmt_methods.go:79:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:79:12
./fmt_methods.go:79:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:79:13:     from ... argument (spill) at ./fmt_methods.go:79:12
./fmt_methods.go:79:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./fmt_methods.go:79:12
./fmt_methods.go:78:13: h escapes to heap:
./fmt_methods.go:78:13:   flow: {storage for ... argument} = &{storage for h}:
./fmt_methods.go:78:13:     from h (spill) at ./fmt_methods.go:78:13
./fmt_methods.go:78:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:78:13
./fmt_methods.go:78:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:78:13:     from ... argument (spill) at ./fmt_methods.go:78:13
./fmt_methods.go:78:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:78:13
./fmt_methods.go:76:41: Name("y") escapes to heap:
./fmt_methods.go:76:41:   flow: {storage for ... argument} = &{storage for Name("y")}:
./fmt_methods.go:76:41:     from Name("y") (spill) at ./fmt_methods.go:76:41
./fmt_methods.go:76:41:     from ... argument (slice-literal-element) at ./fmt_methods.go:76:12
./fmt_methods.go:76:41:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:76:41:     from ... argument (spill) at ./fmt_methods.go:76:12
./fmt_methods.go:76:41:     from fmt.Printf("%q %x\n", ... argument...) (call parameter) at ./fmt_methods.go:76:12
./fmt_methods.go:76:30: []Name{...} escapes to heap:
./fmt_methods.go:76:30:   flow: {storage for ... argument} = &{storage for []Name{...}}:
./fmt_methods.go:76:30:     from []Name{...} (spill) at ./fmt_methods.go:76:30
./fmt_methods.go:76:30:     from ... argument (slice-literal-element) at ./fmt_methods.go:76:12
./fmt_methods.go:76:30:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:76:30:     from ... argument (spill) at ./fmt_methods.go:76:12
./fmt_methods.go:76:30:     from fmt.Printf("%q %x\n", ... argument...) (call parameter) at ./fmt_methods.go:76:12
./fmt_methods.go:75:53: [2]Celsius{...} escapes to heap:
./fmt_methods.go:75:53:   flow: {storage for ... argument} = &{storage for [2]Celsius{...}}:
./fmt_methods.go:75:53:     from [2]Celsius{...} (spill) at ./fmt_methods.go:75:53
./fmt_methods.go:75:53:     from ... argument (slice-literal-element) at ./fmt_methods.go:75:13
./fmt_methods.go:75:53:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:75:53:     from ... argument (spill) at ./fmt_methods.go:75:13
./fmt_methods.go:75:53:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:75:13
./fmt_methods.go:75:31: []Name{...} escapes to heap:
./fmt_methods.go:75:31:   flow: {storage for ... argument} = &{storage for []Name{...}}:
./fmt_methods.go:75:31:     from []Name{...} (spill) at ./fmt_methods.go:75:31
./fmt_methods.go:75:31:     from ... argument (slice-literal-element) at ./fmt_methods.go:75:13
./fmt_methods.go:75:31:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:75:31:     from ... argument (spill) at ./fmt_methods.go:75:13
./fmt_methods.go:75:31:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:75:13
./fmt_methods.go:75:18: Name("x") escapes to heap:
./fmt_methods.go:75:18:   flow: {storage for ... argument} = &{storage for Name("x")}:
./fmt_methods.go:75:18:     from Name("x") (spill) at ./fmt_methods.go:75:18
./fmt_methods.go:75:18:     from ... argument (slice-literal-element) at ./fmt_methods.go:75:13
./fmt_methods.go:75:18:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:75:18:     from ... argument (spill) at ./fmt_methods.go:75:13
./fmt_methods.go:75:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:75:13
./fmt_methods.go:74:45: Gs{...} escapes to heap:
./fmt_methods.go:74:45:   flow: {storage for ... argument} = &{storage for Gs{...}}:
./fmt_methods.go:74:45:     from Gs{...} (spill) at ./fmt_methods.go:74:45
./fmt_methods.go:74:45:     from ... argument (slice-literal-element) at ./fmt_methods.go:74:12
./fmt_methods.go:74:45:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:74:45:     from ... argument (spill) at ./fmt_methods.go:74:12
./fmt_methods.go:74:45:     from fmt.Printf("%v %#v %+v\n", ... argument...) (call parameter) at ./fmt_methods.go:74:12
./fmt_methods.go:74:38: Gs{...} escapes to heap:
./fmt_methods.go:74:38:   flow: {storage for ... argument} = &{storage for Gs{...}}:
./fmt_methods.go:74:38:     from Gs{...} (spill) at ./fmt_methods.go:74:38
./fmt_methods.go:74:38:     from ... argument (slice-literal-element) at ./fmt_methods.go:74:12
./fmt_methods.go:74:38:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:74:38:     from ... argument (spill) at ./fmt_methods.go:74:12
./fmt_methods.go:74:38:     from fmt.Printf("%v %#v %+v\n", ... argument...) (call parameter) at ./fmt_methods.go:74:12
./fmt_methods.go:74:31: Gs{...} escapes to heap:
./fmt_methods.go:74:31:   flow: {storage for ... argument} = &{storage for Gs{...}}:
./fmt_methods.go:74:31:     from Gs{...} (spill) at ./fmt_methods.go:74:31
./fmt_methods.go:74:31:     from ... argument (slice-literal-element) at ./fmt_methods.go:74:12
./fmt_methods.go:74:31:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:74:31:     from ... argument (spill) at ./fmt_methods.go:74:12
./fmt_methods.go:74:31:     from fmt.Printf("%v %#v %+v\n", ... argument...) (call parameter) at ./fmt_methods.go:74:12
./fmt_methods.go:73:49: Both(4) escapes to heap:
./fmt_methods.go:73:49:   flow: {storage for ... argument} = &{storage for Both(4)}:
./fmt_methods.go:73:49:     from Both(4) (spill) at ./fmt_methods.go:73:49
./fmt_methods.go:73:49:     from ... argument (slice-literal-element) at ./fmt_methods.go:73:12
./fmt_methods.go:73:49:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:73:49:     from ... argument (spill) at ./fmt_methods.go:73:12
./fmt_methods.go:73:49:     from fmt.Printf("%v %s %d\n", ... argument...) (call parameter) at ./fmt_methods.go:73:12
./fmt_methods.go:73:40: Both(3) escapes to heap:
./fmt_methods.go:73:40:   flow: {storage for ... argument} = &{storage for Both(3)}:
./fmt_methods.go:73:40:     from Both(3) (spill) at ./fmt_methods.go:73:40
./fmt_methods.go:73:40:     from ... argument (slice-literal-element) at ./fmt_methods.go:73:12
./fmt_methods.go:73:40:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:73:40:     from ... argument (spill) at ./fmt_methods.go:73:12
./fmt_methods.go:73:40:     from fmt.Printf("%v %s %d\n", ... argument...) (call parameter) at ./fmt_methods.go:73:12
./fmt_methods.go:73:31: Both(2) escapes to heap:
./fmt_methods.go:73:31:   flow: {storage for ... argument} = &{storage for Both(2)}:
./fmt_methods.go:73:31:     from Both(2) (spill) at ./fmt_methods.go:73:31
./fmt_methods.go:73:31:     from ... argument (slice-literal-element) at ./fmt_methods.go:73:12
./fmt_methods.go:73:31:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:73:31:     from ... argument (spill) at ./fmt_methods.go:73:12
./fmt_methods.go:73:31:     from fmt.Printf("%v %s %d\n", ... argument...) (call parameter) at ./fmt_methods.go:73:12
./fmt_methods.go:72:18: Both(1) escapes to heap:
./fmt_methods.go:72:18:   flow: {storage for ... argument} = &{storage for Both(1)}:
./fmt_methods.go:72:18:     from Both(1) (spill) at ./fmt_methods.go:72:18
./fmt_methods.go:72:18:     from ... argument (slice-literal-element) at ./fmt_methods.go:72:13
./fmt_methods.go:72:18:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:72:18:     from ... argument (spill) at ./fmt_methods.go:72:13
./fmt_methods.go:72:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:72:13
./fmt_methods.go:70:22: MyErr{...} escapes to heap:
./fmt_methods.go:70:22:   flow: {storage for ... argument} = &{storage for MyErr{...}}:
./fmt_methods.go:70:22:     from MyErr{...} (spill) at ./fmt_methods.go:70:22
./fmt_methods.go:70:22:     from ... argument (slice-literal-element) at ./fmt_methods.go:70:13
./fmt_methods.go:70:22:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:70:22:     from ... argument (spill) at ./fmt_methods.go:70:13
./fmt_methods.go:70:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:70:13
./fmt_methods.go:66:2: p escapes to heap:
./fmt_methods.go:66:2:   flow: {storage for ... argument} = &p:
./fmt_methods.go:66:2:     from &p (address-of) at ./fmt_methods.go:68:31
./fmt_methods.go:66:2:     from &p (interface-converted) at ./fmt_methods.go:68:31
./fmt_methods.go:66:2:     from ... argument (slice-literal-element) at ./fmt_methods.go:68:12
./fmt_methods.go:66:2:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:66:2:     from ... argument (spill) at ./fmt_methods.go:68:12
./fmt_methods.go:66:2:     from fmt.Printf("%v %+v %s %d\n", ... argument...) (call parameter) at ./fmt_methods.go:68:12
./fmt_methods.go:67:13: p escapes to heap:
./fmt_methods.go:67:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_methods.go:67:13:     from p (spill) at ./fmt_methods.go:67:13
./fmt_methods.go:67:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:67:13
./fmt_methods.go:67:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:67:13:     from ... argument (spill) at ./fmt_methods.go:67:13
./fmt_methods.go:67:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:67:13
./fmt_methods.go:65:13: c escapes to heap:
./fmt_methods.go:65:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:65:13:     from c (spill) at ./fmt_methods.go:65:13
./fmt_methods.go:65:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:65:13:     from ... argument (spill) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13:     from fmt.Printf("%+v|%#v|%T\n", ... argument...) (call parameter) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13: c escapes to heap:
./fmt_methods.go:65:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:65:13:     from c (spill) at ./fmt_methods.go:65:13
./fmt_methods.go:65:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:65:13:     from ... argument (spill) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13:     from fmt.Printf("%+v|%#v|%T\n", ... argument...) (call parameter) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13: c escapes to heap:
./fmt_methods.go:65:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:65:13:     from c (spill) at ./fmt_methods.go:65:13
./fmt_methods.go:65:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:65:13:     from ... argument (spill) at ./fmt_methods.go:65:12
./fmt_methods.go:65:13:     from fmt.Printf("%+v|%#v|%T\n", ... argument...) (call parameter) at ./fmt_methods.go:65:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13: c escapes to heap:
./fmt_methods.go:64:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:64:13:     from c (spill) at ./fmt_methods.go:64:13
./fmt_methods.go:64:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:64:13:     from ... argument (spill) at ./fmt_methods.go:64:12
./fmt_methods.go:64:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", ... argument...) (call parameter) at ./fmt_methods.go:64:12
./fmt_methods.go:62:2: c escapes to heap:
./fmt_methods.go:62:2:   flow: {storage for ... argument} = &c:
./fmt_methods.go:62:2:     from &c (address-of) at ./fmt_methods.go:63:17
./fmt_methods.go:62:2:     from &c (interface-converted) at ./fmt_methods.go:63:17
./fmt_methods.go:62:2:     from ... argument (slice-literal-element) at ./fmt_methods.go:63:13
./fmt_methods.go:62:2:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:62:2:     from ... argument (spill) at ./fmt_methods.go:63:13
./fmt_methods.go:62:2:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:63:13
./fmt_methods.go:63:13: c escapes to heap:
./fmt_methods.go:63:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_methods.go:63:13:     from c (spill) at ./fmt_methods.go:63:13
./fmt_methods.go:63:13:     from ... argument (slice-literal-element) at ./fmt_methods.go:63:13
./fmt_methods.go:63:13:   flow: {heap} = {storage for ... argument}:
./fmt_methods.go:63:13:     from ... argument (spill) at ./fmt_methods.go:63:13
./fmt_methods.go:63:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_methods.go:63:13
./fmt_methods.go:92:25: []any{...} escapes to heap:
./fmt_methods.go:92:25:   flow: {storage for []any{...}} = &{storage for []any{...}}:
./fmt_methods.go:92:25:     from []any{...} (spill) at ./fmt_methods.go:92:25
./fmt_methods.go:92:25:     from []any{...} (interface-converted) at ./fmt_methods.go:92:25
./fmt_methods.go:92:33: Name("r") escapes to heap:
./fmt_methods.go:92:33:   flow: {storage for []any{...}} = &{storage for Name("r")}:
./fmt_methods.go:92:33:     from Name("r") (spill) at ./fmt_methods.go:92:33
./fmt_methods.go:92:33:     from []any{...} (slice-literal-element) at ./fmt_methods.go:92:25
./fmt_methods.go:92:26: c escapes to heap:
./fmt_methods.go:92:26:   flow: {storage for []any{...}} = &{storage for c}:
./fmt_methods.go:92:26:     from c (spill) at ./fmt_methods.go:92:26
./fmt_methods.go:92:26:     from []any{...} (slice-literal-element) at ./fmt_methods.go:92:25
./fmt_methods.go:76:30: []Name{...} escapes to heap:
./fmt_methods.go:76:30:   flow: {storage for []Name{...}} = &{storage for []Name{...}}:
./fmt_methods.go:76:30:     from []Name{...} (spill) at ./fmt_methods.go:76:30
./fmt_methods.go:76:30:     from []Name{...} (interface-converted) at ./fmt_methods.go:76:30
./fmt_methods.go:75:31: []Name{...} escapes to heap:
./fmt_methods.go:75:31:   flow: {storage for []Name{...}} = &{storage for []Name{...}}:
./fmt_methods.go:75:31:     from []Name{...} (spill) at ./fmt_methods.go:75:31
./fmt_methods.go:75:31:     from []Name{...} (interface-converted) at ./fmt_methods.go:75:31
./fmt_methods.go:77:32: MyErr{...} escapes to heap:
./fmt_methods.go:77:32:   flow: h = &{storage for MyErr{...}}:
./fmt_methods.go:77:32:     from MyErr{...} (spill) at ./fmt_methods.go:77:32
./fmt_methods.go:77:32:     from Holder{...} (struct literal element) at ./fmt_methods.go:77:13
./fmt_methods.go:77:32:     from h := Holder{...} (assign) at ./fmt_methods.go:77:4
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
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Wrapped.Error(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Wrapped.Unwrap(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return Wrapped.Unwrap(.this) (return) at <autogenerated>:1
