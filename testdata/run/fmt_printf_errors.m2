./fmt_printf_errors.go:47:18: 1 escapes to heap:
./fmt_printf_errors.go:47:18:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:47:18:     from 1 (spill) at ./fmt_printf_errors.go:47:18
./fmt_printf_errors.go:47:18:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:47:12
./fmt_printf_errors.go:47:18:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:47:18:     from ... argument (spill) at ./fmt_printf_errors.go:47:12
./fmt_printf_errors.go:47:18:     from fmt.Printf("%", ... argument...) (call parameter) at ./fmt_printf_errors.go:47:12
./fmt_printf_errors.go:46:24: "x" escapes to heap:
./fmt_printf_errors.go:46:24:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_printf_errors.go:46:24:     from "x" (spill) at ./fmt_printf_errors.go:46:24
./fmt_printf_errors.go:46:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:46:12
./fmt_printf_errors.go:46:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:46:24:     from ... argument (spill) at ./fmt_printf_errors.go:46:12
./fmt_printf_errors.go:46:24:     from fmt.Printf("%e\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:46:12
./fmt_printf_errors.go:46:21: 1 escapes to heap:
./fmt_printf_errors.go:46:21:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:46:21:     from 1 (spill) at ./fmt_printf_errors.go:46:21
./fmt_printf_errors.go:46:21:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:46:12
./fmt_printf_errors.go:46:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:46:21:     from ... argument (spill) at ./fmt_printf_errors.go:46:12
./fmt_printf_errors.go:46:21:     from fmt.Printf("%e\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:46:12
./fmt_printf_errors.go:45:30: T{} escapes to heap:
./fmt_printf_errors.go:45:30:   flow: {storage for ... argument} = &{storage for T{}}:
./fmt_printf_errors.go:45:30:     from T{} (spill) at ./fmt_printf_errors.go:45:30
./fmt_printf_errors.go:45:30:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:45:12
./fmt_printf_errors.go:45:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:45:30:     from ... argument (spill) at ./fmt_printf_errors.go:45:12
./fmt_printf_errors.go:45:30:     from fmt.Printf("%p %p\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:45:12
./fmt_printf_errors.go:45:24: "s" escapes to heap:
./fmt_printf_errors.go:45:24:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_printf_errors.go:45:24:     from "s" (spill) at ./fmt_printf_errors.go:45:24
./fmt_printf_errors.go:45:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:45:12
./fmt_printf_errors.go:45:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:45:24:     from ... argument (spill) at ./fmt_printf_errors.go:45:12
./fmt_printf_errors.go:45:24:     from fmt.Printf("%p %p\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:45:12
./fmt_printf_errors.go:44:29: 2.5 escapes to heap:
./fmt_printf_errors.go:44:29:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_printf_errors.go:44:29:     from 2.5 (spill) at ./fmt_printf_errors.go:44:29
./fmt_printf_errors.go:44:29:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:44:12
./fmt_printf_errors.go:44:29:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:44:29:     from ... argument (spill) at ./fmt_printf_errors.go:44:12
./fmt_printf_errors.go:44:29:     from fmt.Printf("%c %U\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:44:12
./fmt_printf_errors.go:44:24: "s" escapes to heap:
./fmt_printf_errors.go:44:24:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_printf_errors.go:44:24:     from "s" (spill) at ./fmt_printf_errors.go:44:24
./fmt_printf_errors.go:44:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:44:12
./fmt_printf_errors.go:44:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:44:24:     from ... argument (spill) at ./fmt_printf_errors.go:44:12
./fmt_printf_errors.go:44:24:     from fmt.Printf("%c %U\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:44:12
./fmt_printf_errors.go:43:31: T{...} escapes to heap:
./fmt_printf_errors.go:43:31:   flow: {storage for ... argument} = &{storage for T{...}}:
./fmt_printf_errors.go:43:31:     from T{...} (spill) at ./fmt_printf_errors.go:43:31
./fmt_printf_errors.go:43:31:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:43:12
./fmt_printf_errors.go:43:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:43:31:     from ... argument (spill) at ./fmt_printf_errors.go:43:12
./fmt_printf_errors.go:43:31:     from fmt.Printf("%x %X\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:43:12
./fmt_printf_errors.go:43:24: true escapes to heap:
./fmt_printf_errors.go:43:24:   flow: {storage for ... argument} = &{storage for true}:
./fmt_printf_errors.go:43:24:     from true (spill) at ./fmt_printf_errors.go:43:24
./fmt_printf_errors.go:43:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:43:12
./fmt_printf_errors.go:43:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:43:24:     from ... argument (spill) at ./fmt_printf_errors.go:43:12
./fmt_printf_errors.go:43:24:     from fmt.Printf("%x %X\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:43:12
./fmt_printf_errors.go:42:34: []interface {}{...} escapes to heap:
./fmt_printf_errors.go:42:34:   flow: {storage for ... argument} = &{storage for []interface {}{...}}:
./fmt_printf_errors.go:42:34:     from []interface {}{...} (spill) at ./fmt_printf_errors.go:42:34
./fmt_printf_errors.go:42:34:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:42:12
./fmt_printf_errors.go:42:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:42:34:     from ... argument (spill) at ./fmt_printf_errors.go:42:12
./fmt_printf_errors.go:42:34:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:42:12
./fmt_printf_errors.go:41:34: []interface {}{...} escapes to heap:
./fmt_printf_errors.go:41:34:   flow: {storage for ... argument} = &{storage for []interface {}{...}}:
./fmt_printf_errors.go:41:34:     from []interface {}{...} (spill) at ./fmt_printf_errors.go:41:34
./fmt_printf_errors.go:41:34:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:41:12
./fmt_printf_errors.go:41:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:41:34:     from ... argument (spill) at ./fmt_printf_errors.go:41:12
./fmt_printf_errors.go:41:34:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:41:12
./fmt_printf_errors.go:40:35: 50 escapes to heap:
./fmt_printf_errors.go:40:35:   flow: {storage for ... argument} = &{storage for 50}:
./fmt_printf_errors.go:40:35:     from 50 (spill) at ./fmt_printf_errors.go:40:35
./fmt_printf_errors.go:40:35:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:40:12
./fmt_printf_errors.go:40:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:40:35:     from ... argument (spill) at ./fmt_printf_errors.go:40:12
./fmt_printf_errors.go:40:35:     from fmt.Printf("%%|%5%|%-5%|%d%%\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:40:12
./fmt_printf_errors.go:38:32: 1 escapes to heap:
./fmt_printf_errors.go:38:32:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:38:32:     from 1 (spill) at ./fmt_printf_errors.go:38:32
./fmt_printf_errors.go:38:32:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:38:12
./fmt_printf_errors.go:38:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:38:32:     from ... argument (spill) at ./fmt_printf_errors.go:38:12
./fmt_printf_errors.go:38:32:     from fmt.Printf("%.100000000d|\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:38:12
./fmt_printf_errors.go:37:30: 1 escapes to heap:
./fmt_printf_errors.go:37:30:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:37:30:     from 1 (spill) at ./fmt_printf_errors.go:37:30
./fmt_printf_errors.go:37:30:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:37:12
./fmt_printf_errors.go:37:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:37:30:     from ... argument (spill) at ./fmt_printf_errors.go:37:12
./fmt_printf_errors.go:37:30:     from fmt.Printf("%100000000d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:37:12
./fmt_printf_errors.go:36:24: 1 escapes to heap:
./fmt_printf_errors.go:36:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:36:24:     from 1 (spill) at ./fmt_printf_errors.go:36:24
./fmt_printf_errors.go:36:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:36:12
./fmt_printf_errors.go:36:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:36:24:     from ... argument (spill) at ./fmt_printf_errors.go:36:12
./fmt_printf_errors.go:36:24:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:36:12
./fmt_printf_errors.go:35:21: 1 escapes to heap:
./fmt_printf_errors.go:35:21:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:35:21:     from 1 (spill) at ./fmt_printf_errors.go:35:21
./fmt_printf_errors.go:35:21:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:35:12
./fmt_printf_errors.go:35:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:35:21:     from ... argument (spill) at ./fmt_printf_errors.go:35:12
./fmt_printf_errors.go:35:21:     from fmt.Printf("%[\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:35:12
./fmt_printf_errors.go:34:25: 1 escapes to heap:
./fmt_printf_errors.go:34:25:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:34:25:     from 1 (spill) at ./fmt_printf_errors.go:34:25
./fmt_printf_errors.go:34:25:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:34:12
./fmt_printf_errors.go:34:25:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:34:25:     from ... argument (spill) at ./fmt_printf_errors.go:34:12
./fmt_printf_errors.go:34:25:     from fmt.Printf("%.[1]d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:34:12
./fmt_printf_errors.go:33:23: 1 escapes to heap:
./fmt_printf_errors.go:33:23:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:33:23:     from 1 (spill) at ./fmt_printf_errors.go:33:23
./fmt_printf_errors.go:33:23:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:33:12
./fmt_printf_errors.go:33:23:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:33:23:     from ... argument (spill) at ./fmt_printf_errors.go:33:12
./fmt_printf_errors.go:33:23:     from fmt.Printf("%[1]\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:33:12
./fmt_printf_errors.go:32:53: 5 escapes to heap:
./fmt_printf_errors.go:32:53:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_errors.go:32:53:     from 5 (spill) at ./fmt_printf_errors.go:32:53
./fmt_printf_errors.go:32:53:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:32:12
./fmt_printf_errors.go:32:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:32:53:     from ... argument (spill) at ./fmt_printf_errors.go:32:12
./fmt_printf_errors.go:32:53:     from fmt.Printf("%[2]*[1]d|%[5]d|%[1]2d|%[1].2d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:32:12
./fmt_printf_errors.go:32:49: 12 escapes to heap:
./fmt_printf_errors.go:32:49:   flow: {storage for ... argument} = &{storage for 12}:
./fmt_printf_errors.go:32:49:     from 12 (spill) at ./fmt_printf_errors.go:32:49
./fmt_printf_errors.go:32:49:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:32:12
./fmt_printf_errors.go:32:49:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:32:49:     from ... argument (spill) at ./fmt_printf_errors.go:32:12
./fmt_printf_errors.go:32:49:     from fmt.Printf("%[2]*[1]d|%[5]d|%[1]2d|%[1].2d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:32:12
./fmt_printf_errors.go:31:42: 65 escapes to heap:
./fmt_printf_errors.go:31:42:   flow: {storage for ... argument} = &{storage for 65}:
./fmt_printf_errors.go:31:42:     from 65 (spill) at ./fmt_printf_errors.go:31:42
./fmt_printf_errors.go:31:42:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:31:12
./fmt_printf_errors.go:31:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:31:42:     from ... argument (spill) at ./fmt_printf_errors.go:31:12
./fmt_printf_errors.go:31:42:     from fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:31:12
./fmt_printf_errors.go:30:56: 3.5 escapes to heap:
./fmt_printf_errors.go:30:56:   flow: {storage for ... argument} = &{storage for 3.5}:
./fmt_printf_errors.go:30:56:     from 3.5 (spill) at ./fmt_printf_errors.go:30:56
./fmt_printf_errors.go:30:56:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:56:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:30:56:     from ... argument (spill) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:56:     from fmt.Printf("%[1]*d|%[2]*[1]d|%[1]*.[2]*[3]f\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:53: 6 escapes to heap:
./fmt_printf_errors.go:30:53:   flow: {storage for ... argument} = &{storage for 6}:
./fmt_printf_errors.go:30:53:     from 6 (spill) at ./fmt_printf_errors.go:30:53
./fmt_printf_errors.go:30:53:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:30:53:     from ... argument (spill) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:53:     from fmt.Printf("%[1]*d|%[2]*[1]d|%[1]*.[2]*[3]f\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:50: 4 escapes to heap:
./fmt_printf_errors.go:30:50:   flow: {storage for ... argument} = &{storage for 4}:
./fmt_printf_errors.go:30:50:     from 4 (spill) at ./fmt_printf_errors.go:30:50
./fmt_printf_errors.go:30:50:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:50:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:30:50:     from ... argument (spill) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:30:50:     from fmt.Printf("%[1]*d|%[2]*[1]d|%[1]*.[2]*[3]f\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:30:12
./fmt_printf_errors.go:29:45: 2 escapes to heap:
./fmt_printf_errors.go:29:45:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:29:45:     from 2 (spill) at ./fmt_printf_errors.go:29:45
./fmt_printf_errors.go:29:45:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:29:12
./fmt_printf_errors.go:29:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:29:45:     from ... argument (spill) at ./fmt_printf_errors.go:29:12
./fmt_printf_errors.go:29:45:     from fmt.Printf("%[3]d %[0]d %[x]d %[1]d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:29:12
./fmt_printf_errors.go:29:42: 1 escapes to heap:
./fmt_printf_errors.go:29:42:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:29:42:     from 1 (spill) at ./fmt_printf_errors.go:29:42
./fmt_printf_errors.go:29:42:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:29:12
./fmt_printf_errors.go:29:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:29:42:     from ... argument (spill) at ./fmt_printf_errors.go:29:12
./fmt_printf_errors.go:29:42:     from fmt.Printf("%[3]d %[0]d %[x]d %[1]d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:29:12
./fmt_printf_errors.go:28:33: 3 escapes to heap:
./fmt_printf_errors.go:28:33:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_errors.go:28:33:     from 3 (spill) at ./fmt_printf_errors.go:28:33
./fmt_printf_errors.go:28:33:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:33:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:28:33:     from ... argument (spill) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:33:     from fmt.Printf("%[2]d %d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:30: 2 escapes to heap:
./fmt_printf_errors.go:28:30:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:28:30:     from 2 (spill) at ./fmt_printf_errors.go:28:30
./fmt_printf_errors.go:28:30:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:28:30:     from ... argument (spill) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:30:     from fmt.Printf("%[2]d %d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:27: 1 escapes to heap:
./fmt_printf_errors.go:28:27:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:28:27:     from 1 (spill) at ./fmt_printf_errors.go:28:27
./fmt_printf_errors.go:28:27:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:28:27:     from ... argument (spill) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:28:27:     from fmt.Printf("%[2]d %d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:28:12
./fmt_printf_errors.go:27:35: 2 escapes to heap:
./fmt_printf_errors.go:27:35:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:27:35:     from 2 (spill) at ./fmt_printf_errors.go:27:35
./fmt_printf_errors.go:27:35:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:27:12
./fmt_printf_errors.go:27:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:27:35:     from ... argument (spill) at ./fmt_printf_errors.go:27:12
./fmt_printf_errors.go:27:35:     from fmt.Printf("\n%[2]d %[1]d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:27:12
./fmt_printf_errors.go:27:32: 1 escapes to heap:
./fmt_printf_errors.go:27:32:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:27:32:     from 1 (spill) at ./fmt_printf_errors.go:27:32
./fmt_printf_errors.go:27:32:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:27:12
./fmt_printf_errors.go:27:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:27:32:     from ... argument (spill) at ./fmt_printf_errors.go:27:12
./fmt_printf_errors.go:27:32:     from fmt.Printf("\n%[2]d %[1]d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:27:12
./fmt_printf_errors.go:23:25: 3 escapes to heap:
./fmt_printf_errors.go:23:25:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_errors.go:23:25:     from 3 (spill) at ./fmt_printf_errors.go:23:25
./fmt_printf_errors.go:23:25:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:23:12
./fmt_printf_errors.go:23:25:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:23:25:     from ... argument (spill) at ./fmt_printf_errors.go:23:12
./fmt_printf_errors.go:23:25:     from fmt.Printf("%*d %d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:23:12
./fmt_printf_errors.go:22:32: 1 escapes to heap:
./fmt_printf_errors.go:22:32:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:22:32:     from 1 (spill) at ./fmt_printf_errors.go:22:32
./fmt_printf_errors.go:22:32:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:22:12
./fmt_printf_errors.go:22:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:22:32:     from ... argument (spill) at ./fmt_printf_errors.go:22:12
./fmt_printf_errors.go:22:32:     from fmt.Printf("%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:22:12
./fmt_printf_errors.go:22:27: uint8(4) escapes to heap:
./fmt_printf_errors.go:22:27:   flow: {storage for ... argument} = &{storage for uint8(4)}:
./fmt_printf_errors.go:22:27:     from uint8(4) (spill) at ./fmt_printf_errors.go:22:27
./fmt_printf_errors.go:22:27:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:22:12
./fmt_printf_errors.go:22:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:22:27:     from ... argument (spill) at ./fmt_printf_errors.go:22:12
./fmt_printf_errors.go:22:27:     from fmt.Printf("%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:22:12
./fmt_printf_errors.go:21:32: 1 escapes to heap:
./fmt_printf_errors.go:21:32:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:21:32:     from 1 (spill) at ./fmt_printf_errors.go:21:32
./fmt_printf_errors.go:21:32:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:21:12
./fmt_printf_errors.go:21:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:21:32:     from ... argument (spill) at ./fmt_printf_errors.go:21:12
./fmt_printf_errors.go:21:32:     from fmt.Printf("%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:21:12
./fmt_printf_errors.go:21:22: 10000000 escapes to heap:
./fmt_printf_errors.go:21:22:   flow: {storage for ... argument} = &{storage for 10000000}:
./fmt_printf_errors.go:21:22:     from 10000000 (spill) at ./fmt_printf_errors.go:21:22
./fmt_printf_errors.go:21:22:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:21:12
./fmt_printf_errors.go:21:22:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:21:22:     from ... argument (spill) at ./fmt_printf_errors.go:21:12
./fmt_printf_errors.go:21:22:     from fmt.Printf("%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:21:12
./fmt_printf_errors.go:20:48: 3 escapes to heap:
./fmt_printf_errors.go:20:48:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_errors.go:20:48:     from 3 (spill) at ./fmt_printf_errors.go:20:48
./fmt_printf_errors.go:20:48:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:20:48:     from ... argument (spill) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:48:     from fmt.Printf("%*d|%-*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:45: 5 escapes to heap:
./fmt_printf_errors.go:20:45:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_errors.go:20:45:     from 5 (spill) at ./fmt_printf_errors.go:20:45
./fmt_printf_errors.go:20:45:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:20:45:     from ... argument (spill) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:45:     from fmt.Printf("%*d|%-*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:42: 2 escapes to heap:
./fmt_printf_errors.go:20:42:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:20:42:     from 2 (spill) at ./fmt_printf_errors.go:20:42
./fmt_printf_errors.go:20:42:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:20:42:     from ... argument (spill) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:42:     from fmt.Printf("%*d|%-*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:38: -5 escapes to heap:
./fmt_printf_errors.go:20:38:   flow: {storage for ... argument} = &{storage for -5}:
./fmt_printf_errors.go:20:38:     from -5 (spill) at ./fmt_printf_errors.go:20:38
./fmt_printf_errors.go:20:38:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:20:38:     from ... argument (spill) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:38:     from fmt.Printf("%*d|%-*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:35: 1 escapes to heap:
./fmt_printf_errors.go:20:35:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:20:35:     from 1 (spill) at ./fmt_printf_errors.go:20:35
./fmt_printf_errors.go:20:35:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:20:35:     from ... argument (spill) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:35:     from fmt.Printf("%*d|%-*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:31: -5 escapes to heap:
./fmt_printf_errors.go:20:31:   flow: {storage for ... argument} = &{storage for -5}:
./fmt_printf_errors.go:20:31:     from -5 (spill) at ./fmt_printf_errors.go:20:31
./fmt_printf_errors.go:20:31:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:20:31:     from ... argument (spill) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:20:31:     from fmt.Printf("%*d|%-*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:20:12
./fmt_printf_errors.go:19:51: 3 escapes to heap:
./fmt_printf_errors.go:19:51:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_errors.go:19:51:     from 3 (spill) at ./fmt_printf_errors.go:19:51
./fmt_printf_errors.go:19:51:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:51:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:19:51:     from ... argument (spill) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:51:     from fmt.Printf("%.*d|%.*d|%.*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:48: 3 escapes to heap:
./fmt_printf_errors.go:19:48:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_errors.go:19:48:     from 3 (spill) at ./fmt_printf_errors.go:19:48
./fmt_printf_errors.go:19:48:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:19:48:     from ... argument (spill) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:48:     from fmt.Printf("%.*d|%.*d|%.*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:45: 2 escapes to heap:
./fmt_printf_errors.go:19:45:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:19:45:     from 2 (spill) at ./fmt_printf_errors.go:19:45
./fmt_printf_errors.go:19:45:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:19:45:     from ... argument (spill) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:45:     from fmt.Printf("%.*d|%.*d|%.*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:41: -3 escapes to heap:
./fmt_printf_errors.go:19:41:   flow: {storage for ... argument} = &{storage for -3}:
./fmt_printf_errors.go:19:41:     from -3 (spill) at ./fmt_printf_errors.go:19:41
./fmt_printf_errors.go:19:41:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:19:41:     from ... argument (spill) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:41:     from fmt.Printf("%.*d|%.*d|%.*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:38: 1 escapes to heap:
./fmt_printf_errors.go:19:38:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:19:38:     from 1 (spill) at ./fmt_printf_errors.go:19:38
./fmt_printf_errors.go:19:38:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:19:38:     from ... argument (spill) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:38:     from fmt.Printf("%.*d|%.*d|%.*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:33: "x" escapes to heap:
./fmt_printf_errors.go:19:33:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_printf_errors.go:19:33:     from "x" (spill) at ./fmt_printf_errors.go:19:33
./fmt_printf_errors.go:19:33:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:33:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:19:33:     from ... argument (spill) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:19:33:     from fmt.Printf("%.*d|%.*d|%.*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:19:12
./fmt_printf_errors.go:18:39: 2 escapes to heap:
./fmt_printf_errors.go:18:39:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:18:39:     from 2 (spill) at ./fmt_printf_errors.go:18:39
./fmt_printf_errors.go:18:39:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:18:39:     from ... argument (spill) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:39:     from fmt.Printf("%*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:34: 2.5 escapes to heap:
./fmt_printf_errors.go:18:34:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_printf_errors.go:18:34:     from 2.5 (spill) at ./fmt_printf_errors.go:18:34
./fmt_printf_errors.go:18:34:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:18:34:     from ... argument (spill) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:34:     from fmt.Printf("%*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:31: 1 escapes to heap:
./fmt_printf_errors.go:18:31:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:18:31:     from 1 (spill) at ./fmt_printf_errors.go:18:31
./fmt_printf_errors.go:18:31:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:18:31:     from ... argument (spill) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:31:     from fmt.Printf("%*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:26: "x" escapes to heap:
./fmt_printf_errors.go:18:26:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_printf_errors.go:18:26:     from "x" (spill) at ./fmt_printf_errors.go:18:26
./fmt_printf_errors.go:18:26:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:26:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:18:26:     from ... argument (spill) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:18:26:     from fmt.Printf("%*d|%*d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:18:12
./fmt_printf_errors.go:15:38: []int{...} escapes to heap:
./fmt_printf_errors.go:15:38:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_errors.go:15:38:     from []int{...} (spill) at ./fmt_printf_errors.go:15:38
./fmt_printf_errors.go:15:38:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:15:12
./fmt_printf_errors.go:15:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:15:38:     from ... argument (spill) at ./fmt_printf_errors.go:15:12
./fmt_printf_errors.go:15:38:     from fmt.Printf("%w %w\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:15:12
./fmt_printf_errors.go:15:25: T{...} escapes to heap:
./fmt_printf_errors.go:15:25:   flow: {storage for ... argument} = &{storage for T{...}}:
./fmt_printf_errors.go:15:25:     from T{...} (spill) at ./fmt_printf_errors.go:15:25
./fmt_printf_errors.go:15:25:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:15:12
./fmt_printf_errors.go:15:25:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:15:25:     from ... argument (spill) at ./fmt_printf_errors.go:15:12
./fmt_printf_errors.go:15:25:     from fmt.Printf("%w %w\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:15:12
./fmt_printf_errors.go:14:39: 4 escapes to heap:
./fmt_printf_errors.go:14:39:   flow: {storage for ... argument} = &{storage for 4}:
./fmt_printf_errors.go:14:39:     from 4 (spill) at ./fmt_printf_errors.go:14:39
./fmt_printf_errors.go:14:39:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:14:39:     from ... argument (spill) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:39:     from fmt.Printf("%5z|%-5y|%+w\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:34: "s" escapes to heap:
./fmt_printf_errors.go:14:34:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_printf_errors.go:14:34:     from "s" (spill) at ./fmt_printf_errors.go:14:34
./fmt_printf_errors.go:14:34:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:14:34:     from ... argument (spill) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:34:     from fmt.Printf("%5z|%-5y|%+w\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:31: 3 escapes to heap:
./fmt_printf_errors.go:14:31:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_errors.go:14:31:     from 3 (spill) at ./fmt_printf_errors.go:14:31
./fmt_printf_errors.go:14:31:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:14:31:     from ... argument (spill) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:14:31:     from fmt.Printf("%5z|%-5y|%+w\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:14:12
./fmt_printf_errors.go:13:36: T{} escapes to heap:
./fmt_printf_errors.go:13:36:   flow: {storage for ... argument} = &{storage for T{}}:
./fmt_printf_errors.go:13:36:     from T{} (spill) at ./fmt_printf_errors.go:13:36
./fmt_printf_errors.go:13:36:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:36:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:13:36:     from ... argument (spill) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:36:     from fmt.Printf("%d %s %v\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:32: 5 escapes to heap:
./fmt_printf_errors.go:13:32:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_errors.go:13:32:     from 5 (spill) at ./fmt_printf_errors.go:13:32
./fmt_printf_errors.go:13:32:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:13:32:     from ... argument (spill) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:32:     from fmt.Printf("%d %s %v\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:27: "s" escapes to heap:
./fmt_printf_errors.go:13:27:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_printf_errors.go:13:27:     from "s" (spill) at ./fmt_printf_errors.go:13:27
./fmt_printf_errors.go:13:27:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:13:27:     from ... argument (spill) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:13:27:     from fmt.Printf("%d %s %v\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:13:12
./fmt_printf_errors.go:12:27: 2 escapes to heap:
./fmt_printf_errors.go:12:27:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:12:27:     from 2 (spill) at ./fmt_printf_errors.go:12:27
./fmt_printf_errors.go:12:27:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:12:12
./fmt_printf_errors.go:12:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:12:27:     from ... argument (spill) at ./fmt_printf_errors.go:12:12
./fmt_printf_errors.go:12:27:     from fmt.Printf("%z %!\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:12:12
./fmt_printf_errors.go:12:24: 1 escapes to heap:
./fmt_printf_errors.go:12:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:12:24:     from 1 (spill) at ./fmt_printf_errors.go:12:24
./fmt_printf_errors.go:12:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:12:12
./fmt_printf_errors.go:12:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:12:24:     from ... argument (spill) at ./fmt_printf_errors.go:12:12
./fmt_printf_errors.go:12:24:     from fmt.Printf("%z %!\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:12:12
./fmt_printf_errors.go:11:27: 1 escapes to heap:
./fmt_printf_errors.go:11:27:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:11:27:     from 1 (spill) at ./fmt_printf_errors.go:11:27
./fmt_printf_errors.go:11:27:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:11:12
./fmt_printf_errors.go:11:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:11:27:     from ... argument (spill) at ./fmt_printf_errors.go:11:12
./fmt_printf_errors.go:11:27:     from fmt.Printf("no verbs\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:11:12
./fmt_printf_errors.go:10:55: []int{...} escapes to heap:
./fmt_printf_errors.go:10:55:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_errors.go:10:55:     from []int{...} (spill) at ./fmt_printf_errors.go:10:55
./fmt_printf_errors.go:10:55:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:10:55:     from ... argument (spill) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:55:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:42: T{...} escapes to heap:
./fmt_printf_errors.go:10:42:   flow: {storage for ... argument} = &{storage for T{...}}:
./fmt_printf_errors.go:10:42:     from T{...} (spill) at ./fmt_printf_errors.go:10:42
./fmt_printf_errors.go:10:42:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:10:42:     from ... argument (spill) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:42:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:36: 3.5 escapes to heap:
./fmt_printf_errors.go:10:36:   flow: {storage for ... argument} = &{storage for 3.5}:
./fmt_printf_errors.go:10:36:     from 3.5 (spill) at ./fmt_printf_errors.go:10:36
./fmt_printf_errors.go:10:36:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:36:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:10:36:     from ... argument (spill) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:36:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:24: "two" escapes to heap:
./fmt_printf_errors.go:10:24:   flow: {storage for ... argument} = &{storage for "two"}:
./fmt_printf_errors.go:10:24:     from "two" (spill) at ./fmt_printf_errors.go:10:24
./fmt_printf_errors.go:10:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:10:24:     from ... argument (spill) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:24:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:21: 1 escapes to heap:
./fmt_printf_errors.go:10:21:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:10:21:     from 1 (spill) at ./fmt_printf_errors.go:10:21
./fmt_printf_errors.go:10:21:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:10:21:     from ... argument (spill) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:10:21:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:10:12
./fmt_printf_errors.go:9:24: 2 escapes to heap:
./fmt_printf_errors.go:9:24:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_errors.go:9:24:     from 2 (spill) at ./fmt_printf_errors.go:9:24
./fmt_printf_errors.go:9:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:9:12
./fmt_printf_errors.go:9:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:9:24:     from ... argument (spill) at ./fmt_printf_errors.go:9:12
./fmt_printf_errors.go:9:24:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:9:12
./fmt_printf_errors.go:9:21: 1 escapes to heap:
./fmt_printf_errors.go:9:21:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:9:21:     from 1 (spill) at ./fmt_printf_errors.go:9:21
./fmt_printf_errors.go:9:21:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:9:12
./fmt_printf_errors.go:9:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:9:21:     from ... argument (spill) at ./fmt_printf_errors.go:9:12
./fmt_printf_errors.go:9:21:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:9:12
./fmt_printf_errors.go:8:24: 1 escapes to heap:
./fmt_printf_errors.go:8:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_errors.go:8:24:     from 1 (spill) at ./fmt_printf_errors.go:8:24
./fmt_printf_errors.go:8:24:     from ... argument (slice-literal-element) at ./fmt_printf_errors.go:8:12
./fmt_printf_errors.go:8:24:   flow: {heap} = {storage for ... argument}:
./fmt_printf_errors.go:8:24:     from ... argument (spill) at ./fmt_printf_errors.go:8:12
./fmt_printf_errors.go:8:24:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at ./fmt_printf_errors.go:8:12
./fmt_printf_errors.go:42:34: []interface {}{...} escapes to heap:
./fmt_printf_errors.go:42:34:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
./fmt_printf_errors.go:42:34:     from []interface {}{...} (spill) at ./fmt_printf_errors.go:42:34
./fmt_printf_errors.go:42:34:     from []interface {}{...} (interface-converted) at ./fmt_printf_errors.go:42:34
./fmt_printf_errors.go:42:38: "a" escapes to heap:
./fmt_printf_errors.go:42:38:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
./fmt_printf_errors.go:42:38:     from "a" (spill) at ./fmt_printf_errors.go:42:38
./fmt_printf_errors.go:42:38:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_errors.go:42:34
./fmt_printf_errors.go:42:35: 1 escapes to heap:
./fmt_printf_errors.go:42:35:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./fmt_printf_errors.go:42:35:     from 1 (spill) at ./fmt_printf_errors.go:42:35
./fmt_printf_errors.go:42:35:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_errors.go:42:34
./fmt_printf_errors.go:41:34: []interface {}{...} escapes to heap:
./fmt_printf_errors.go:41:34:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
./fmt_printf_errors.go:41:34:     from []interface {}{...} (spill) at ./fmt_printf_errors.go:41:34
./fmt_printf_errors.go:41:34:     from []interface {}{...} (interface-converted) at ./fmt_printf_errors.go:41:34
./fmt_printf_errors.go:41:38: "a" escapes to heap:
./fmt_printf_errors.go:41:38:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
./fmt_printf_errors.go:41:38:     from "a" (spill) at ./fmt_printf_errors.go:41:38
./fmt_printf_errors.go:41:38:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_errors.go:41:34
./fmt_printf_errors.go:41:35: 1 escapes to heap:
./fmt_printf_errors.go:41:35:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./fmt_printf_errors.go:41:35:     from 1 (spill) at ./fmt_printf_errors.go:41:35
./fmt_printf_errors.go:41:35:     from []interface {}{...} (slice-literal-element) at ./fmt_printf_errors.go:41:34
./fmt_printf_errors.go:15:38: []int{...} escapes to heap:
./fmt_printf_errors.go:15:38:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_errors.go:15:38:     from []int{...} (spill) at ./fmt_printf_errors.go:15:38
./fmt_printf_errors.go:15:38:     from []int{...} (interface-converted) at ./fmt_printf_errors.go:15:38
./fmt_printf_errors.go:10:55: []int{...} escapes to heap:
./fmt_printf_errors.go:10:55:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_errors.go:10:55:     from []int{...} (spill) at ./fmt_printf_errors.go:10:55
./fmt_printf_errors.go:10:55:     from []int{...} (interface-converted) at ./fmt_printf_errors.go:10:55
./fmt_printf_errors.go:8:12: ... argument does not escape
./fmt_printf_errors.go:8:24: 1 escapes to heap
./fmt_printf_errors.go:9:12: ... argument does not escape
./fmt_printf_errors.go:9:21: 1 escapes to heap
./fmt_printf_errors.go:9:24: 2 escapes to heap
./fmt_printf_errors.go:10:12: ... argument does not escape
./fmt_printf_errors.go:10:21: 1 escapes to heap
./fmt_printf_errors.go:10:24: "two" escapes to heap
./fmt_printf_errors.go:10:36: 3.5 escapes to heap
./fmt_printf_errors.go:10:42: T{...} escapes to heap
./fmt_printf_errors.go:10:55: []int{...} escapes to heap
./fmt_printf_errors.go:10:55: []int{...} escapes to heap
./fmt_printf_errors.go:11:12: ... argument does not escape
./fmt_printf_errors.go:11:27: 1 escapes to heap
./fmt_printf_errors.go:12:12: ... argument does not escape
./fmt_printf_errors.go:12:24: 1 escapes to heap
./fmt_printf_errors.go:12:27: 2 escapes to heap
./fmt_printf_errors.go:13:12: ... argument does not escape
./fmt_printf_errors.go:13:27: "s" escapes to heap
./fmt_printf_errors.go:13:32: 5 escapes to heap
./fmt_printf_errors.go:13:36: T{} escapes to heap
./fmt_printf_errors.go:14:12: ... argument does not escape
./fmt_printf_errors.go:14:31: 3 escapes to heap
./fmt_printf_errors.go:14:34: "s" escapes to heap
./fmt_printf_errors.go:14:39: 4 escapes to heap
./fmt_printf_errors.go:15:12: ... argument does not escape
./fmt_printf_errors.go:15:25: T{...} escapes to heap
./fmt_printf_errors.go:15:38: []int{...} escapes to heap
./fmt_printf_errors.go:15:38: []int{...} escapes to heap
./fmt_printf_errors.go:16:12: ... argument does not escape
./fmt_printf_errors.go:17:12: ... argument does not escape
./fmt_printf_errors.go:18:12: ... argument does not escape
./fmt_printf_errors.go:18:26: "x" escapes to heap
./fmt_printf_errors.go:18:31: 1 escapes to heap
./fmt_printf_errors.go:18:34: 2.5 escapes to heap
./fmt_printf_errors.go:18:39: 2 escapes to heap
./fmt_printf_errors.go:19:12: ... argument does not escape
./fmt_printf_errors.go:19:33: "x" escapes to heap
./fmt_printf_errors.go:19:38: 1 escapes to heap
./fmt_printf_errors.go:19:41: -3 escapes to heap
./fmt_printf_errors.go:19:45: 2 escapes to heap
./fmt_printf_errors.go:19:48: 3 escapes to heap
./fmt_printf_errors.go:19:51: 3 escapes to heap
./fmt_printf_errors.go:20:12: ... argument does not escape
./fmt_printf_errors.go:20:31: -5 escapes to heap
./fmt_printf_errors.go:20:35: 1 escapes to heap
./fmt_printf_errors.go:20:38: -5 escapes to heap
./fmt_printf_errors.go:20:42: 2 escapes to heap
./fmt_printf_errors.go:20:45: 5 escapes to heap
./fmt_printf_errors.go:20:48: 3 escapes to heap
./fmt_printf_errors.go:21:12: ... argument does not escape
./fmt_printf_errors.go:21:22: 10000000 escapes to heap
./fmt_printf_errors.go:21:32: 1 escapes to heap
./fmt_printf_errors.go:22:12: ... argument does not escape
./fmt_printf_errors.go:22:27: uint8(4) escapes to heap
./fmt_printf_errors.go:22:32: 1 escapes to heap
./fmt_printf_errors.go:23:12: ... argument does not escape
./fmt_printf_errors.go:23:25: 3 escapes to heap
./fmt_printf_errors.go:27:12: ... argument does not escape
./fmt_printf_errors.go:27:32: 1 escapes to heap
./fmt_printf_errors.go:27:35: 2 escapes to heap
./fmt_printf_errors.go:28:12: ... argument does not escape
./fmt_printf_errors.go:28:27: 1 escapes to heap
./fmt_printf_errors.go:28:30: 2 escapes to heap
./fmt_printf_errors.go:28:33: 3 escapes to heap
./fmt_printf_errors.go:29:12: ... argument does not escape
./fmt_printf_errors.go:29:42: 1 escapes to heap
./fmt_printf_errors.go:29:45: 2 escapes to heap
./fmt_printf_errors.go:30:12: ... argument does not escape
./fmt_printf_errors.go:30:50: 4 escapes to heap
./fmt_printf_errors.go:30:53: 6 escapes to heap
./fmt_printf_errors.go:30:56: 3.5 escapes to heap
./fmt_printf_errors.go:31:12: ... argument does not escape
./fmt_printf_errors.go:31:42: 65 escapes to heap
./fmt_printf_errors.go:32:12: ... argument does not escape
./fmt_printf_errors.go:32:49: 12 escapes to heap
./fmt_printf_errors.go:32:53: 5 escapes to heap
./fmt_printf_errors.go:33:12: ... argument does not escape
./fmt_printf_errors.go:33:23: 1 escapes to heap
./fmt_printf_errors.go:34:12: ... argument does not escape
./fmt_printf_errors.go:34:25: 1 escapes to heap
./fmt_printf_errors.go:35:12: ... argument does not escape
./fmt_printf_errors.go:35:21: 1 escapes to heap
./fmt_printf_errors.go:36:12: ... argument does not escape
./fmt_printf_errors.go:36:24: 1 escapes to heap
./fmt_printf_errors.go:37:12: ... argument does not escape
./fmt_printf_errors.go:37:30: 1 escapes to heap
./fmt_printf_errors.go:38:12: ... argument does not escape
./fmt_printf_errors.go:38:32: 1 escapes to heap
./fmt_printf_errors.go:40:12: ... argument does not escape
./fmt_printf_errors.go:40:35: 50 escapes to heap
./fmt_printf_errors.go:41:12: ... argument does not escape
./fmt_printf_errors.go:41:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:41:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:41:35: 1 escapes to heap
./fmt_printf_errors.go:41:38: "a" escapes to heap
./fmt_printf_errors.go:42:12: ... argument does not escape
./fmt_printf_errors.go:42:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:42:34: []interface {}{...} escapes to heap
./fmt_printf_errors.go:42:35: 1 escapes to heap
./fmt_printf_errors.go:42:38: "a" escapes to heap
./fmt_printf_errors.go:43:12: ... argument does not escape
./fmt_printf_errors.go:43:24: true escapes to heap
./fmt_printf_errors.go:43:31: T{...} escapes to heap
./fmt_printf_errors.go:44:12: ... argument does not escape
./fmt_printf_errors.go:44:24: "s" escapes to heap
./fmt_printf_errors.go:44:29: 2.5 escapes to heap
./fmt_printf_errors.go:45:12: ... argument does not escape
./fmt_printf_errors.go:45:24: "s" escapes to heap
./fmt_printf_errors.go:45:30: T{} escapes to heap
./fmt_printf_errors.go:46:12: ... argument does not escape
./fmt_printf_errors.go:46:21: 1 escapes to heap
./fmt_printf_errors.go:46:24: "x" escapes to heap
./fmt_printf_errors.go:47:12: ... argument does not escape
./fmt_printf_errors.go:47:18: 1 escapes to heap
