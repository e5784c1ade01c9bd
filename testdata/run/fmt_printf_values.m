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
