./fmt_println.go:46:21: [][]int{...} escapes to heap:
./fmt_println.go:46:21:   flow: {storage for ... argument} = &{storage for [][]int{...}}:
./fmt_println.go:46:21:     from [][]int{...} (spill) at ./fmt_println.go:46:21
./fmt_println.go:46:21:     from ... argument (slice-literal-element) at ./fmt_println.go:46:13
./fmt_println.go:46:21:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:46:21:     from ... argument (spill) at ./fmt_println.go:46:13
./fmt_println.go:46:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:46:13
./fmt_println.go:45:18: "" escapes to heap:
./fmt_println.go:45:18:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_println.go:45:18:     from "" (spill) at ./fmt_println.go:45:18
./fmt_println.go:45:18:     from ... argument (slice-literal-element) at ./fmt_println.go:45:13
./fmt_println.go:45:18:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:45:18:     from ... argument (spill) at ./fmt_println.go:45:13
./fmt_println.go:45:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:45:13
./fmt_println.go:45:14: "" escapes to heap:
./fmt_println.go:45:14:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_println.go:45:14:     from "" (spill) at ./fmt_println.go:45:14
./fmt_println.go:45:14:     from ... argument (slice-literal-element) at ./fmt_println.go:45:13
./fmt_println.go:45:14:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:45:14:     from ... argument (spill) at ./fmt_println.go:45:13
./fmt_println.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:45:13
./fmt_println.go:44:14: "" escapes to heap:
./fmt_println.go:44:14:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_println.go:44:14:     from "" (spill) at ./fmt_println.go:44:14
./fmt_println.go:44:14:     from ... argument (slice-literal-element) at ./fmt_println.go:44:13
./fmt_println.go:44:14:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:44:14:     from ... argument (spill) at ./fmt_println.go:44:13
./fmt_println.go:44:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:44:13
./fmt_println.go:39:2: n escapes to heap:
./fmt_println.go:39:2:   flow: {storage for ... argument} = &n:
./fmt_println.go:39:2:     from &n (address-of) at ./fmt_println.go:41:14
./fmt_println.go:39:2:     from &n (interface-converted) at ./fmt_println.go:41:14
./fmt_println.go:39:2:     from ... argument (slice-literal-element) at ./fmt_println.go:41:13
./fmt_println.go:39:2:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:39:2:     from ... argument (spill) at ./fmt_println.go:41:13
./fmt_println.go:39:2:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:41:13
./fmt_println.go:40:13: n escapes to heap:
./fmt_println.go:40:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_println.go:40:13:     from n (spill) at ./fmt_println.go:40:13
./fmt_println.go:40:13:     from ... argument (slice-literal-element) at ./fmt_println.go:40:13
./fmt_println.go:40:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:40:13:     from ... argument (spill) at ./fmt_println.go:40:13
./fmt_println.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:40:13
./fmt_println.go:38:20: []Pair{...} escapes to heap:
./fmt_println.go:38:20:   flow: {storage for ... argument} = &{storage for []Pair{...}}:
./fmt_println.go:38:20:     from []Pair{...} (spill) at ./fmt_println.go:38:20
./fmt_println.go:38:20:     from ... argument (slice-literal-element) at ./fmt_println.go:38:13
./fmt_println.go:38:20:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:38:20:     from ... argument (spill) at ./fmt_println.go:38:13
./fmt_println.go:38:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:38:13
./fmt_println.go:37:30: &Pair{...} escapes to heap:
./fmt_println.go:37:30:   flow: {storage for ... argument} = &{storage for &Pair{...}}:
./fmt_println.go:37:30:     from &Pair{...} (spill) at ./fmt_println.go:37:30
./fmt_println.go:37:30:     from &Pair{...} (interface-converted) at ./fmt_println.go:37:30
./fmt_println.go:37:30:     from ... argument (slice-literal-element) at ./fmt_println.go:37:13
./fmt_println.go:37:30:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:37:30:     from ... argument (spill) at ./fmt_println.go:37:13
./fmt_println.go:37:30:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:37:13
./fmt_println.go:37:18: Pair{...} escapes to heap:
./fmt_println.go:37:18:   flow: {storage for ... argument} = &{storage for Pair{...}}:
./fmt_println.go:37:18:     from Pair{...} (spill) at ./fmt_println.go:37:18
./fmt_println.go:37:18:     from ... argument (slice-literal-element) at ./fmt_println.go:37:13
./fmt_println.go:37:18:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:37:18:     from ... argument (spill) at ./fmt_println.go:37:13
./fmt_println.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:37:13
./fmt_println.go:36:39: [2]byte{...} escapes to heap:
./fmt_println.go:36:39:   flow: {storage for ... argument} = &{storage for [2]byte{...}}:
./fmt_println.go:36:39:     from [2]byte{...} (spill) at ./fmt_println.go:36:39
./fmt_println.go:36:39:     from ... argument (slice-literal-element) at ./fmt_println.go:36:13
./fmt_println.go:36:39:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:36:39:     from ... argument (spill) at ./fmt_println.go:36:13
./fmt_println.go:36:39:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:36:13
./fmt_println.go:36:20: []byte{...} escapes to heap:
./fmt_println.go:36:20:   flow: {storage for ... argument} = &{storage for []byte{...}}:
./fmt_println.go:36:20:     from []byte{...} (spill) at ./fmt_println.go:36:20
./fmt_println.go:36:20:     from ... argument (slice-literal-element) at ./fmt_println.go:36:13
./fmt_println.go:36:20:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:36:20:     from ... argument (spill) at ./fmt_println.go:36:13
./fmt_println.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:36:13
./fmt_println.go:35:40: [2]string{...} escapes to heap:
./fmt_println.go:35:40:   flow: {storage for ... argument} = &{storage for [2]string{...}}:
./fmt_println.go:35:40:     from [2]string{...} (spill) at ./fmt_println.go:35:40
./fmt_println.go:35:40:     from ... argument (slice-literal-element) at ./fmt_println.go:35:13
./fmt_println.go:35:40:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:35:40:     from ... argument (spill) at ./fmt_println.go:35:13
./fmt_println.go:35:40:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:35:13
./fmt_println.go:35:20: [3]int{...} escapes to heap:
./fmt_println.go:35:20:   flow: {storage for ... argument} = &{storage for [3]int{...}}:
./fmt_println.go:35:20:     from [3]int{...} (spill) at ./fmt_println.go:35:20
./fmt_println.go:35:20:     from ... argument (slice-literal-element) at ./fmt_println.go:35:13
./fmt_println.go:35:20:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:35:20:     from ... argument (spill) at ./fmt_println.go:35:13
./fmt_println.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:35:13
./fmt_println.go:34:27: len(nilslice) escapes to heap:
./fmt_println.go:34:27:   flow: {storage for ... argument} = &{storage for len(nilslice)}:
./fmt_println.go:34:27:     from len(nilslice) (spill) at ./fmt_println.go:34:27
./fmt_println.go:34:27:     from ... argument (slice-literal-element) at ./fmt_println.go:34:13
./fmt_println.go:34:27:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:34:27:     from ... argument (spill) at ./fmt_println.go:34:13
./fmt_println.go:34:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:34:13
./fmt_println.go:34:13: nilslice escapes to heap:
./fmt_println.go:34:13:   flow: {storage for ... argument} = &{storage for nilslice}:
./fmt_println.go:34:13:     from nilslice (spill) at ./fmt_println.go:34:13
./fmt_println.go:34:13:     from ... argument (slice-literal-element) at ./fmt_println.go:34:13
./fmt_println.go:34:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:34:13:     from ... argument (spill) at ./fmt_println.go:34:13
./fmt_println.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:34:13
./fmt_println.go:32:29: [0]int{} escapes to heap:
./fmt_println.go:32:29:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_println.go:32:29:     from [0]int{} (spill) at ./fmt_println.go:32:29
./fmt_println.go:32:29:     from ... argument (slice-literal-element) at ./fmt_println.go:32:13
./fmt_println.go:32:29:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:32:29:     from ... argument (spill) at ./fmt_println.go:32:13
./fmt_println.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:32:13
./fmt_println.go:32:19: []int{} escapes to heap:
./fmt_println.go:32:19:   flow: {storage for ... argument} = &{storage for []int{}}:
./fmt_println.go:32:19:     from []int{} (spill) at ./fmt_println.go:32:19
./fmt_println.go:32:19:     from ... argument (slice-literal-element) at ./fmt_println.go:32:13
./fmt_println.go:32:19:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:32:19:     from ... argument (spill) at ./fmt_println.go:32:13
./fmt_println.go:32:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:32:13
./fmt_println.go:31:56: []bool{...} escapes to heap:
./fmt_println.go:31:56:   flow: {storage for ... argument} = &{storage for []bool{...}}:
./fmt_println.go:31:56:     from []bool{...} (spill) at ./fmt_println.go:31:56
./fmt_println.go:31:56:     from ... argument (slice-literal-element) at ./fmt_println.go:31:13
./fmt_println.go:31:56:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:31:56:     from ... argument (spill) at ./fmt_println.go:31:13
./fmt_println.go:31:56:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:31:13
./fmt_println.go:31:38: []string{...} escapes to heap:
./fmt_println.go:31:38:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_println.go:31:38:     from []string{...} (spill) at ./fmt_println.go:31:38
./fmt_println.go:31:38:     from ... argument (slice-literal-element) at ./fmt_println.go:31:13
./fmt_println.go:31:38:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:31:38:     from ... argument (spill) at ./fmt_println.go:31:13
./fmt_println.go:31:38:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:31:13
./fmt_println.go:31:19: []int{...} escapes to heap:
./fmt_println.go:31:19:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_println.go:31:19:     from []int{...} (spill) at ./fmt_println.go:31:19
./fmt_println.go:31:19:     from ... argument (slice-literal-element) at ./fmt_println.go:31:13
./fmt_println.go:31:19:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:31:19:     from ... argument (spill) at ./fmt_println.go:31:13
./fmt_println.go:31:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:31:13
./fmt_println.go:30:13: b escapes to heap:
./fmt_println.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_println.go:30:13:     from b (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from ... argument (slice-literal-element) at ./fmt_println.go:30:13
./fmt_println.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:30:13:     from ... argument (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:30:13
./fmt_println.go:30:13: u escapes to heap:
./fmt_println.go:30:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_println.go:30:13:     from u (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from ... argument (slice-literal-element) at ./fmt_println.go:30:13
./fmt_println.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:30:13:     from ... argument (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:30:13
./fmt_println.go:30:13: i64 escapes to heap:
./fmt_println.go:30:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_println.go:30:13:     from i64 (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from ... argument (slice-literal-element) at ./fmt_println.go:30:13
./fmt_println.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:30:13:     from ... argument (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:30:13
./fmt_println.go:30:13: i32 escapes to heap:
./fmt_println.go:30:13:   flow: {storage for ... argument} = &{storage for i32}:
./fmt_println.go:30:13:     from i32 (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from ... argument (slice-literal-element) at ./fmt_println.go:30:13
./fmt_println.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:30:13:     from ... argument (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:30:13
./fmt_println.go:30:13: i8 escapes to heap:
./fmt_println.go:30:13:   flow: {storage for ... argument} = &{storage for i8}:
./fmt_println.go:30:13:     from i8 (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from ... argument (slice-literal-element) at ./fmt_println.go:30:13
./fmt_println.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:30:13:     from ... argument (spill) at ./fmt_println.go:30:13
./fmt_println.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:30:13
./fmt_println.go:24:20: false escapes to heap:
./fmt_println.go:24:20:   flow: {storage for ... argument} = &{storage for false}:
./fmt_println.go:24:20:     from false (spill) at ./fmt_println.go:24:20
./fmt_println.go:24:20:     from ... argument (slice-literal-element) at ./fmt_println.go:24:13
./fmt_println.go:24:20:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:24:20:     from ... argument (spill) at ./fmt_println.go:24:13
./fmt_println.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:24:13
./fmt_println.go:24:14: true escapes to heap:
./fmt_println.go:24:14:   flow: {storage for ... argument} = &{storage for true}:
./fmt_println.go:24:14:     from true (spill) at ./fmt_println.go:24:14
./fmt_println.go:24:14:     from ... argument (slice-literal-element) at ./fmt_println.go:24:13
./fmt_println.go:24:14:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:24:14:     from ... argument (spill) at ./fmt_println.go:24:13
./fmt_println.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:24:13
./fmt_println.go:23:27: 2 escapes to heap:
./fmt_println.go:23:27:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_println.go:23:27:     from 2 (spill) at ./fmt_println.go:23:27
./fmt_println.go:23:27:     from ... argument (slice-literal-element) at ./fmt_println.go:23:13
./fmt_println.go:23:27:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:23:27:     from ... argument (spill) at ./fmt_println.go:23:13
./fmt_println.go:23:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:23:13
./fmt_println.go:23:22: "b" escapes to heap:
./fmt_println.go:23:22:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_println.go:23:22:     from "b" (spill) at ./fmt_println.go:23:22
./fmt_println.go:23:22:     from ... argument (slice-literal-element) at ./fmt_println.go:23:13
./fmt_println.go:23:22:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:23:22:     from ... argument (spill) at ./fmt_println.go:23:13
./fmt_println.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:23:13
./fmt_println.go:23:19: 1 escapes to heap:
./fmt_println.go:23:19:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_println.go:23:19:     from 1 (spill) at ./fmt_println.go:23:19
./fmt_println.go:23:19:     from ... argument (slice-literal-element) at ./fmt_println.go:23:13
./fmt_println.go:23:19:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:23:19:     from ... argument (spill) at ./fmt_println.go:23:13
./fmt_println.go:23:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:23:13
./fmt_println.go:23:14: "a" escapes to heap:
./fmt_println.go:23:14:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_println.go:23:14:     from "a" (spill) at ./fmt_println.go:23:14
./fmt_println.go:23:14:     from ... argument (slice-literal-element) at ./fmt_println.go:23:13
./fmt_println.go:23:14:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:23:14:     from ... argument (spill) at ./fmt_println.go:23:13
./fmt_println.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:23:13
./fmt_println.go:22:24: "c" escapes to heap:
./fmt_println.go:22:24:   flow: {storage for ... argument} = &{storage for "c"}:
./fmt_println.go:22:24:     from "c" (spill) at ./fmt_println.go:22:24
./fmt_println.go:22:24:     from ... argument (slice-literal-element) at ./fmt_println.go:22:13
./fmt_println.go:22:24:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:22:24:     from ... argument (spill) at ./fmt_println.go:22:13
./fmt_println.go:22:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:22:13
./fmt_println.go:22:19: "b" escapes to heap:
./fmt_println.go:22:19:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_println.go:22:19:     from "b" (spill) at ./fmt_println.go:22:19
./fmt_println.go:22:19:     from ... argument (slice-literal-element) at ./fmt_println.go:22:13
./fmt_println.go:22:19:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:22:19:     from ... argument (spill) at ./fmt_println.go:22:13
./fmt_println.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:22:13
./fmt_println.go:22:14: "a" escapes to heap:
./fmt_println.go:22:14:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_println.go:22:14:     from "a" (spill) at ./fmt_println.go:22:14
./fmt_println.go:22:14:     from ... argument (slice-literal-element) at ./fmt_println.go:22:13
./fmt_println.go:22:14:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:22:14:     from ... argument (spill) at ./fmt_println.go:22:13
./fmt_println.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:22:13
./fmt_println.go:21:21: 3 escapes to heap:
./fmt_println.go:21:21:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_println.go:21:21:     from 3 (spill) at ./fmt_println.go:21:21
./fmt_println.go:21:21:     from ... argument (slice-literal-element) at ./fmt_println.go:21:13
./fmt_println.go:21:21:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:21:21:     from ... argument (spill) at ./fmt_println.go:21:13
./fmt_println.go:21:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:21:13
./fmt_println.go:21:17: -2 escapes to heap:
./fmt_println.go:21:17:   flow: {storage for ... argument} = &{storage for -2}:
./fmt_println.go:21:17:     from -2 (spill) at ./fmt_println.go:21:17
./fmt_println.go:21:17:     from ... argument (slice-literal-element) at ./fmt_println.go:21:13
./fmt_println.go:21:17:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:21:17:     from ... argument (spill) at ./fmt_println.go:21:13
./fmt_println.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:21:13
./fmt_println.go:21:14: 1 escapes to heap:
./fmt_println.go:21:14:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_println.go:21:14:     from 1 (spill) at ./fmt_println.go:21:14
./fmt_println.go:21:14:     from ... argument (slice-literal-element) at ./fmt_println.go:21:13
./fmt_println.go:21:14:   flow: {heap} = {storage for ... argument}:
./fmt_println.go:21:14:     from ... argument (spill) at ./fmt_println.go:21:13
./fmt_println.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println.go:21:13
./fmt_println.go:46:21: [][]int{...} escapes to heap:
./fmt_println.go:46:21:   flow: {storage for [][]int{...}} = &{storage for [][]int{...}}:
./fmt_println.go:46:21:     from [][]int{...} (spill) at ./fmt_println.go:46:21
./fmt_println.go:46:21:     from [][]int{...} (interface-converted) at ./fmt_println.go:46:21
./fmt_println.go:46:27: []int{...} escapes to heap:
./fmt_println.go:46:27:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_println.go:46:27:     from []int{...} (spill) at ./fmt_println.go:46:27
./fmt_println.go:46:27:     from [][]int{...} (slice-literal-element) at ./fmt_println.go:46:21
./fmt_println.go:46:22: []int{...} escapes to heap:
./fmt_println.go:46:22:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_println.go:46:22:     from []int{...} (spill) at ./fmt_println.go:46:22
./fmt_println.go:46:22:     from [][]int{...} (slice-literal-element) at ./fmt_println.go:46:21
./fmt_println.go:38:20: []Pair{...} escapes to heap:
./fmt_println.go:38:20:   flow: {storage for []Pair{...}} = &{storage for []Pair{...}}:
./fmt_println.go:38:20:     from []Pair{...} (spill) at ./fmt_println.go:38:20
./fmt_println.go:38:20:     from []Pair{...} (interface-converted) at ./fmt_println.go:38:20
./fmt_println.go:36:20: []byte{...} escapes to heap:
./fmt_println.go:36:20:   flow: {storage for []byte{...}} = &{storage for []byte{...}}:
./fmt_println.go:36:20:     from []byte{...} (spill) at ./fmt_println.go:36:20
./fmt_println.go:36:20:     from []byte{...} (interface-converted) at ./fmt_println.go:36:20
./fmt_println.go:32:19: []int{} escapes to heap:
./fmt_println.go:32:19:   flow: {storage for []int{}} = &{storage for []int{}}:
./fmt_println.go:32:19:     from []int{} (spill) at ./fmt_println.go:32:19
./fmt_println.go:32:19:     from []int{} (interface-converted) at ./fmt_println.go:32:19
./fmt_println.go:31:56: []bool{...} escapes to heap:
./fmt_println.go:31:56:   flow: {storage for []bool{...}} = &{storage for []bool{...}}:
./fmt_println.go:31:56:     from []bool{...} (spill) at ./fmt_println.go:31:56
./fmt_println.go:31:56:     from []bool{...} (interface-converted) at ./fmt_println.go:31:56
./fmt_println.go:31:38: []string{...} escapes to heap:
./fmt_println.go:31:38:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_println.go:31:38:     from []string{...} (spill) at ./fmt_println.go:31:38
./fmt_println.go:31:38:     from []string{...} (interface-converted) at ./fmt_println.go:31:38
./fmt_println.go:31:19: []int{...} escapes to heap:
./fmt_println.go:31:19:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_println.go:31:19:     from []int{...} (spill) at ./fmt_println.go:31:19
./fmt_println.go:31:19:     from []int{...} (interface-converted) at ./fmt_println.go:31:19
./fmt_println.go:39:51: []int{...} escapes to heap:
./fmt_println.go:39:51:   flow: n = &{storage for []int{...}}:
./fmt_println.go:39:51:     from []int{...} (spill) at ./fmt_println.go:39:51
./fmt_println.go:39:51:     from Node{...} (struct literal element) at ./fmt_println.go:39:11
./fmt_println.go:39:51:     from n := Node{...} (assign) at ./fmt_println.go:39:4
./fmt_println.go:39:2: moved to heap: n
./fmt_println.go:21:13: ... argument does not escape
./fmt_println.go:21:14: 1 escapes to heap
./fmt_println.go:21:17: -2 escapes to heap
./fmt_println.go:21:21: 3 escapes to heap
./fmt_println.go:22:13: ... argument does not escape
./fmt_println.go:22:14: "a" escapes to heap
./fmt_println.go:22:19: "b" escapes to heap
./fmt_println.go:22:24: "c" escapes to heap
./fmt_println.go:23:13: ... argument does not escape
./fmt_println.go:23:14: "a" escapes to heap
./fmt_println.go:23:19: 1 escapes to heap
./fmt_println.go:23:22: "b" escapes to heap
./fmt_println.go:23:27: 2 escapes to heap
./fmt_println.go:24:13: ... argument does not escape
./fmt_println.go:24:14: true escapes to heap
./fmt_println.go:24:20: false escapes to heap
./fmt_println.go:30:13: ... argument does not escape
./fmt_println.go:30:13: i8 escapes to heap
./fmt_println.go:30:13: i32 escapes to heap
./fmt_println.go:30:13: i64 escapes to heap
./fmt_println.go:30:13: u escapes to heap
./fmt_println.go:30:13: b escapes to heap
./fmt_println.go:31:13: ... argument does not escape
./fmt_println.go:31:19: []int{...} escapes to heap
./fmt_println.go:31:19: []int{...} escapes to heap
./fmt_println.go:31:38: []string{...} escapes to heap
./fmt_println.go:31:38: []string{...} escapes to heap
./fmt_println.go:31:56: []bool{...} escapes to heap
./fmt_println.go:31:56: []bool{...} escapes to heap
./fmt_println.go:32:13: ... argument does not escape
./fmt_println.go:32:19: []int{} escapes to heap
./fmt_println.go:32:19: []int{} escapes to heap
./fmt_println.go:32:29: [0]int{} escapes to heap
./fmt_println.go:34:13: ... argument does not escape
./fmt_println.go:34:13: nilslice escapes to heap
./fmt_println.go:34:27: len(nilslice) escapes to heap
./fmt_println.go:35:13: ... argument does not escape
./fmt_println.go:35:20: [3]int{...} escapes to heap
./fmt_println.go:35:40: [2]string{...} escapes to heap
./fmt_println.go:36:13: ... argument does not escape
./fmt_println.go:36:20: []byte{...} escapes to heap
./fmt_println.go:36:20: []byte{...} escapes to heap
./fmt_println.go:36:39: [2]byte{...} escapes to heap
./fmt_println.go:37:13: ... argument does not escape
./fmt_println.go:37:18: Pair{...} escapes to heap
./fmt_println.go:37:30: &Pair{...} escapes to heap
./fmt_println.go:38:13: ... argument does not escape
./fmt_println.go:38:20: []Pair{...} escapes to heap
./fmt_println.go:38:20: []Pair{...} escapes to heap
./fmt_println.go:39:51: []int{...} escapes to heap
./fmt_println.go:40:13: ... argument does not escape
./fmt_println.go:40:13: n escapes to heap
./fmt_println.go:41:13: ... argument does not escape
./fmt_println.go:43:13: ... argument does not escape
./fmt_println.go:44:13: ... argument does not escape
./fmt_println.go:44:14: "" escapes to heap
./fmt_println.go:45:13: ... argument does not escape
./fmt_println.go:45:14: "" escapes to heap
./fmt_println.go:45:18: "" escapes to heap
./fmt_println.go:46:13: ... argument does not escape
./fmt_println.go:46:21: [][]int{...} escapes to heap
./fmt_println.go:46:21: [][]int{...} escapes to heap
./fmt_println.go:46:22: []int{...} escapes to heap
./fmt_println.go:46:27: []int{...} escapes to heap
