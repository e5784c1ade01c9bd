./fmt_all.go:68:22: "\n" escapes to heap:
./fmt_all.go:68:22:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_all.go:68:22:     from "\n" (spill) at ./fmt_all.go:68:22
./fmt_all.go:68:22:     from ... argument (slice-literal-element) at ./fmt_all.go:68:11
./fmt_all.go:68:22:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:68:22:     from ... argument (spill) at ./fmt_all.go:68:11
./fmt_all.go:68:22:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:68:11
./fmt_all.go:68:17: "b" escapes to heap:
./fmt_all.go:68:17:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_all.go:68:17:     from "b" (spill) at ./fmt_all.go:68:17
./fmt_all.go:68:17:     from ... argument (slice-literal-element) at ./fmt_all.go:68:11
./fmt_all.go:68:17:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:68:17:     from ... argument (spill) at ./fmt_all.go:68:11
./fmt_all.go:68:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:68:11
./fmt_all.go:68:12: "a" escapes to heap:
./fmt_all.go:68:12:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_all.go:68:12:     from "a" (spill) at ./fmt_all.go:68:12
./fmt_all.go:68:12:     from ... argument (slice-literal-element) at ./fmt_all.go:68:11
./fmt_all.go:68:12:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:68:12:     from ... argument (spill) at ./fmt_all.go:68:11
./fmt_all.go:68:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:68:11
./fmt_all.go:67:18: "\n" escapes to heap:
./fmt_all.go:67:18:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_all.go:67:18:     from "\n" (spill) at ./fmt_all.go:67:18
./fmt_all.go:67:18:     from ... argument (slice-literal-element) at ./fmt_all.go:67:11
./fmt_all.go:67:18:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:67:18:     from ... argument (spill) at ./fmt_all.go:67:11
./fmt_all.go:67:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:67:11
./fmt_all.go:67:15: 2 escapes to heap:
./fmt_all.go:67:15:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_all.go:67:15:     from 2 (spill) at ./fmt_all.go:67:15
./fmt_all.go:67:15:     from ... argument (slice-literal-element) at ./fmt_all.go:67:11
./fmt_all.go:67:15:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:67:15:     from ... argument (spill) at ./fmt_all.go:67:11
./fmt_all.go:67:15:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:67:11
./fmt_all.go:67:12: 1 escapes to heap:
./fmt_all.go:67:12:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_all.go:67:12:     from 1 (spill) at ./fmt_all.go:67:12
./fmt_all.go:67:12:     from ... argument (slice-literal-element) at ./fmt_all.go:67:11
./fmt_all.go:67:12:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:67:12:     from ... argument (spill) at ./fmt_all.go:67:11
./fmt_all.go:67:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:67:11
./fmt_all.go:66:45: "\n" escapes to heap:
./fmt_all.go:66:45:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_all.go:66:45:     from "\n" (spill) at ./fmt_all.go:66:45
./fmt_all.go:66:45:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:45:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:45:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:45:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:66:42: 3 escapes to heap:
./fmt_all.go:66:42:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_all.go:66:42:     from 3 (spill) at ./fmt_all.go:66:42
./fmt_all.go:66:42:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:42:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:42:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:42:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:66:37: "y" escapes to heap:
./fmt_all.go:66:37:   flow: {storage for ... argument} = &{storage for "y"}:
./fmt_all.go:66:37:     from "y" (spill) at ./fmt_all.go:66:37
./fmt_all.go:66:37:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:37:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:37:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:37:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:66:32: "x" escapes to heap:
./fmt_all.go:66:32:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_all.go:66:32:     from "x" (spill) at ./fmt_all.go:66:32
./fmt_all.go:66:32:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:32:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:32:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:32:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:66:29: 2 escapes to heap:
./fmt_all.go:66:29:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_all.go:66:29:     from 2 (spill) at ./fmt_all.go:66:29
./fmt_all.go:66:29:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:29:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:29:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:29:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:66:26: 1 escapes to heap:
./fmt_all.go:66:26:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_all.go:66:26:     from 1 (spill) at ./fmt_all.go:66:26
./fmt_all.go:66:26:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:26:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:26:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:26:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:66:12: "no newline" escapes to heap:
./fmt_all.go:66:12:   flow: {storage for ... argument} = &{storage for "no newline"}:
./fmt_all.go:66:12:     from "no newline" (spill) at ./fmt_all.go:66:12
./fmt_all.go:66:12:     from ... argument (slice-literal-element) at ./fmt_all.go:66:11
./fmt_all.go:66:12:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:66:12:     from ... argument (spill) at ./fmt_all.go:66:11
./fmt_all.go:66:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_all.go:66:11
./fmt_all.go:65:13: s escapes to heap:
./fmt_all.go:65:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_all.go:65:13:     from s (spill) at ./fmt_all.go:65:13
./fmt_all.go:65:13:     from ... argument (slice-literal-element) at ./fmt_all.go:65:13
./fmt_all.go:65:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:65:13:     from ... argument (spill) at ./fmt_all.go:65:13
./fmt_all.go:65:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:65:13
./fmt_all.go:63:31: [1]Inner{} escapes to heap:
./fmt_all.go:63:31:   flow: {storage for ... argument} = &{storage for [1]Inner{}}:
./fmt_all.go:63:31:     from [1]Inner{} (spill) at ./fmt_all.go:63:31
./fmt_all.go:63:31:     from ... argument (slice-literal-element) at ./fmt_all.go:63:13
./fmt_all.go:63:31:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:63:31:     from ... argument (spill) at ./fmt_all.go:63:13
./fmt_all.go:63:31:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:63:13
./fmt_all.go:63:19: Inner{} escapes to heap:
./fmt_all.go:63:19:   flow: {storage for ... argument} = &{storage for Inner{}}:
./fmt_all.go:63:19:     from Inner{} (spill) at ./fmt_all.go:63:19
./fmt_all.go:63:19:     from ... argument (slice-literal-element) at ./fmt_all.go:63:13
./fmt_all.go:63:19:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:63:19:     from ... argument (spill) at ./fmt_all.go:63:13
./fmt_all.go:63:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:63:13
./fmt_all.go:62:21: [][]int{...} escapes to heap:
./fmt_all.go:62:21:   flow: {storage for ... argument} = &{storage for [][]int{...}}:
./fmt_all.go:62:21:     from [][]int{...} (spill) at ./fmt_all.go:62:21
./fmt_all.go:62:21:     from ... argument (slice-literal-element) at ./fmt_all.go:62:13
./fmt_all.go:62:21:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:62:21:     from ... argument (spill) at ./fmt_all.go:62:13
./fmt_all.go:62:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:62:13
./fmt_all.go:61:29: &[1]string{...} escapes to heap:
./fmt_all.go:61:29:   flow: {storage for ... argument} = &{storage for &[1]string{...}}:
./fmt_all.go:61:29:     from &[1]string{...} (spill) at ./fmt_all.go:61:29
./fmt_all.go:61:29:     from &[1]string{...} (interface-converted) at ./fmt_all.go:61:29
./fmt_all.go:61:29:     from ... argument (slice-literal-element) at ./fmt_all.go:61:13
./fmt_all.go:61:29:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:61:29:     from ... argument (spill) at ./fmt_all.go:61:13
./fmt_all.go:61:29:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:61:13
./fmt_all.go:61:14: &[2]int{...} escapes to heap:
./fmt_all.go:61:14:   flow: {storage for ... argument} = &{storage for &[2]int{...}}:
./fmt_all.go:61:14:     from &[2]int{...} (spill) at ./fmt_all.go:61:14
./fmt_all.go:61:14:     from &[2]int{...} (interface-converted) at ./fmt_all.go:61:14
./fmt_all.go:61:14:     from ... argument (slice-literal-element) at ./fmt_all.go:61:13
./fmt_all.go:61:14:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:61:14:     from ... argument (spill) at ./fmt_all.go:61:13
./fmt_all.go:61:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:61:13
./fmt_all.go:60:30: "c" escapes to heap:
./fmt_all.go:60:30:   flow: {storage for ... argument} = &{storage for "c"}:
./fmt_all.go:60:30:     from "c" (spill) at ./fmt_all.go:60:30
./fmt_all.go:60:30:     from ... argument (slice-literal-element) at ./fmt_all.go:60:13
./fmt_all.go:60:30:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:60:30:     from ... argument (spill) at ./fmt_all.go:60:13
./fmt_all.go:60:30:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:60:13
./fmt_all.go:60:27: 2 escapes to heap:
./fmt_all.go:60:27:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_all.go:60:27:     from 2 (spill) at ./fmt_all.go:60:27
./fmt_all.go:60:27:     from ... argument (slice-literal-element) at ./fmt_all.go:60:13
./fmt_all.go:60:27:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:60:27:     from ... argument (spill) at ./fmt_all.go:60:13
./fmt_all.go:60:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:60:13
./fmt_all.go:60:22: "b" escapes to heap:
./fmt_all.go:60:22:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_all.go:60:22:     from "b" (spill) at ./fmt_all.go:60:22
./fmt_all.go:60:22:     from ... argument (slice-literal-element) at ./fmt_all.go:60:13
./fmt_all.go:60:22:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:60:22:     from ... argument (spill) at ./fmt_all.go:60:13
./fmt_all.go:60:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:60:13
./fmt_all.go:60:19: 1 escapes to heap:
./fmt_all.go:60:19:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_all.go:60:19:     from 1 (spill) at ./fmt_all.go:60:19
./fmt_all.go:60:19:     from ... argument (slice-literal-element) at ./fmt_all.go:60:13
./fmt_all.go:60:19:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:60:19:     from ... argument (spill) at ./fmt_all.go:60:13
./fmt_all.go:60:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:60:13
./fmt_all.go:60:14: "a" escapes to heap:
./fmt_all.go:60:14:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_all.go:60:14:     from "a" (spill) at ./fmt_all.go:60:14
./fmt_all.go:60:14:     from ... argument (slice-literal-element) at ./fmt_all.go:60:13
./fmt_all.go:60:14:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:60:14:     from ... argument (spill) at ./fmt_all.go:60:13
./fmt_all.go:60:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:60:13
./fmt_all.go:59:35: []Empty{...} escapes to heap:
./fmt_all.go:59:35:   flow: {storage for ... argument} = &{storage for []Empty{...}}:
./fmt_all.go:59:35:     from []Empty{...} (spill) at ./fmt_all.go:59:35
./fmt_all.go:59:35:     from ... argument (slice-literal-element) at ./fmt_all.go:59:13
./fmt_all.go:59:35:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:59:35:     from ... argument (spill) at ./fmt_all.go:59:13
./fmt_all.go:59:35:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:59:13
./fmt_all.go:59:21: []*Node{...} escapes to heap:
./fmt_all.go:59:21:   flow: {storage for ... argument} = &{storage for []*Node{...}}:
./fmt_all.go:59:21:     from []*Node{...} (spill) at ./fmt_all.go:59:21
./fmt_all.go:59:21:     from ... argument (slice-literal-element) at ./fmt_all.go:59:13
./fmt_all.go:59:21:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:59:21:     from ... argument (spill) at ./fmt_all.go:59:13
./fmt_all.go:59:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:59:13
./fmt_all.go:58:70: [2]int32{} escapes to heap:
./fmt_all.go:58:70:   flow: {storage for ... argument} = &{storage for [2]int32{}}:
./fmt_all.go:58:70:     from [2]int32{} (spill) at ./fmt_all.go:58:70
./fmt_all.go:58:70:     from ... argument (slice-literal-element) at ./fmt_all.go:58:13
./fmt_all.go:58:70:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:58:70:     from ... argument (spill) at ./fmt_all.go:58:13
./fmt_all.go:58:70:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:58:13
./fmt_all.go:58:51: []uint64{...} escapes to heap:
./fmt_all.go:58:51:   flow: {storage for ... argument} = &{storage for []uint64{...}}:
./fmt_all.go:58:51:     from []uint64{...} (spill) at ./fmt_all.go:58:51
./fmt_all.go:58:51:     from ... argument (slice-literal-element) at ./fmt_all.go:58:13
./fmt_all.go:58:51:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:58:51:     from ... argument (spill) at ./fmt_all.go:58:13
./fmt_all.go:58:51:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:58:13
./fmt_all.go:58:34: []int8{...} escapes to heap:
./fmt_all.go:58:34:   flow: {storage for ... argument} = &{storage for []int8{...}}:
./fmt_all.go:58:34:     from []int8{...} (spill) at ./fmt_all.go:58:34
./fmt_all.go:58:34:     from ... argument (slice-literal-element) at ./fmt_all.go:58:13
./fmt_all.go:58:34:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:58:34:     from ... argument (spill) at ./fmt_all.go:58:13
./fmt_all.go:58:34:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:58:13
./fmt_all.go:58:20: []bool{...} escapes to heap:
./fmt_all.go:58:20:   flow: {storage for ... argument} = &{storage for []bool{...}}:
./fmt_all.go:58:20:     from []bool{...} (spill) at ./fmt_all.go:58:20
./fmt_all.go:58:20:     from ... argument (slice-literal-element) at ./fmt_all.go:58:13
./fmt_all.go:58:20:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:58:20:     from ... argument (spill) at ./fmt_all.go:58:13
./fmt_all.go:58:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:58:13
./fmt_all.go:57:64: [3]string{...} escapes to heap:
./fmt_all.go:57:64:   flow: {storage for ... argument} = &{storage for [3]string{...}}:
./fmt_all.go:57:64:     from [3]string{...} (spill) at ./fmt_all.go:57:64
./fmt_all.go:57:64:     from ... argument (slice-literal-element) at ./fmt_all.go:57:13
./fmt_all.go:57:64:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:57:64:     from ... argument (spill) at ./fmt_all.go:57:13
./fmt_all.go:57:64:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:57:13
./fmt_all.go:57:51: []string{} escapes to heap:
./fmt_all.go:57:51:   flow: {storage for ... argument} = &{storage for []string{}}:
./fmt_all.go:57:51:     from []string{} (spill) at ./fmt_all.go:57:51
./fmt_all.go:57:51:     from ... argument (slice-literal-element) at ./fmt_all.go:57:13
./fmt_all.go:57:51:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:57:51:     from ... argument (spill) at ./fmt_all.go:57:13
./fmt_all.go:57:51:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:57:13
./fmt_all.go:57:39: [0]int{} escapes to heap:
./fmt_all.go:57:39:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_all.go:57:39:     from [0]int{} (spill) at ./fmt_all.go:57:39
./fmt_all.go:57:39:     from ... argument (slice-literal-element) at ./fmt_all.go:57:13
./fmt_all.go:57:39:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:57:39:     from ... argument (spill) at ./fmt_all.go:57:13
./fmt_all.go:57:39:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:57:13
./fmt_all.go:57:23: &Empty{} escapes to heap:
./fmt_all.go:57:23:   flow: {storage for ... argument} = &{storage for &Empty{}}:
./fmt_all.go:57:23:     from &Empty{} (spill) at ./fmt_all.go:57:23
./fmt_all.go:57:23:     from &Empty{} (interface-converted) at ./fmt_all.go:57:23
./fmt_all.go:57:23:     from ... argument (slice-literal-element) at ./fmt_all.go:57:13
./fmt_all.go:57:23:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:57:23:     from ... argument (spill) at ./fmt_all.go:57:13
./fmt_all.go:57:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:57:13
./fmt_all.go:57:19: Empty{} escapes to heap:
./fmt_all.go:57:19:   flow: {storage for ... argument} = &{storage for Empty{}}:
./fmt_all.go:57:19:     from Empty{} (spill) at ./fmt_all.go:57:19
./fmt_all.go:57:19:     from ... argument (slice-literal-element) at ./fmt_all.go:57:13
./fmt_all.go:57:19:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:57:19:     from ... argument (spill) at ./fmt_all.go:57:13
./fmt_all.go:57:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:57:13
./fmt_all.go:54:14: *n.Next escapes to heap:
./fmt_all.go:54:14:   flow: {storage for ... argument} = &{storage for *n.Next}:
./fmt_all.go:54:14:     from *n.Next (spill) at ./fmt_all.go:54:14
./fmt_all.go:54:14:     from ... argument (slice-literal-element) at ./fmt_all.go:54:13
./fmt_all.go:54:14:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:54:14:     from ... argument (spill) at ./fmt_all.go:54:13
./fmt_all.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:54:13
./fmt_all.go:52:27: op.P.B escapes to heap:
./fmt_all.go:52:27:   flow: {storage for ... argument} = &{storage for op.P.B}:
./fmt_all.go:52:27:     from op.P.B (spill) at ./fmt_all.go:52:27
./fmt_all.go:52:27:     from ... argument (slice-literal-element) at ./fmt_all.go:52:13
./fmt_all.go:52:27:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:52:27:     from ... argument (spill) at ./fmt_all.go:52:13
./fmt_all.go:52:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:52:13
./fmt_all.go:52:19: op.In.C escapes to heap:
./fmt_all.go:52:19:   flow: {storage for ... argument} = &{storage for op.In.C}:
./fmt_all.go:52:19:     from op.In.C (spill) at ./fmt_all.go:52:19
./fmt_all.go:52:19:     from ... argument (slice-literal-element) at ./fmt_all.go:52:13
./fmt_all.go:52:19:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:52:19:     from ... argument (spill) at ./fmt_all.go:52:13
./fmt_all.go:52:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:52:13
./fmt_all.go:50:29: len(o.B) escapes to heap:
./fmt_all.go:50:29:   flow: {storage for ... argument} = &{storage for len(o.B)}:
./fmt_all.go:50:29:     from len(o.B) (spill) at ./fmt_all.go:50:29
./fmt_all.go:50:29:     from ... argument (slice-literal-element) at ./fmt_all.go:50:13
./fmt_all.go:50:29:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:50:29:     from ... argument (spill) at ./fmt_all.go:50:13
./fmt_all.go:50:29:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:50:13
./fmt_all.go:50:18: o.E == nil escapes to heap:
./fmt_all.go:50:18:   flow: {storage for ... argument} = &{storage for o.E == nil}:
./fmt_all.go:50:18:     from o.E == nil (spill) at ./fmt_all.go:50:18
./fmt_all.go:50:18:     from ... argument (slice-literal-element) at ./fmt_all.go:50:13
./fmt_all.go:50:18:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:50:18:     from ... argument (spill) at ./fmt_all.go:50:13
./fmt_all.go:50:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:50:13
./fmt_all.go:49:56: o.E escapes to heap:
./fmt_all.go:49:56:   flow: {storage for ... argument} = &{storage for o.E}:
./fmt_all.go:49:56:     from o.E (spill) at ./fmt_all.go:49:56
./fmt_all.go:49:56:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:56:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:56:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:56:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:51: o.B escapes to heap:
./fmt_all.go:49:51:   flow: {storage for ... argument} = &{storage for o.B}:
./fmt_all.go:49:51:     from o.B (spill) at ./fmt_all.go:49:51
./fmt_all.go:49:51:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:51:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:51:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:51:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:43: o.Name escapes to heap:
./fmt_all.go:49:43:   flow: {storage for ... argument} = &{storage for o.Name}:
./fmt_all.go:49:43:     from o.Name (spill) at ./fmt_all.go:49:43
./fmt_all.go:49:43:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:43:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:43:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:43:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:36: o.Arr escapes to heap:
./fmt_all.go:49:36:   flow: {storage for ... argument} = &{storage for o.Arr}:
./fmt_all.go:49:36:     from o.Arr (spill) at ./fmt_all.go:49:36
./fmt_all.go:49:36:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:36:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:36:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:31: o.R escapes to heap:
./fmt_all.go:49:31:   flow: {storage for ... argument} = &{storage for o.R}:
./fmt_all.go:49:31:     from o.R (spill) at ./fmt_all.go:49:31
./fmt_all.go:49:31:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:31:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:31:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:31:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:26: o.U escapes to heap:
./fmt_all.go:49:26:   flow: {storage for ... argument} = &{storage for o.U}:
./fmt_all.go:49:26:     from o.U (spill) at ./fmt_all.go:49:26
./fmt_all.go:49:26:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:26:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:26:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:26:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:21: o.S escapes to heap:
./fmt_all.go:49:21:   flow: {storage for ... argument} = &{storage for o.S}:
./fmt_all.go:49:21:     from o.S (spill) at ./fmt_all.go:49:21
./fmt_all.go:49:21:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:21:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:21:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:49:15: o.In escapes to heap:
./fmt_all.go:49:15:   flow: {storage for ... argument} = &{storage for o.In}:
./fmt_all.go:49:15:     from o.In (spill) at ./fmt_all.go:49:15
./fmt_all.go:49:15:     from ... argument (slice-literal-element) at ./fmt_all.go:49:13
./fmt_all.go:49:15:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:49:15:     from ... argument (spill) at ./fmt_all.go:49:13
./fmt_all.go:49:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:49:13
./fmt_all.go:44:2: in escapes to heap:
./fmt_all.go:44:2:   flow: {storage for ... argument} = &in:
./fmt_all.go:44:2:     from &in (address-of) at ./fmt_all.go:46:14
./fmt_all.go:44:2:     from &in (interface-converted) at ./fmt_all.go:46:14
./fmt_all.go:44:2:     from ... argument (slice-literal-element) at ./fmt_all.go:46:13
./fmt_all.go:44:2:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:44:2:     from ... argument (spill) at ./fmt_all.go:46:13
./fmt_all.go:44:2:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:46:13
./fmt_all.go:45:13: in escapes to heap:
./fmt_all.go:45:13:   flow: {storage for ... argument} = &{storage for in}:
./fmt_all.go:45:13:     from in (spill) at ./fmt_all.go:45:13
./fmt_all.go:45:13:     from ... argument (slice-literal-element) at ./fmt_all.go:45:13
./fmt_all.go:45:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:45:13:     from ... argument (spill) at ./fmt_all.go:45:13
./fmt_all.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:45:13
./fmt_all.go:42:45: byte('x') escapes to heap:
./fmt_all.go:42:45:   flow: {storage for ... argument} = &{storage for byte('x')}:
./fmt_all.go:42:45:     from byte('x') (spill) at ./fmt_all.go:42:45
./fmt_all.go:42:45:     from ... argument (slice-literal-element) at ./fmt_all.go:42:13
./fmt_all.go:42:45:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:42:45:     from ... argument (spill) at ./fmt_all.go:42:13
./fmt_all.go:42:45:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:42:13
./fmt_all.go:42:36: 'x' escapes to heap:
./fmt_all.go:42:36:   flow: {storage for ... argument} = &{storage for 'x'}:
./fmt_all.go:42:36:     from 'x' (spill) at ./fmt_all.go:42:36
./fmt_all.go:42:36:     from ... argument (slice-literal-element) at ./fmt_all.go:42:13
./fmt_all.go:42:36:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:42:36:     from ... argument (spill) at ./fmt_all.go:42:13
./fmt_all.go:42:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:42:13
./fmt_all.go:42:31: "x" escapes to heap:
./fmt_all.go:42:31:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_all.go:42:31:     from "x" (spill) at ./fmt_all.go:42:31
./fmt_all.go:42:31:     from ... argument (slice-literal-element) at ./fmt_all.go:42:13
./fmt_all.go:42:31:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:42:31:     from ... argument (spill) at ./fmt_all.go:42:13
./fmt_all.go:42:31:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:42:13
./fmt_all.go:42:27: "" escapes to heap:
./fmt_all.go:42:27:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_all.go:42:27:     from "" (spill) at ./fmt_all.go:42:27
./fmt_all.go:42:27:     from ... argument (slice-literal-element) at ./fmt_all.go:42:13
./fmt_all.go:42:27:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:42:27:     from ... argument (spill) at ./fmt_all.go:42:13
./fmt_all.go:42:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:42:13
./fmt_all.go:42:20: false escapes to heap:
./fmt_all.go:42:20:   flow: {storage for ... argument} = &{storage for false}:
./fmt_all.go:42:20:     from false (spill) at ./fmt_all.go:42:20
./fmt_all.go:42:20:     from ... argument (slice-literal-element) at ./fmt_all.go:42:13
./fmt_all.go:42:20:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:42:20:     from ... argument (spill) at ./fmt_all.go:42:13
./fmt_all.go:42:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:42:13
./fmt_all.go:42:14: true escapes to heap:
./fmt_all.go:42:14:   flow: {storage for ... argument} = &{storage for true}:
./fmt_all.go:42:14:     from true (spill) at ./fmt_all.go:42:14
./fmt_all.go:42:14:     from ... argument (slice-literal-element) at ./fmt_all.go:42:13
./fmt_all.go:42:14:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:42:14:     from ... argument (spill) at ./fmt_all.go:42:13
./fmt_all.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:42:13
./fmt_all.go:41:13: up escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for up}:
./fmt_all.go:41:13:     from up (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: u escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_all.go:41:13:     from u (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: u64 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_all.go:41:13:     from u64 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: u32 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for u32}:
./fmt_all.go:41:13:     from u32 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: u16 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for u16}:
./fmt_all.go:41:13:     from u16 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: u8 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for u8}:
./fmt_all.go:41:13:     from u8 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: i64 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_all.go:41:13:     from i64 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: i32 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for i32}:
./fmt_all.go:41:13:     from i32 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: i16 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for i16}:
./fmt_all.go:41:13:     from i16 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:41:13: i8 escapes to heap:
./fmt_all.go:41:13:   flow: {storage for ... argument} = &{storage for i8}:
./fmt_all.go:41:13:     from i8 (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from ... argument (slice-literal-element) at ./fmt_all.go:41:13
./fmt_all.go:41:13:   flow: {heap} = {storage for ... argument}:
./fmt_all.go:41:13:     from ... argument (spill) at ./fmt_all.go:41:13
./fmt_all.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_all.go:41:13
./fmt_all.go:62:21: [][]int{...} escapes to heap:
./fmt_all.go:62:21:   flow: {storage for [][]int{...}} = &{storage for [][]int{...}}:
./fmt_all.go:62:21:     from [][]int{...} (spill) at ./fmt_all.go:62:21
./fmt_all.go:62:21:     from [][]int{...} (interface-converted) at ./fmt_all.go:62:21
./fmt_all.go:62:27: []int{...} escapes to heap:
./fmt_all.go:62:27:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_all.go:62:27:     from []int{...} (spill) at ./fmt_all.go:62:27
./fmt_all.go:62:27:     from [][]int{...} (slice-literal-element) at ./fmt_all.go:62:21
./fmt_all.go:62:22: []int{...} escapes to heap:
./fmt_all.go:62:22:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_all.go:62:22:     from []int{...} (spill) at ./fmt_all.go:62:22
./fmt_all.go:62:22:     from [][]int{...} (slice-literal-element) at ./fmt_all.go:62:21
./fmt_all.go:59:35: []Empty{...} escapes to heap:
./fmt_all.go:59:35:   flow: {storage for []Empty{...}} = &{storage for []Empty{...}}:
./fmt_all.go:59:35:     from []Empty{...} (spill) at ./fmt_all.go:59:35
./fmt_all.go:59:35:     from []Empty{...} (interface-converted) at ./fmt_all.go:59:35
./fmt_all.go:59:21: []*Node{...} escapes to heap:
./fmt_all.go:59:21:   flow: {storage for []*Node{...}} = &{storage for []*Node{...}}:
./fmt_all.go:59:21:     from []*Node{...} (spill) at ./fmt_all.go:59:21
./fmt_all.go:59:21:     from []*Node{...} (interface-converted) at ./fmt_all.go:59:21
./fmt_all.go:58:51: []uint64{...} escapes to heap:
./fmt_all.go:58:51:   flow: {storage for []uint64{...}} = &{storage for []uint64{...}}:
./fmt_all.go:58:51:     from []uint64{...} (spill) at ./fmt_all.go:58:51
./fmt_all.go:58:51:     from []uint64{...} (interface-converted) at ./fmt_all.go:58:51
./fmt_all.go:58:34: []int8{...} escapes to heap:
./fmt_all.go:58:34:   flow: {storage for []int8{...}} = &{storage for []int8{...}}:
./fmt_all.go:58:34:     from []int8{...} (spill) at ./fmt_all.go:58:34
./fmt_all.go:58:34:     from []int8{...} (interface-converted) at ./fmt_all.go:58:34
./fmt_all.go:58:20: []bool{...} escapes to heap:
./fmt_all.go:58:20:   flow: {storage for []bool{...}} = &{storage for []bool{...}}:
./fmt_all.go:58:20:     from []bool{...} (spill) at ./fmt_all.go:58:20
./fmt_all.go:58:20:     from []bool{...} (interface-converted) at ./fmt_all.go:58:20
./fmt_all.go:57:51: []string{} escapes to heap:
./fmt_all.go:57:51:   flow: {storage for []string{}} = &{storage for []string{}}:
./fmt_all.go:57:51:     from []string{} (spill) at ./fmt_all.go:57:51
./fmt_all.go:57:51:     from []string{} (interface-converted) at ./fmt_all.go:57:51
./fmt_all.go:47:86: []byte{...} escapes to heap:
./fmt_all.go:47:86:   flow: o = &{storage for []byte{...}}:
./fmt_all.go:47:86:     from []byte{...} (spill) at ./fmt_all.go:47:86
./fmt_all.go:47:86:     from Outer{...} (struct literal element) at ./fmt_all.go:47:12
./fmt_all.go:47:86:     from o := Outer{...} (assign) at ./fmt_all.go:47:4
./fmt_all.go:47:86:   flow: {storage for o.E} = o:
./fmt_all.go:47:86:     from o.E (dot) at ./fmt_all.go:49:56
./fmt_all.go:47:86:     from o.E (interface-converted) at ./fmt_all.go:49:56
./fmt_all.go:47:39: []Inner{...} escapes to heap:
./fmt_all.go:47:39:   flow: o = &{storage for []Inner{...}}:
./fmt_all.go:47:39:     from []Inner{...} (spill) at ./fmt_all.go:47:39
./fmt_all.go:47:39:     from Outer{...} (struct literal element) at ./fmt_all.go:47:12
./fmt_all.go:47:39:     from o := Outer{...} (assign) at ./fmt_all.go:47:4
./fmt_all.go:47:39:   flow: {storage for o.E} = o:
./fmt_all.go:47:39:     from o.E (dot) at ./fmt_all.go:49:56
./fmt_all.go:47:39:     from o.E (interface-converted) at ./fmt_all.go:49:56
./fmt_all.go:44:2: moved to heap: in
./fmt_all.go:41:13: ... argument does not escape
./fmt_all.go:41:13: i8 escapes to heap
./fmt_all.go:41:13: i16 escapes to heap
./fmt_all.go:41:13: i32 escapes to heap
./fmt_all.go:41:13: i64 escapes to heap
./fmt_all.go:41:13: u8 escapes to heap
./fmt_all.go:41:13: u16 escapes to heap
./fmt_all.go:41:13: u32 escapes to heap
./fmt_all.go:41:13: u64 escapes to heap
./fmt_all.go:41:13: u escapes to heap
./fmt_all.go:41:13: up escapes to heap
./fmt_all.go:42:13: ... argument does not escape
./fmt_all.go:42:14: true escapes to heap
./fmt_all.go:42:20: false escapes to heap
./fmt_all.go:42:27: "" escapes to heap
./fmt_all.go:42:31: "x" escapes to heap
./fmt_all.go:42:36: 'x' escapes to heap
./fmt_all.go:42:45: byte('x') escapes to heap
./fmt_all.go:45:13: ... argument does not escape
./fmt_all.go:45:13: in escapes to heap
./fmt_all.go:46:13: ... argument does not escape
./fmt_all.go:47:39: []Inner{...} escapes to heap
./fmt_all.go:47:86: []byte{...} escapes to heap
./fmt_all.go:49:13: ... argument does not escape
./fmt_all.go:49:15: o.In escapes to heap
./fmt_all.go:49:21: o.S escapes to heap
./fmt_all.go:49:26: o.U escapes to heap
./fmt_all.go:49:31: o.R escapes to heap
./fmt_all.go:49:36: o.Arr escapes to heap
./fmt_all.go:49:43: o.Name escapes to heap
./fmt_all.go:49:51: o.B escapes to heap
./fmt_all.go:49:56: o.E escapes to heap
./fmt_all.go:50:13: ... argument does not escape
./fmt_all.go:50:18: o.E == nil escapes to heap
./fmt_all.go:50:29: len(o.B) escapes to heap
./fmt_all.go:52:13: ... argument does not escape
./fmt_all.go:52:19: op.In.C escapes to heap
./fmt_all.go:52:27: op.P.B escapes to heap
./fmt_all.go:53:7: &Node{...} does not escape
./fmt_all.go:53:16: &Node{...} does not escape
./fmt_all.go:54:13: ... argument does not escape
./fmt_all.go:54:14: *n.Next escapes to heap
./fmt_all.go:56:13: ... argument does not escape
./fmt_all.go:57:13: ... argument does not escape
./fmt_all.go:57:19: Empty{} escapes to heap
./fmt_all.go:57:23: &Empty{} escapes to heap
./fmt_all.go:57:39: [0]int{} escapes to heap
./fmt_all.go:57:51: []string{} escapes to heap
./fmt_all.go:57:51: []string{} escapes to heap
./fmt_all.go:57:64: [3]string{...} escapes to heap
./fmt_all.go:58:13: ... argument does not escape
./fmt_all.go:58:20: []bool{...} escapes to heap
./fmt_all.go:58:20: []bool{...} escapes to heap
./fmt_all.go:58:34: []int8{...} escapes to heap
./fmt_all.go:58:34: []int8{...} escapes to heap
./fmt_all.go:58:51: []uint64{...} escapes to heap
./fmt_all.go:58:51: []uint64{...} escapes to heap
./fmt_all.go:58:70: [2]int32{} escapes to heap
./fmt_all.go:59:13: ... argument does not escape
./fmt_all.go:59:21: []*Node{...} escapes to heap
./fmt_all.go:59:21: []*Node{...} escapes to heap
./fmt_all.go:59:35: []Empty{...} escapes to heap
./fmt_all.go:59:35: []Empty{...} escapes to heap
./fmt_all.go:60:13: ... argument does not escape
./fmt_all.go:60:14: "a" escapes to heap
./fmt_all.go:60:19: 1 escapes to heap
./fmt_all.go:60:22: "b" escapes to heap
./fmt_all.go:60:27: 2 escapes to heap
./fmt_all.go:60:30: "c" escapes to heap
./fmt_all.go:61:13: ... argument does not escape
./fmt_all.go:61:14: &[2]int{...} escapes to heap
./fmt_all.go:61:29: &[1]string{...} escapes to heap
./fmt_all.go:62:13: ... argument does not escape
./fmt_all.go:62:21: [][]int{...} escapes to heap
./fmt_all.go:62:21: [][]int{...} escapes to heap
./fmt_all.go:62:22: []int{...} escapes to heap
./fmt_all.go:62:27: []int{...} escapes to heap
./fmt_all.go:63:13: ... argument does not escape
./fmt_all.go:63:19: Inner{} escapes to heap
./fmt_all.go:63:31: [1]Inner{} escapes to heap
./fmt_all.go:65:13: ... argument does not escape
./fmt_all.go:65:13: s escapes to heap
./fmt_all.go:66:11: ... argument does not escape
./fmt_all.go:66:12: "no newline" escapes to heap
./fmt_all.go:66:26: 1 escapes to heap
./fmt_all.go:66:29: 2 escapes to heap
./fmt_all.go:66:32: "x" escapes to heap
./fmt_all.go:66:37: "y" escapes to heap
./fmt_all.go:66:42: 3 escapes to heap
./fmt_all.go:66:45: "\n" escapes to heap
./fmt_all.go:67:11: ... argument does not escape
./fmt_all.go:67:12: 1 escapes to heap
./fmt_all.go:67:15: 2 escapes to heap
./fmt_all.go:67:18: "\n" escapes to heap
./fmt_all.go:68:11: ... argument does not escape
./fmt_all.go:68:12: "a" escapes to heap
./fmt_all.go:68:17: "b" escapes to heap
./fmt_all.go:68:22: "\n" escapes to heap
