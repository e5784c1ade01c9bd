./fmt_printf_values.go:87:82: ([]int)(nil) escapes to heap:
./fmt_printf_values.go:87:82:   flow: {storage for ... argument} = &{storage for ([]int)(nil)}:
./fmt_printf_values.go:87:82:     from ([]int)(nil) (spill) at ./fmt_printf_values.go:87:82
./fmt_printf_values.go:87:82:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:87:70
./fmt_printf_values.go:87:82:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:87:82:     from ... argument (spill) at ./fmt_printf_values.go:87:70
./fmt_printf_values.go:87:82:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_printf_values.go:87:70
./fmt_printf_values.go:87:47: []int{...} escapes to heap:
./fmt_printf_values.go:87:47:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_values.go:87:47:     from []int{...} (spill) at ./fmt_printf_values.go:87:47
./fmt_printf_values.go:87:47:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:87:35
./fmt_printf_values.go:87:47:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:87:47:     from ... argument (spill) at ./fmt_printf_values.go:87:35
./fmt_printf_values.go:87:47:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_printf_values.go:87:35
./fmt_printf_values.go:87:89: fmt.Sprintf("%p", ... argument...) == "0x0" escapes to heap:
./fmt_printf_values.go:87:89:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) == "0x0"}:
./fmt_printf_values.go:87:89:     from fmt.Sprintf("%p", ... argument...) == "0x0" (spill) at ./fmt_printf_values.go:87:89
./fmt_printf_values.go:87:89:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:87:12
./fmt_printf_values.go:87:89:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:87:89:     from ... argument (spill) at ./fmt_printf_values.go:87:12
./fmt_printf_values.go:87:89:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:87:12
./fmt_printf_values.go:87:52: fmt.Sprintf("%p", ... argument...) != "" escapes to heap:
./fmt_printf_values.go:87:52:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) != ""}:
./fmt_printf_values.go:87:52:     from fmt.Sprintf("%p", ... argument...) != "" (spill) at ./fmt_printf_values.go:87:52
./fmt_printf_values.go:87:52:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:87:12
./fmt_printf_values.go:87:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:87:52:     from ... argument (spill) at ./fmt_printf_values.go:87:12
./fmt_printf_values.go:87:52:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:87:12
./fmt_printf_values.go:85:2: sp escapes to heap:
./fmt_printf_values.go:85:2:   flow: {storage for ... argument} = &sp:
./fmt_printf_values.go:85:2:     from &sp (address-of) at ./fmt_printf_values.go:86:39
./fmt_printf_values.go:85:2:     from &sp (interface-converted) at ./fmt_printf_values.go:86:39
./fmt_printf_values.go:85:2:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:86:32
./fmt_printf_values.go:85:2:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:85:2:     from ... argument (spill) at ./fmt_printf_values.go:86:32
./fmt_printf_values.go:85:2:     from fmt.Sprintf("%v", ... argument...) (call parameter) at ./fmt_printf_values.go:86:32
./fmt_printf_values.go:86:48: fmt.Sprintf("%v", ... argument...)[:4] == "&[0x" escapes to heap:
./fmt_printf_values.go:86:48:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...)[:4] == "&[0x"}:
./fmt_printf_values.go:86:48:     from fmt.Sprintf("%v", ... argument...)[:4] == "&[0x" (spill) at ./fmt_printf_values.go:86:48
./fmt_printf_values.go:86:48:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:86:12
./fmt_printf_values.go:86:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:86:48:     from ... argument (spill) at ./fmt_printf_values.go:86:12
./fmt_printf_values.go:86:48:     from fmt.Printf("%t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:86:12
./fmt_printf_values.go:80:2: x escapes to heap:
./fmt_printf_values.go:80:2:   flow: px = &x:
./fmt_printf_values.go:80:2:     from &x (address-of) at ./fmt_printf_values.go:81:8
./fmt_printf_values.go:80:2:     from px := &x (assign) at ./fmt_printf_values.go:81:5
./fmt_printf_values.go:80:2:   flow: {storage for ... argument} = px:
./fmt_printf_values.go:80:2:     from px (interface-converted) at ./fmt_printf_values.go:84:72
./fmt_printf_values.go:80:2:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:84:71
./fmt_printf_values.go:80:2:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:80:2:     from ... argument (spill) at ./fmt_printf_values.go:84:71
./fmt_printf_values.go:80:2:     from fmt.Sprintf("%#v", ... argument...) (call parameter) at ./fmt_printf_values.go:84:71
./fmt_printf_values.go:84:87: fmt.Sprintf("%#v", ... argument...)[:9] == "(*int)(0x" escapes to heap:
./fmt_printf_values.go:84:87:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%#v", ... argument...)[:9] == "(*int)(0x"}:
./fmt_printf_values.go:84:87:     from fmt.Sprintf("%#v", ... argument...)[:9] == "(*int)(0x" (spill) at ./fmt_printf_values.go:84:87
./fmt_printf_values.go:84:87:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:84:12
./fmt_printf_values.go:84:87:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:84:87:     from ... argument (spill) at ./fmt_printf_values.go:84:12
./fmt_printf_values.go:84:87:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:84:12
./fmt_printf_values.go:84:51: fmt.Sprintf("%#p", ... argument...)[:2] != "0x" escapes to heap:
./fmt_printf_values.go:84:51:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%#p", ... argument...)[:2] != "0x"}:
./fmt_printf_values.go:84:51:     from fmt.Sprintf("%#p", ... argument...)[:2] != "0x" (spill) at ./fmt_printf_values.go:84:51
./fmt_printf_values.go:84:51:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:84:12
./fmt_printf_values.go:84:51:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:84:51:     from ... argument (spill) at ./fmt_printf_values.go:84:12
./fmt_printf_values.go:84:51:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:84:12
./fmt_printf_values.go:83:100: fmt.Sprintf("%v", ... argument...)[:2] == "0x" escapes to heap:
./fmt_printf_values.go:83:100:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...)[:2] == "0x"}:
./fmt_printf_values.go:83:100:     from fmt.Sprintf("%v", ... argument...)[:2] == "0x" (spill) at ./fmt_printf_values.go:83:100
./fmt_printf_values.go:83:100:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:83:12
./fmt_printf_values.go:83:100:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:83:100:     from ... argument (spill) at ./fmt_printf_values.go:83:12
./fmt_printf_values.go:83:100:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:83:12
./fmt_printf_values.go:83:46: fmt.Sprintf("%v", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_printf_values.go:83:46:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...) == fmt.Sprintf("%p", ... argument...)}:
./fmt_printf_values.go:83:46:     from fmt.Sprintf("%v", ... argument...) == fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_printf_values.go:83:46
./fmt_printf_values.go:83:46:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:83:12
./fmt_printf_values.go:83:46:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:83:46:     from ... argument (spill) at ./fmt_printf_values.go:83:12
./fmt_printf_values.go:83:46:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_printf_values.go:83:12
./fmt_printf_values.go:79:25: struct { B []byte }{...} escapes to heap:
./fmt_printf_values.go:79:25:   flow: {storage for ... argument} = &{storage for struct { B []byte }{...}}:
./fmt_printf_values.go:79:25:     from struct { B []byte }{...} (spill) at ./fmt_printf_values.go:79:25
./fmt_printf_values.go:79:25:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:76:12
./fmt_printf_values.go:79:25:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:79:25:     from ... argument (spill) at ./fmt_printf_values.go:76:12
./fmt_printf_values.go:79:25:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:76:12
./fmt_printf_values.go:79:3: struct { I interface {}; P *int }{} escapes to heap:
./fmt_printf_values.go:79:3:   flow: {storage for ... argument} = &{storage for struct { I interface {}; P *int }{}}:
./fmt_printf_values.go:79:3:     from struct { I interface {}; P *int }{} (spill) at ./fmt_printf_values.go:79:3
./fmt_printf_values.go:79:3:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:76:12
./fmt_printf_values.go:79:3:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:79:3:     from ... argument (spill) at ./fmt_printf_values.go:76:12
./fmt_printf_values.go:79:3:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:76:12
./fmt_printf_values.go:75:70: Inner{...} escapes to heap:
./fmt_printf_values.go:75:70:   flow: {storage for ... argument} = &{storage for Inner{...}}:
./fmt_printf_values.go:75:70:     from Inner{...} (spill) at ./fmt_printf_values.go:75:70
./fmt_printf_values.go:75:70:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:70:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:75:70:     from ... argument (spill) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:70:     from fmt.Printf("%x %X %q\n", ... argument...) (call parameter) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:57: [1]string{...} escapes to heap:
./fmt_printf_values.go:75:57:   flow: {storage for ... argument} = &{storage for [1]string{...}}:
./fmt_printf_values.go:75:57:     from [1]string{...} (spill) at ./fmt_printf_values.go:75:57
./fmt_printf_values.go:75:57:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:57:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:75:57:     from ... argument (spill) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:57:     from fmt.Printf("%x %X %q\n", ... argument...) (call parameter) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:35: []string{...} escapes to heap:
./fmt_printf_values.go:75:35:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_printf_values.go:75:35:     from []string{...} (spill) at ./fmt_printf_values.go:75:35
./fmt_printf_values.go:75:35:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:75:35:     from ... argument (spill) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:75:35:     from fmt.Printf("%x %X %q\n", ... argument...) (call parameter) at ./fmt_printf_values.go:75:12
./fmt_printf_values.go:74:55: [2]int{...} escapes to heap:
./fmt_printf_values.go:74:55:   flow: {storage for ... argument} = &{storage for [2]int{...}}:
./fmt_printf_values.go:74:55:     from [2]int{...} (spill) at ./fmt_printf_values.go:74:55
./fmt_printf_values.go:74:55:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:74:55:     from ... argument (spill) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:55:     from fmt.Printf("%5v|%-5v|%05v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:41: []int{...} escapes to heap:
./fmt_printf_values.go:74:41:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_values.go:74:41:     from []int{...} (spill) at ./fmt_printf_values.go:74:41
./fmt_printf_values.go:74:41:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:74:41:     from ... argument (spill) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:41:     from fmt.Printf("%5v|%-5v|%05v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:13: in escapes to heap:
./fmt_printf_values.go:74:13:   flow: {storage for ... argument} = &{storage for in}:
./fmt_printf_values.go:74:13:     from in (spill) at ./fmt_printf_values.go:74:13
./fmt_printf_values.go:74:13:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:74:13:     from ... argument (spill) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:74:13:     from fmt.Printf("%5v|%-5v|%05v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:74:12
./fmt_printf_values.go:73:22: o.S escapes to heap:
./fmt_printf_values.go:73:22:   flow: {storage for ... argument} = &{storage for o.S}:
./fmt_printf_values.go:73:22:     from o.S (spill) at ./fmt_printf_values.go:73:22
./fmt_printf_values.go:73:22:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:73:12
./fmt_printf_values.go:73:22:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:73:22:     from ... argument (spill) at ./fmt_printf_values.go:73:12
./fmt_printf_values.go:73:22:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_values.go:73:12
./fmt_printf_values.go:72:13: in escapes to heap:
./fmt_printf_values.go:72:13:   flow: {storage for ... argument} = &{storage for in}:
./fmt_printf_values.go:72:13:     from in (spill) at ./fmt_printf_values.go:72:13
./fmt_printf_values.go:72:13:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:72:13:     from ... argument (spill) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13:     from fmt.Printf("%d %s %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13: in escapes to heap:
./fmt_printf_values.go:72:13:   flow: {storage for ... argument} = &{storage for in}:
./fmt_printf_values.go:72:13:     from in (spill) at ./fmt_printf_values.go:72:13
./fmt_printf_values.go:72:13:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:72:13:     from ... argument (spill) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13:     from fmt.Printf("%d %s %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13: in escapes to heap:
./fmt_printf_values.go:72:13:   flow: {storage for ... argument} = &{storage for in}:
./fmt_printf_values.go:72:13:     from in (spill) at ./fmt_printf_values.go:72:13
./fmt_printf_values.go:72:13:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:72:13:     from ... argument (spill) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:72:13:     from fmt.Printf("%d %s %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:72:12
./fmt_printf_values.go:70:3: struct { A int; B []string }{} escapes to heap:
./fmt_printf_values.go:70:3:   flow: {storage for ... argument} = &{storage for struct { A int; B []string }{}}:
./fmt_printf_values.go:70:3:     from struct { A int; B []string }{} (spill) at ./fmt_printf_values.go:70:3
./fmt_printf_values.go:70:3:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:67:12
./fmt_printf_values.go:70:3:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:70:3:     from ... argument (spill) at ./fmt_printf_values.go:67:12
./fmt_printf_values.go:70:3:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:67:12
./fmt_printf_values.go:67:32: struct {}{} escapes to heap:
./fmt_printf_values.go:67:32:   flow: {storage for ... argument} = &{storage for struct {}{}}:
./fmt_printf_values.go:67:32:     from struct {}{} (spill) at ./fmt_printf_values.go:67:32
./fmt_printf_values.go:67:32:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:67:12
./fmt_printf_values.go:67:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:67:32:     from ... argument (spill) at ./fmt_printf_values.go:67:12
./fmt_printf_values.go:67:32:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:67:12
./fmt_printf_values.go:66:42: [3]int{} escapes to heap:
./fmt_printf_values.go:66:42:   flow: {storage for ... argument} = &{storage for [3]int{}}:
./fmt_printf_values.go:66:42:     from [3]int{} (spill) at ./fmt_printf_values.go:66:42
./fmt_printf_values.go:66:42:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:66:12
./fmt_printf_values.go:66:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:66:42:     from ... argument (spill) at ./fmt_printf_values.go:66:12
./fmt_printf_values.go:66:42:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:66:12
./fmt_printf_values.go:66:32: []string{} escapes to heap:
./fmt_printf_values.go:66:32:   flow: {storage for ... argument} = &{storage for []string{}}:
./fmt_printf_values.go:66:32:     from []string{} (spill) at ./fmt_printf_values.go:66:32
./fmt_printf_values.go:66:32:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:66:12
./fmt_printf_values.go:66:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:66:32:     from ... argument (spill) at ./fmt_printf_values.go:66:12
./fmt_printf_values.go:66:32:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:66:12
./fmt_printf_values.go:65:69: uintptr(3) escapes to heap:
./fmt_printf_values.go:65:69:   flow: {storage for ... argument} = &{storage for uintptr(3)}:
./fmt_printf_values.go:65:69:     from uintptr(3) (spill) at ./fmt_printf_values.go:65:69
./fmt_printf_values.go:65:69:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:69:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:65:69:     from ... argument (spill) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:69:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:57: float32(1) escapes to heap:
./fmt_printf_values.go:65:57:   flow: {storage for ... argument} = &{storage for float32(1)}:
./fmt_printf_values.go:65:57:     from float32(1) (spill) at ./fmt_printf_values.go:65:57
./fmt_printf_values.go:65:57:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:57:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:65:57:     from ... argument (spill) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:57:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:45: uint64(2) escapes to heap:
./fmt_printf_values.go:65:45:   flow: {storage for ... argument} = &{storage for uint64(2)}:
./fmt_printf_values.go:65:45:     from uint64(2) (spill) at ./fmt_printf_values.go:65:45
./fmt_printf_values.go:65:45:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:65:45:     from ... argument (spill) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:45:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:34: int8(1) escapes to heap:
./fmt_printf_values.go:65:34:   flow: {storage for ... argument} = &{storage for int8(1)}:
./fmt_printf_values.go:65:34:     from int8(1) (spill) at ./fmt_printf_values.go:65:34
./fmt_printf_values.go:65:34:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:65:34:     from ... argument (spill) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:65:34:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:65:12
./fmt_printf_values.go:64:52: 'x' escapes to heap:
./fmt_printf_values.go:64:52:   flow: {storage for ... argument} = &{storage for 'x'}:
./fmt_printf_values.go:64:52:     from 'x' (spill) at ./fmt_printf_values.go:64:52
./fmt_printf_values.go:64:52:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:64:52:     from ... argument (spill) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:52:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:46: true escapes to heap:
./fmt_printf_values.go:64:46:   flow: {storage for ... argument} = &{storage for true}:
./fmt_printf_values.go:64:46:     from true (spill) at ./fmt_printf_values.go:64:46
./fmt_printf_values.go:64:46:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:46:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:64:46:     from ... argument (spill) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:46:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:41: 2.5 escapes to heap:
./fmt_printf_values.go:64:41:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_printf_values.go:64:41:     from 2.5 (spill) at ./fmt_printf_values.go:64:41
./fmt_printf_values.go:64:41:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:64:41:     from ... argument (spill) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:41:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:36: "s" escapes to heap:
./fmt_printf_values.go:64:36:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_printf_values.go:64:36:     from "s" (spill) at ./fmt_printf_values.go:64:36
./fmt_printf_values.go:64:36:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:36:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:64:36:     from ... argument (spill) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:36:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:33: 1 escapes to heap:
./fmt_printf_values.go:64:33:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_values.go:64:33:     from 1 (spill) at ./fmt_printf_values.go:64:33
./fmt_printf_values.go:64:33:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:33:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:64:33:     from ... argument (spill) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:64:33:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:64:12
./fmt_printf_values.go:63:3: struct { X int; s string }{...} escapes to heap:
./fmt_printf_values.go:63:3:   flow: {storage for ... argument} = &{storage for struct { X int; s string }{...}}:
./fmt_printf_values.go:63:3:     from struct { X int; s string }{...} (spill) at ./fmt_printf_values.go:63:3
./fmt_printf_values.go:63:3:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:60:12
./fmt_printf_values.go:63:3:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:63:3:     from ... argument (spill) at ./fmt_printf_values.go:60:12
./fmt_printf_values.go:63:3:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:60:12
./fmt_printf_values.go:60:43: struct { X int; Y int }{...} escapes to heap:
./fmt_printf_values.go:60:43:   flow: {storage for ... argument} = &{storage for struct { X int; Y int }{...}}:
./fmt_printf_values.go:60:43:     from struct { X int; Y int }{...} (spill) at ./fmt_printf_values.go:60:43
./fmt_printf_values.go:60:43:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:60:12
./fmt_printf_values.go:60:43:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:60:43:     from ... argument (spill) at ./fmt_printf_values.go:60:12
./fmt_printf_values.go:60:43:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:60:12
./fmt_printf_values.go:59:108: []interface {}{} escapes to heap:
./fmt_printf_values.go:59:108:   flow: {storage for ... argument} = &{storage for []interface {}{}}:
./fmt_printf_values.go:59:108:     from []interface {}{} (spill) at ./fmt_printf_values.go:59:108
./fmt_printf_values.go:59:108:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:108:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:59:108:     from ... argument (spill) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:108:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:80: []interface {}{...} escapes to heap:
./fmt_printf_values.go:59:80:   flow: {storage for ... argument} = &{storage for []interface {}{...}}:
./fmt_printf_values.go:59:80:     from []interface {}{...} (spill) at ./fmt_printf_values.go:59:80
./fmt_printf_values.go:59:80:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:80:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:59:80:     from ... argument (spill) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:80:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:41: []interface {}{...} escapes to heap:
./fmt_printf_values.go:59:41:   flow: {storage for ... argument} = &{storage for []interface {}{...}}:
./fmt_printf_values.go:59:41:     from []interface {}{...} (spill) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:59:41:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:59:41:     from ... argument (spill) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:59:41:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:59:12
./fmt_printf_values.go:58:67: []*Inner{...} escapes to heap:
./fmt_printf_values.go:58:67:   flow: {storage for ... argument} = &{storage for []*Inner{...}}:
./fmt_printf_values.go:58:67:     from []*Inner{...} (spill) at ./fmt_printf_values.go:58:67
./fmt_printf_values.go:58:67:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:67:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:58:67:     from ... argument (spill) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:67:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:52: []*Inner{...} escapes to heap:
./fmt_printf_values.go:58:52:   flow: {storage for ... argument} = &{storage for []*Inner{...}}:
./fmt_printf_values.go:58:52:     from []*Inner{...} (spill) at ./fmt_printf_values.go:58:52
./fmt_printf_values.go:58:52:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:58:52:     from ... argument (spill) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:52:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:37: []*Inner{...} escapes to heap:
./fmt_printf_values.go:58:37:   flow: {storage for ... argument} = &{storage for []*Inner{...}}:
./fmt_printf_values.go:58:37:     from []*Inner{...} (spill) at ./fmt_printf_values.go:58:37
./fmt_printf_values.go:58:37:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:37:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:58:37:     from ... argument (spill) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:58:37:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:58:12
./fmt_printf_values.go:57:61: [2][2]int{...} escapes to heap:
./fmt_printf_values.go:57:61:   flow: {storage for ... argument} = &{storage for [2][2]int{...}}:
./fmt_printf_values.go:57:61:     from [2][2]int{...} (spill) at ./fmt_printf_values.go:57:61
./fmt_printf_values.go:57:61:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:57:12
./fmt_printf_values.go:57:61:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:57:61:     from ... argument (spill) at ./fmt_printf_values.go:57:12
./fmt_printf_values.go:57:61:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:57:12
./fmt_printf_values.go:57:34: [2][2]int{...} escapes to heap:
./fmt_printf_values.go:57:34:   flow: {storage for ... argument} = &{storage for [2][2]int{...}}:
./fmt_printf_values.go:57:34:     from [2][2]int{...} (spill) at ./fmt_printf_values.go:57:34
./fmt_printf_values.go:57:34:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:57:12
./fmt_printf_values.go:57:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:57:34:     from ... argument (spill) at ./fmt_printf_values.go:57:12
./fmt_printf_values.go:57:34:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:57:12
./fmt_printf_values.go:56:54: [0]int{} escapes to heap:
./fmt_printf_values.go:56:54:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_printf_values.go:56:54:     from [0]int{} (spill) at ./fmt_printf_values.go:56:54
./fmt_printf_values.go:56:54:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:56:54:     from ... argument (spill) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:54:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:44: [0]int{} escapes to heap:
./fmt_printf_values.go:56:44:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_printf_values.go:56:44:     from [0]int{} (spill) at ./fmt_printf_values.go:56:44
./fmt_printf_values.go:56:44:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:56:44:     from ... argument (spill) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:44:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:34: [0]int{} escapes to heap:
./fmt_printf_values.go:56:34:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_printf_values.go:56:34:     from [0]int{} (spill) at ./fmt_printf_values.go:56:34
./fmt_printf_values.go:56:34:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:56:34:     from ... argument (spill) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:56:34:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:56:12
./fmt_printf_values.go:55:74: []int{} escapes to heap:
./fmt_printf_values.go:55:74:   flow: {storage for ... argument} = &{storage for []int{}}:
./fmt_printf_values.go:55:74:     from []int{} (spill) at ./fmt_printf_values.go:55:74
./fmt_printf_values.go:55:74:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:74:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:55:74:     from ... argument (spill) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:74:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:65: []int{} escapes to heap:
./fmt_printf_values.go:55:65:   flow: {storage for ... argument} = &{storage for []int{}}:
./fmt_printf_values.go:55:65:     from []int{} (spill) at ./fmt_printf_values.go:55:65
./fmt_printf_values.go:55:65:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:65:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:55:65:     from ... argument (spill) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:65:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:53: IntList(nil) escapes to heap:
./fmt_printf_values.go:55:53:   flow: {storage for ... argument} = &{storage for IntList(nil)}:
./fmt_printf_values.go:55:53:     from IntList(nil) (spill) at ./fmt_printf_values.go:55:53
./fmt_printf_values.go:55:53:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:55:53:     from ... argument (spill) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:53:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:39: IntList(nil) escapes to heap:
./fmt_printf_values.go:55:39:   flow: {storage for ... argument} = &{storage for IntList(nil)}:
./fmt_printf_values.go:55:39:     from IntList(nil) (spill) at ./fmt_printf_values.go:55:39
./fmt_printf_values.go:55:39:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:55:39:     from ... argument (spill) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:55:39:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:55:12
./fmt_printf_values.go:54:94: IntList{...} escapes to heap:
./fmt_printf_values.go:54:94:   flow: {storage for ... argument} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:94:     from IntList{...} (spill) at ./fmt_printf_values.go:54:94
./fmt_printf_values.go:54:94:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:94:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:54:94:     from ... argument (spill) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:94:     from fmt.Printf("%v %#v %T %d %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:82: IntList{...} escapes to heap:
./fmt_printf_values.go:54:82:   flow: {storage for ... argument} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:82:     from IntList{...} (spill) at ./fmt_printf_values.go:54:82
./fmt_printf_values.go:54:82:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:82:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:54:82:     from ... argument (spill) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:82:     from fmt.Printf("%v %#v %T %d %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:71: IntList{} escapes to heap:
./fmt_printf_values.go:54:71:   flow: {storage for ... argument} = &{storage for IntList{}}:
./fmt_printf_values.go:54:71:     from IntList{} (spill) at ./fmt_printf_values.go:54:71
./fmt_printf_values.go:54:71:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:71:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:54:71:     from ... argument (spill) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:71:     from fmt.Printf("%v %#v %T %d %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:56: IntList{...} escapes to heap:
./fmt_printf_values.go:54:56:   flow: {storage for ... argument} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:56:     from IntList{...} (spill) at ./fmt_printf_values.go:54:56
./fmt_printf_values.go:54:56:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:56:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:54:56:     from ... argument (spill) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:56:     from fmt.Printf("%v %#v %T %d %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:41: IntList{...} escapes to heap:
./fmt_printf_values.go:54:41:   flow: {storage for ... argument} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:41:     from IntList{...} (spill) at ./fmt_printf_values.go:54:41
./fmt_printf_values.go:54:41:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:54:41:     from ... argument (spill) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:54:41:     from fmt.Printf("%v %#v %T %d %x\n", ... argument...) (call parameter) at ./fmt_printf_values.go:54:12
./fmt_printf_values.go:53:48: &Empty{} escapes to heap:
./fmt_printf_values.go:53:48:   flow: {storage for ... argument} = &{storage for &Empty{}}:
./fmt_printf_values.go:53:48:     from &Empty{} (spill) at ./fmt_printf_values.go:53:48
./fmt_printf_values.go:53:48:     from &Empty{} (interface-converted) at ./fmt_printf_values.go:53:48
./fmt_printf_values.go:53:48:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:53:48:     from ... argument (spill) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:48:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:38: &Empty{} escapes to heap:
./fmt_printf_values.go:53:38:   flow: {storage for ... argument} = &{storage for &Empty{}}:
./fmt_printf_values.go:53:38:     from &Empty{} (spill) at ./fmt_printf_values.go:53:38
./fmt_printf_values.go:53:38:     from &Empty{} (interface-converted) at ./fmt_printf_values.go:53:38
./fmt_printf_values.go:53:38:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:53:38:     from ... argument (spill) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:38:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:28: &Empty{} escapes to heap:
./fmt_printf_values.go:53:28:   flow: {storage for ... argument} = &{storage for &Empty{}}:
./fmt_printf_values.go:53:28:     from &Empty{} (spill) at ./fmt_printf_values.go:53:28
./fmt_printf_values.go:53:28:     from &Empty{} (interface-converted) at ./fmt_printf_values.go:53:28
./fmt_printf_values.go:53:28:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:28:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:53:28:     from ... argument (spill) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:53:28:     from fmt.Printf("%v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:53:12
./fmt_printf_values.go:52:64: Empty{} escapes to heap:
./fmt_printf_values.go:52:64:   flow: {storage for ... argument} = &{storage for Empty{}}:
./fmt_printf_values.go:52:64:     from Empty{} (spill) at ./fmt_printf_values.go:52:64
./fmt_printf_values.go:52:64:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:64:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:52:64:     from ... argument (spill) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:64:     from fmt.Printf("%v %+v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:55: Empty{} escapes to heap:
./fmt_printf_values.go:52:55:   flow: {storage for ... argument} = &{storage for Empty{}}:
./fmt_printf_values.go:52:55:     from Empty{} (spill) at ./fmt_printf_values.go:52:55
./fmt_printf_values.go:52:55:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:52:55:     from ... argument (spill) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:55:     from fmt.Printf("%v %+v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:46: Empty{} escapes to heap:
./fmt_printf_values.go:52:46:   flow: {storage for ... argument} = &{storage for Empty{}}:
./fmt_printf_values.go:52:46:     from Empty{} (spill) at ./fmt_printf_values.go:52:46
./fmt_printf_values.go:52:46:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:46:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:52:46:     from ... argument (spill) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:46:     from fmt.Printf("%v %+v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:37: Empty{} escapes to heap:
./fmt_printf_values.go:52:37:   flow: {storage for ... argument} = &{storage for Empty{}}:
./fmt_printf_values.go:52:37:     from Empty{} (spill) at ./fmt_printf_values.go:52:37
./fmt_printf_values.go:52:37:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:37:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:52:37:     from ... argument (spill) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:52:37:     from fmt.Printf("%v %+v %#v %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:52:12
./fmt_printf_values.go:47:22: *n.Next escapes to heap:
./fmt_printf_values.go:47:22:   flow: {storage for ... argument} = &{storage for *n.Next}:
./fmt_printf_values.go:47:22:     from *n.Next (spill) at ./fmt_printf_values.go:47:22
./fmt_printf_values.go:47:22:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:47:12
./fmt_printf_values.go:47:22:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:47:22:     from ... argument (spill) at ./fmt_printf_values.go:47:12
./fmt_printf_values.go:47:22:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:47:12
./fmt_printf_values.go:45:34: *n.Next escapes to heap:
./fmt_printf_values.go:45:34:   flow: {storage for ... argument} = &{storage for *n.Next}:
./fmt_printf_values.go:45:34:     from *n.Next (spill) at ./fmt_printf_values.go:45:34
./fmt_printf_values.go:45:34:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:45:12
./fmt_printf_values.go:45:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:45:34:     from ... argument (spill) at ./fmt_printf_values.go:45:12
./fmt_printf_values.go:45:34:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:45:12
./fmt_printf_values.go:45:25: *n.Next escapes to heap:
./fmt_printf_values.go:45:25:   flow: {storage for ... argument} = &{storage for *n.Next}:
./fmt_printf_values.go:45:25:     from *n.Next (spill) at ./fmt_printf_values.go:45:25
./fmt_printf_values.go:45:25:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:45:12
./fmt_printf_values.go:45:25:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:45:25:     from ... argument (spill) at ./fmt_printf_values.go:45:12
./fmt_printf_values.go:45:25:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:45:12
./fmt_printf_values.go:43:43: o.Arr escapes to heap:
./fmt_printf_values.go:43:43:   flow: {storage for ... argument} = &{storage for o.Arr}:
./fmt_printf_values.go:43:43:     from o.Arr (spill) at ./fmt_printf_values.go:43:43
./fmt_printf_values.go:43:43:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:43:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:43:43:     from ... argument (spill) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:43:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:38: o.S escapes to heap:
./fmt_printf_values.go:43:38:   flow: {storage for ... argument} = &{storage for o.S}:
./fmt_printf_values.go:43:38:     from o.S (spill) at ./fmt_printf_values.go:43:38
./fmt_printf_values.go:43:38:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:43:38:     from ... argument (spill) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:38:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:31:2: o escapes to heap:
./fmt_printf_values.go:31:2:   flow: {storage for ... argument} = &o:
./fmt_printf_values.go:31:2:     from &o (address-of) at ./fmt_printf_values.go:43:33
./fmt_printf_values.go:31:2:     from &o (interface-converted) at ./fmt_printf_values.go:43:33
./fmt_printf_values.go:31:2:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:31:2:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:31:2:     from ... argument (spill) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:31:2:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:13: o escapes to heap:
./fmt_printf_values.go:43:13:   flow: {storage for ... argument} = &{storage for o}:
./fmt_printf_values.go:43:13:     from o (spill) at ./fmt_printf_values.go:43:13
./fmt_printf_values.go:43:13:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:43:13:     from ... argument (spill) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:43:13:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./fmt_printf_values.go:43:12
./fmt_printf_values.go:30:2: in escapes to heap:
./fmt_printf_values.go:30:2:   flow: {storage for ... argument} = &in:
./fmt_printf_values.go:30:2:     from &in (address-of) at ./fmt_printf_values.go:42:22
./fmt_printf_values.go:30:2:     from &in (interface-converted) at ./fmt_printf_values.go:42:22
./fmt_printf_values.go:30:2:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:42:12
./fmt_printf_values.go:30:2:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:30:2:     from ... argument (spill) at ./fmt_printf_values.go:42:12
./fmt_printf_values.go:30:2:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:42:12
./fmt_printf_values.go:38:44: o.Arr escapes to heap:
./fmt_printf_values.go:38:44:   flow: {storage for ... argument} = &{storage for o.Arr}:
./fmt_printf_values.go:38:44:     from o.Arr (spill) at ./fmt_printf_values.go:38:44
./fmt_printf_values.go:38:44:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:38:44:     from ... argument (spill) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:44:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:37: o.Arr escapes to heap:
./fmt_printf_values.go:38:37:   flow: {storage for ... argument} = &{storage for o.Arr}:
./fmt_printf_values.go:38:37:     from o.Arr (spill) at ./fmt_printf_values.go:38:37
./fmt_printf_values.go:38:37:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:37:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:38:37:     from ... argument (spill) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:37:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:30: o.Arr escapes to heap:
./fmt_printf_values.go:38:30:   flow: {storage for ... argument} = &{storage for o.Arr}:
./fmt_printf_values.go:38:30:     from o.Arr (spill) at ./fmt_printf_values.go:38:30
./fmt_printf_values.go:38:30:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:38:30:     from ... argument (spill) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:38:30:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:38:12
./fmt_printf_values.go:37:23: o.S escapes to heap:
./fmt_printf_values.go:37:23:   flow: {storage for ... argument} = &{storage for o.S}:
./fmt_printf_values.go:37:23:     from o.S (spill) at ./fmt_printf_values.go:37:23
./fmt_printf_values.go:37:23:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:37:12
./fmt_printf_values.go:37:23:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:37:23:     from ... argument (spill) at ./fmt_printf_values.go:37:12
./fmt_printf_values.go:37:23:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:37:12
./fmt_printf_values.go:36:31: o.S escapes to heap:
./fmt_printf_values.go:36:31:   flow: {storage for ... argument} = &{storage for o.S}:
./fmt_printf_values.go:36:31:     from o.S (spill) at ./fmt_printf_values.go:36:31
./fmt_printf_values.go:36:31:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:36:12
./fmt_printf_values.go:36:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:36:31:     from ... argument (spill) at ./fmt_printf_values.go:36:12
./fmt_printf_values.go:36:31:     from fmt.Printf("%v|%+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:36:12
./fmt_printf_values.go:36:26: o.S escapes to heap:
./fmt_printf_values.go:36:26:   flow: {storage for ... argument} = &{storage for o.S}:
./fmt_printf_values.go:36:26:     from o.S (spill) at ./fmt_printf_values.go:36:26
./fmt_printf_values.go:36:26:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:36:12
./fmt_printf_values.go:36:26:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:36:26:     from ... argument (spill) at ./fmt_printf_values.go:36:12
./fmt_printf_values.go:36:26:     from fmt.Printf("%v|%+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:36:12
./fmt_printf_values.go:35:23: o.Inner escapes to heap:
./fmt_printf_values.go:35:23:   flow: {storage for ... argument} = &{storage for o.Inner}:
./fmt_printf_values.go:35:23:     from o.Inner (spill) at ./fmt_printf_values.go:35:23
./fmt_printf_values.go:35:23:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:35:12
./fmt_printf_values.go:35:23:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:35:23:     from ... argument (spill) at ./fmt_printf_values.go:35:12
./fmt_printf_values.go:35:23:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:35:12
./fmt_printf_values.go:34:23: o.Inner escapes to heap:
./fmt_printf_values.go:34:23:   flow: {storage for ... argument} = &{storage for o.Inner}:
./fmt_printf_values.go:34:23:     from o.Inner (spill) at ./fmt_printf_values.go:34:23
./fmt_printf_values.go:34:23:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:34:12
./fmt_printf_values.go:34:23:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:34:23:     from ... argument (spill) at ./fmt_printf_values.go:34:12
./fmt_printf_values.go:34:23:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:34:12
./fmt_printf_values.go:33:22: o.Inner escapes to heap:
./fmt_printf_values.go:33:22:   flow: {storage for ... argument} = &{storage for o.Inner}:
./fmt_printf_values.go:33:22:     from o.Inner (spill) at ./fmt_printf_values.go:33:22
./fmt_printf_values.go:33:22:     from ... argument (slice-literal-element) at ./fmt_printf_values.go:33:12
./fmt_printf_values.go:33:22:   flow: {heap} = {storage for ... argument}:
./fmt_printf_values.go:33:22:     from ... argument (spill) at ./fmt_printf_values.go:33:12
./fmt_printf_values.go:33:22:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_printf_values.go:33:12
./fmt_printf_values.go:87:47: []int{...} escapes to heap:
./fmt_printf_values.go:87:47:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_values.go:87:47:     from []int{...} (spill) at ./fmt_printf_values.go:87:47
./fmt_printf_values.go:87:47:     from []int{...} (interface-converted) at ./fmt_printf_values.go:87:47
./fmt_printf_values.go:79:32: ([]byte)("z") escapes to heap:
./fmt_printf_values.go:79:32:   flow: {storage for struct { B []byte }{...}} = &{storage for ([]byte)("z")}:
./fmt_printf_values.go:79:32:     from ([]byte)("z") (spill) at ./fmt_printf_values.go:79:32
./fmt_printf_values.go:79:32:     from struct { B []byte }{...} (struct literal element) at ./fmt_printf_values.go:79:25
./fmt_printf_values.go:79:32:     from struct { B []byte }{...} (interface-converted) at ./fmt_printf_values.go:79:25
./fmt_printf_values.go:75:35: []string{...} escapes to heap:
./fmt_printf_values.go:75:35:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_printf_values.go:75:35:     from []string{...} (spill) at ./fmt_printf_values.go:75:35
./fmt_printf_values.go:75:35:     from []string{...} (interface-converted) at ./fmt_printf_values.go:75:35
./fmt_printf_values.go:74:41: []int{...} escapes to heap:
./fmt_printf_values.go:74:41:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_values.go:74:41:     from []int{...} (spill) at ./fmt_printf_values.go:74:41
./fmt_printf_values.go:74:41:     from []int{...} (interface-converted) at ./fmt_printf_values.go:74:41
./fmt_printf_values.go:66:32: []string{} escapes to heap:
./fmt_printf_values.go:66:32:   flow: {storage for []string{}} = &{storage for []string{}}:
./fmt_printf_values.go:66:32:     from []string{} (spill) at ./fmt_printf_values.go:66:32
./fmt_printf_values.go:66:32:     from []string{} (interface-converted) at ./fmt_printf_values.go:66:32
./fmt_printf_values.go:59:108: []interface {}{} escapes to heap:
./fmt_printf_values.go:59:108:   flow: {storage for []interface {}{}} = &{storage for []interface {}{}}:
./fmt_printf_values.go:59:108:     from []interface {}{} (spill) at ./fmt_printf_values.go:59:108
./fmt_printf_values.go:59:108:     from []interface {}{} (interface-converted) at ./fmt_printf_values.go:59:108
./fmt_printf_values.go:59:80: []interface {}{...} escapes to heap:
./fmt_printf_values.go:59:80:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
./fmt_printf_values.go:59:80:     from []interface {}{...} (spill) at ./fmt_printf_values.go:59:80
./fmt_printf_values.go:59:80:     from []interface {}{...} (interface-converted) at ./fmt_printf_values.go:59:80
./fmt_printf_values.go:59:84: "a" escapes to heap:
./fmt_printf_values.go:59:84:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
./fmt_printf_values.go:59:84:     from "a" (spill) at ./fmt_printf_values.go:59:84
./fmt_printf_values.go:59:84:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_values.go:59:80
./fmt_printf_values.go:59:81: 1 escapes to heap:
./fmt_printf_values.go:59:81:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./fmt_printf_values.go:59:81:     from 1 (spill) at ./fmt_printf_values.go:59:81
./fmt_printf_values.go:59:81:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_values.go:59:80
./fmt_printf_values.go:59:41: []interface {}{...} escapes to heap:
./fmt_printf_values.go:59:41:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
./fmt_printf_values.go:59:41:     from []interface {}{...} (spill) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:59:41:     from []interface {}{...} (interface-converted) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:59:60: true escapes to heap:
./fmt_printf_values.go:59:60:   flow: {storage for []interface {}{...}} = &{storage for true}:
./fmt_printf_values.go:59:60:     from true (spill) at ./fmt_printf_values.go:59:60
./fmt_printf_values.go:59:60:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:59:55: 2.5 escapes to heap:
./fmt_printf_values.go:59:55:   flow: {storage for []interface {}{...}} = &{storage for 2.5}:
./fmt_printf_values.go:59:55:     from 2.5 (spill) at ./fmt_printf_values.go:59:55
./fmt_printf_values.go:59:55:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:59:45: "a" escapes to heap:
./fmt_printf_values.go:59:45:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
./fmt_printf_values.go:59:45:     from "a" (spill) at ./fmt_printf_values.go:59:45
./fmt_printf_values.go:59:45:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:59:42: 1 escapes to heap:
./fmt_printf_values.go:59:42:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./fmt_printf_values.go:59:42:     from 1 (spill) at ./fmt_printf_values.go:59:42
./fmt_printf_values.go:59:42:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_values.go:59:41
./fmt_printf_values.go:58:67: []*Inner{...} escapes to heap:
./fmt_printf_values.go:58:67:   flow: {storage for []*Inner{...}} = &{storage for []*Inner{...}}:
./fmt_printf_values.go:58:67:     from []*Inner{...} (spill) at ./fmt_printf_values.go:58:67
./fmt_printf_values.go:58:67:     from []*Inner{...} (interface-converted) at ./fmt_printf_values.go:58:67
./fmt_printf_values.go:58:52: []*Inner{...} escapes to heap:
./fmt_printf_values.go:58:52:   flow: {storage for []*Inner{...}} = &{storage for []*Inner{...}}:
./fmt_printf_values.go:58:52:     from []*Inner{...} (spill) at ./fmt_printf_values.go:58:52
./fmt_printf_values.go:58:52:     from []*Inner{...} (interface-converted) at ./fmt_printf_values.go:58:52
./fmt_printf_values.go:58:37: []*Inner{...} escapes to heap:
./fmt_printf_values.go:58:37:   flow: {storage for []*Inner{...}} = &{storage for []*Inner{...}}:
./fmt_printf_values.go:58:37:     from []*Inner{...} (spill) at ./fmt_printf_values.go:58:37
./fmt_printf_values.go:58:37:     from []*Inner{...} (interface-converted) at ./fmt_printf_values.go:58:37
./fmt_printf_values.go:55:74: []int{} escapes to heap:
./fmt_printf_values.go:55:74:   flow: {storage for []int{}} = &{storage for []int{}}:
./fmt_printf_values.go:55:74:     from []int{} (spill) at ./fmt_printf_values.go:55:74
./fmt_printf_values.go:55:74:     from []int{} (interface-converted) at ./fmt_printf_values.go:55:74
./fmt_printf_values.go:55:65: []int{} escapes to heap:
./fmt_printf_values.go:55:65:   flow: {storage for []int{}} = &{storage for []int{}}:
./fmt_printf_values.go:55:65:     from []int{} (spill) at ./fmt_printf_values.go:55:65
./fmt_printf_values.go:55:65:     from []int{} (interface-converted) at ./fmt_printf_values.go:55:65
./fmt_printf_values.go:54:94: IntList{...} escapes to heap:
./fmt_printf_values.go:54:94:   flow: {storage for IntList{...}} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:94:     from IntList{...} (spill) at ./fmt_printf_values.go:54:94
./fmt_printf_values.go:54:94:     from IntList{...} (interface-converted) at ./fmt_printf_values.go:54:94
./fmt_printf_values.go:54:82: IntList{...} escapes to heap:
./fmt_printf_values.go:54:82:   flow: {storage for IntList{...}} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:82:     from IntList{...} (spill) at ./fmt_printf_values.go:54:82
./fmt_printf_values.go:54:82:     from IntList{...} (interface-converted) at ./fmt_printf_values.go:54:82
./fmt_printf_values.go:54:71: IntList{} escapes to heap:
./fmt_printf_values.go:54:71:   flow: {storage for IntList{}} = &{storage for IntList{}}:
./fmt_printf_values.go:54:71:     from IntList{} (spill) at ./fmt_printf_values.go:54:71
./fmt_printf_values.go:54:71:     from IntList{} (interface-converted) at ./fmt_printf_values.go:54:71
./fmt_printf_values.go:54:56: IntList{...} escapes to heap:
./fmt_printf_values.go:54:56:   flow: {storage for IntList{...}} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:56:     from IntList{...} (spill) at ./fmt_printf_values.go:54:56
./fmt_printf_values.go:54:56:     from IntList{...} (interface-converted) at ./fmt_printf_values.go:54:56
./fmt_printf_values.go:54:41: IntList{...} escapes to heap:
./fmt_printf_values.go:54:41:   flow: {storage for IntList{...}} = &{storage for IntList{...}}:
./fmt_printf_values.go:54:41:     from IntList{...} (spill) at ./fmt_printf_values.go:54:41
./fmt_printf_values.go:54:41:     from IntList{...} (interface-converted) at ./fmt_printf_values.go:54:41
./fmt_printf_values.go:85:14: []*int{...} escapes to heap:
./fmt_printf_values.go:85:14:   flow: sp = &{storage for []*int{...}}:
./fmt_printf_values.go:85:14:     from []*int{...} (spill) at ./fmt_printf_values.go:85:14
./fmt_printf_values.go:85:14:     from sp := []*int{...} (assign) at ./fmt_printf_values.go:85:5
./fmt_printf_values.go:32:2: 7 escapes to heap:
./fmt_printf_values.go:32:2:   flow: o = &{storage for 7}:
./fmt_printf_values.go:32:2:     from 7 (spill) at ./fmt_printf_values.go:32:2
./fmt_printf_values.go:32:2:     from o.I = 7 (assign) at ./fmt_printf_values.go:32:6
./fmt_printf_values.go:31:42: []Inner{...} escapes to heap:
./fmt_printf_values.go:31:42:   flow: o = &{storage for []Inner{...}}:
./fmt_printf_values.go:31:42:     from []Inner{...} (spill) at ./fmt_printf_values.go:31:42
./fmt_printf_values.go:31:42:     from Outer{...} (struct literal element) at ./fmt_printf_values.go:31:12
./fmt_printf_values.go:31:42:     from o := Outer{...} (assign) at ./fmt_printf_values.go:31:4
./fmt_printf_values.go:30:2: moved to heap: in
./fmt_printf_values.go:31:2: moved to heap: o
./fmt_printf_values.go:80:2: moved to heap: x
./fmt_printf_values.go:85:2: moved to heap: sp
./fmt_printf_values.go:31:42: []Inner{...} escapes to heap
./fmt_printf_values.go:32:2: 7 escapes to heap
./fmt_printf_values.go:33:12: ... argument does not escape
./fmt_printf_values.go:33:22: o.Inner escapes to heap
./fmt_printf_values.go:34:12: ... argument does not escape
./fmt_printf_values.go:34:23: o.Inner escapes to heap
./fmt_printf_values.go:35:12: ... argument does not escape
./fmt_printf_values.go:35:23: o.Inner escapes to heap
./fmt_printf_values.go:36:12: ... argument does not escape
./fmt_printf_values.go:36:26: o.S escapes to heap
./fmt_printf_values.go:36:31: o.S escapes to heap
./fmt_printf_values.go:37:12: ... argument does not escape
./fmt_printf_values.go:37:23: o.S escapes to heap
./fmt_printf_values.go:38:12: ... argument does not escape
./fmt_printf_values.go:38:30: o.Arr escapes to heap
./fmt_printf_values.go:38:37: o.Arr escapes to heap
./fmt_printf_values.go:38:44: o.Arr escapes to heap
./fmt_printf_values.go:39:12: ... argument does not escape
./fmt_printf_values.go:40:12: ... argument does not escape
./fmt_printf_values.go:41:12: ... argument does not escape
./fmt_printf_values.go:42:12: ... argument does not escape
./fmt_printf_values.go:43:12: ... argument does not escape
./fmt_printf_values.go:43:13: o escapes to heap
./fmt_printf_values.go:43:38: o.S escapes to heap
./fmt_printf_values.go:43:43: o.Arr escapes to heap
./fmt_printf_values.go:44:7: &Node{...} does not escape
./fmt_printf_values.go:44:16: &Node{...} does not escape
./fmt_printf_values.go:45:12: ... argument does not escape
./fmt_printf_values.go:45:25: *n.Next escapes to heap
./fmt_printf_values.go:45:34: *n.Next escapes to heap
./fmt_printf_values.go:46:12: ... argument does not escape
./fmt_printf_values.go:47:12: ... argument does not escape
./fmt_printf_values.go:47:22: *n.Next escapes to heap
./fmt_printf_values.go:49:12: ... argument does not escape
./fmt_printf_values.go:51:12: ... argument does not escape
./fmt_printf_values.go:52:12: ... argument does not escape
./fmt_printf_values.go:52:37: Empty{} escapes to heap
./fmt_printf_values.go:52:46: Empty{} escapes to heap
./fmt_printf_values.go:52:55: Empty{} escapes to heap
./fmt_printf_values.go:52:64: Empty{} escapes to heap
./fmt_printf_values.go:53:12: ... argument does not escape
./fmt_printf_values.go:53:28: &Empty{} escapes to heap
./fmt_printf_values.go:53:38: &Empty{} escapes to heap
./fmt_printf_values.go:53:48: &Empty{} escapes to heap
./fmt_printf_values.go:54:12: ... argument does not escape
./fmt_printf_values.go:54:41: IntList{...} escapes to heap
./fmt_printf_values.go:54:41: IntList{...} escapes to heap
./fmt_printf_values.go:54:56: IntList{...} escapes to heap
./fmt_printf_values.go:54:56: IntList{...} escapes to heap
./fmt_printf_values.go:54:71: IntList{} escapes to heap
./fmt_printf_values.go:54:71: IntList{} escapes to heap
./fmt_printf_values.go:54:82: IntList{...} escapes to heap
./fmt_printf_values.go:54:82: IntList{...} escapes to heap
./fmt_printf_values.go:54:94: IntList{...} escapes to heap
./fmt_printf_values.go:54:94: IntList{...} escapes to heap
./fmt_printf_values.go:55:12: ... argument does not escape
./fmt_printf_values.go:55:39: IntList(nil) escapes to heap
./fmt_printf_values.go:55:53: IntList(nil) escapes to heap
./fmt_printf_values.go:55:65: []int{} escapes to heap
./fmt_printf_values.go:55:65: []int{} escapes to heap
./fmt_printf_values.go:55:74: []int{} escapes to heap
./fmt_printf_values.go:55:74: []int{} escapes to heap
./fmt_printf_values.go:56:12: ... argument does not escape
./fmt_printf_values.go:56:34: [0]int{} escapes to heap
./fmt_printf_values.go:56:44: [0]int{} escapes to heap
./fmt_printf_values.go:56:54: [0]int{} escapes to heap
./fmt_printf_values.go:57:12: ... argument does not escape
./fmt_printf_values.go:57:34: [2][2]int{...} escapes to heap
./fmt_printf_values.go:57:61: [2][2]int{...} escapes to heap
./fmt_printf_values.go:58:12: ... argument does not escape
./fmt_printf_values.go:58:37: []*Inner{...} escapes to heap
./fmt_printf_values.go:58:37: []*Inner{...} escapes to heap
./fmt_printf_values.go:58:52: []*Inner{...} escapes to heap
./fmt_printf_values.go:58:52: []*Inner{...} escapes to heap
./fmt_printf_values.go:58:67: []*Inner{...} escapes to heap
./fmt_printf_values.go:58:67: []*Inner{...} escapes to heap
./fmt_printf_values.go:59:12: ... argument does not escape
./fmt_printf_values.go:59:41: []interface {}{...} escapes to heap
./fmt_printf_values.go:59:41: []interface {}{...} escapes to heap
./fmt_printf_values.go:59:42: 1 escapes to heap
./fmt_printf_values.go:59:45: "a" escapes to heap
./fmt_printf_values.go:59:55: 2.5 escapes to heap
./fmt_printf_values.go:59:60: true escapes to heap
./fmt_printf_values.go:59:80: []interface {}{...} escapes to heap
./fmt_printf_values.go:59:80: []interface {}{...} escapes to heap
./fmt_printf_values.go:59:81: 1 escapes to heap
./fmt_printf_values.go:59:84: "a" escapes to heap
./fmt_printf_values.go:59:108: []interface {}{} escapes to heap
./fmt_printf_values.go:59:108: []interface {}{} escapes to heap
./fmt_printf_values.go:60:12: ... argument does not escape
./fmt_printf_values.go:60:43: struct { X int; Y int }{...} escapes to heap
./fmt_printf_values.go:63:3: struct { X int; s string }{...} escapes to heap
./fmt_printf_values.go:64:12: ... argument does not escape
./fmt_printf_values.go:64:33: 1 escapes to heap
./fmt_printf_values.go:64:36: "s" escapes to heap
./fmt_printf_values.go:64:41: 2.5 escapes to heap
./fmt_printf_values.go:64:46: true escapes to heap
./fmt_printf_values.go:64:52: 'x' escapes to heap
./fmt_printf_values.go:65:12: ... argument does not escape
./fmt_printf_values.go:65:34: int8(1) escapes to heap
./fmt_printf_values.go:65:45: uint64(2) escapes to heap
./fmt_printf_values.go:65:57: float32(1) escapes to heap
./fmt_printf_values.go:65:69: uintptr(3) escapes to heap
./fmt_printf_values.go:66:12: ... argument does not escape
./fmt_printf_values.go:66:32: []string{} escapes to heap
./fmt_printf_values.go:66:32: []string{} escapes to heap
./fmt_printf_values.go:66:42: [3]int{} escapes to heap
./fmt_printf_values.go:67:12: ... argument does not escape
./fmt_printf_values.go:67:32: struct {}{} escapes to heap
./fmt_printf_values.go:70:3: struct { A int; B []string }{} escapes to heap
./fmt_printf_values.go:71:12: ... argument does not escape
./fmt_printf_values.go:72:12: ... argument does not escape
./fmt_printf_values.go:72:13: in escapes to heap
./fmt_printf_values.go:72:13: in escapes to heap
./fmt_printf_values.go:72:13: in escapes to heap
./fmt_printf_values.go:73:12: ... argument does not escape
./fmt_printf_values.go:73:22: o.S escapes to heap
./fmt_printf_values.go:74:12: ... argument does not escape
./fmt_printf_values.go:74:13: in escapes to heap
./fmt_printf_values.go:74:41: []int{...} escapes to heap
./fmt_printf_values.go:74:41: []int{...} escapes to heap
./fmt_printf_values.go:74:55: [2]int{...} escapes to heap
./fmt_printf_values.go:75:12: ... argument does not escape
./fmt_printf_values.go:75:35: []string{...} escapes to heap
./fmt_printf_values.go:75:35: []string{...} escapes to heap
./fmt_printf_values.go:75:57: [1]string{...} escapes to heap
./fmt_printf_values.go:75:70: Inner{...} escapes to heap
./fmt_printf_values.go:76:12: ... argument does not escape
./fmt_printf_values.go:79:3: struct { I interface {}; P *int }{} escapes to heap
./fmt_printf_values.go:79:25: struct { B []byte }{...} escapes to heap
./fmt_printf_values.go:79:32: ([]byte)("z") escapes to heap
./fmt_printf_values.go:83:12: ... argument does not escape
./fmt_printf_values.go:83:46: fmt.Sprintf("%v", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_printf_values.go:83:35: ... argument does not escape
./fmt_printf_values.go:83:60: ... argument does not escape
./fmt_printf_values.go:83:100: fmt.Sprintf("%v", ... argument...)[:2] == "0x" escapes to heap
./fmt_printf_values.go:83:83: ... argument does not escape
./fmt_printf_values.go:84:12: ... argument does not escape
./fmt_printf_values.go:84:51: fmt.Sprintf("%#p", ... argument...)[:2] != "0x" escapes to heap
./fmt_printf_values.go:84:35: ... argument does not escape
./fmt_printf_values.go:84:87: fmt.Sprintf("%#v", ... argument...)[:9] == "(*int)(0x" escapes to heap
./fmt_printf_values.go:84:71: ... argument does not escape
./fmt_printf_values.go:85:14: []*int{...} escapes to heap
./fmt_printf_values.go:86:12: ... argument does not escape
./fmt_printf_values.go:86:48: fmt.Sprintf("%v", ... argument...)[:4] == "&[0x" escapes to heap
./fmt_printf_values.go:86:32: ... argument does not escape
./fmt_printf_values.go:87:12: ... argument does not escape
./fmt_printf_values.go:87:52: fmt.Sprintf("%p", ... argument...) != "" escapes to heap
./fmt_printf_values.go:87:35: ... argument does not escape
./fmt_printf_values.go:87:47: []int{...} escapes to heap
./fmt_printf_values.go:87:47: []int{...} escapes to heap
./fmt_printf_values.go:87:89: fmt.Sprintf("%p", ... argument...) == "0x0" escapes to heap
./fmt_printf_values.go:87:70: ... argument does not escape
./fmt_printf_values.go:87:82: ([]int)(nil) escapes to heap
