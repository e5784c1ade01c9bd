./fmt_printf_strings.go:33:38: "日本" escapes to heap:
./fmt_printf_strings.go:33:38:   flow: {storage for ... argument} = &{storage for "日本"}:
./fmt_printf_strings.go:33:38:     from "日本" (spill) at ./fmt_printf_strings.go:33:38
./fmt_printf_strings.go:33:38:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:33:12
./fmt_printf_strings.go:33:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:33:38:     from ... argument (spill) at ./fmt_printf_strings.go:33:12
./fmt_printf_strings.go:33:38:     from fmt.Printf("|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:33:12
./fmt_printf_strings.go:33:26: "\xff\x00" escapes to heap:
./fmt_printf_strings.go:33:26:   flow: {storage for ... argument} = &{storage for "\xff\x00"}:
./fmt_printf_strings.go:33:26:     from "\xff\x00" (spill) at ./fmt_printf_strings.go:33:26
./fmt_printf_strings.go:33:26:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:33:12
./fmt_printf_strings.go:33:26:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:33:26:     from ... argument (spill) at ./fmt_printf_strings.go:33:12
./fmt_printf_strings.go:33:26:     from fmt.Printf("|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:33:12
./fmt_printf_strings.go:32:30: "x" escapes to heap:
./fmt_printf_strings.go:32:30:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_printf_strings.go:32:30:     from "x" (spill) at ./fmt_printf_strings.go:32:30
./fmt_printf_strings.go:32:30:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:32:12
./fmt_printf_strings.go:32:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:32:30:     from ... argument (spill) at ./fmt_printf_strings.go:32:12
./fmt_printf_strings.go:32:30:     from fmt.Printf("%é|%☺\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:32:12
./fmt_printf_strings.go:32:27: 1 escapes to heap:
./fmt_printf_strings.go:32:27:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_strings.go:32:27:     from 1 (spill) at ./fmt_printf_strings.go:32:27
./fmt_printf_strings.go:32:27:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:32:12
./fmt_printf_strings.go:32:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:32:27:     from ... argument (spill) at ./fmt_printf_strings.go:32:12
./fmt_printf_strings.go:32:27:     from fmt.Printf("%é|%☺\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:32:12
./fmt_printf_strings.go:31:44: 3 escapes to heap:
./fmt_printf_strings.go:31:44:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_strings.go:31:44:     from 3 (spill) at ./fmt_printf_strings.go:31:44
./fmt_printf_strings.go:31:44:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:31:12
./fmt_printf_strings.go:31:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:31:44:     from ... argument (spill) at ./fmt_printf_strings.go:31:12
./fmt_printf_strings.go:31:44:     from fmt.Printf("héllo %s wörld %d\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:31:12
./fmt_printf_strings.go:31:38: "ü" escapes to heap:
./fmt_printf_strings.go:31:38:   flow: {storage for ... argument} = &{storage for "ü"}:
./fmt_printf_strings.go:31:38:     from "ü" (spill) at ./fmt_printf_strings.go:31:38
./fmt_printf_strings.go:31:38:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:31:12
./fmt_printf_strings.go:31:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:31:38:     from ... argument (spill) at ./fmt_printf_strings.go:31:12
./fmt_printf_strings.go:31:38:     from fmt.Printf("héllo %s wörld %d\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:31:12
./fmt_printf_strings.go:30:51: []int{...} escapes to heap:
./fmt_printf_strings.go:30:51:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_strings.go:30:51:     from []int{...} (spill) at ./fmt_printf_strings.go:30:51
./fmt_printf_strings.go:30:51:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:51:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:30:51:     from ... argument (spill) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:51:     from fmt.Printf("|%s|%s|%s|%s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:41: 2.5 escapes to heap:
./fmt_printf_strings.go:30:41:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_printf_strings.go:30:41:     from 2.5 (spill) at ./fmt_printf_strings.go:30:41
./fmt_printf_strings.go:30:41:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:30:41:     from ... argument (spill) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:41:     from fmt.Printf("|%s|%s|%s|%s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:35: true escapes to heap:
./fmt_printf_strings.go:30:35:   flow: {storage for ... argument} = &{storage for true}:
./fmt_printf_strings.go:30:35:     from true (spill) at ./fmt_printf_strings.go:30:35
./fmt_printf_strings.go:30:35:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:30:35:     from ... argument (spill) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:35:     from fmt.Printf("|%s|%s|%s|%s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:32: 5 escapes to heap:
./fmt_printf_strings.go:30:32:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_strings.go:30:32:     from 5 (spill) at ./fmt_printf_strings.go:30:32
./fmt_printf_strings.go:30:32:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:32:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:30:32:     from ... argument (spill) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:30:32:     from fmt.Printf("|%s|%s|%s|%s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:30:12
./fmt_printf_strings.go:29:13: s escapes to heap:
./fmt_printf_strings.go:29:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:29:13:     from s (spill) at ./fmt_printf_strings.go:29:13
./fmt_printf_strings.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:29:13:     from ... argument (spill) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13:     from fmt.Printf("|%d|%t|%c|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13: s escapes to heap:
./fmt_printf_strings.go:29:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:29:13:     from s (spill) at ./fmt_printf_strings.go:29:13
./fmt_printf_strings.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:29:13:     from ... argument (spill) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13:     from fmt.Printf("|%d|%t|%c|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13: s escapes to heap:
./fmt_printf_strings.go:29:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:29:13:     from s (spill) at ./fmt_printf_strings.go:29:13
./fmt_printf_strings.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:29:13:     from ... argument (spill) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:29:13:     from fmt.Printf("|%d|%t|%c|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:29:12
./fmt_printf_strings.go:28:13: s escapes to heap:
./fmt_printf_strings.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:28:13:     from s (spill) at ./fmt_printf_strings.go:28:13
./fmt_printf_strings.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:28:13:     from ... argument (spill) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13:     from fmt.Printf("|%10T|%-10T|%.3T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13: s escapes to heap:
./fmt_printf_strings.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:28:13:     from s (spill) at ./fmt_printf_strings.go:28:13
./fmt_printf_strings.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:28:13:     from ... argument (spill) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13:     from fmt.Printf("|%10T|%-10T|%.3T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13: s escapes to heap:
./fmt_printf_strings.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:28:13:     from s (spill) at ./fmt_printf_strings.go:28:13
./fmt_printf_strings.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:28:13:     from ... argument (spill) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:28:13:     from fmt.Printf("|%10T|%-10T|%.3T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:28:12
./fmt_printf_strings.go:27:75: [2]byte{} escapes to heap:
./fmt_printf_strings.go:27:75:   flow: {storage for ... argument} = &{storage for [2]byte{}}:
./fmt_printf_strings.go:27:75:     from [2]byte{} (spill) at ./fmt_printf_strings.go:27:75
./fmt_printf_strings.go:27:75:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:75:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:27:75:     from ... argument (spill) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:75:     from fmt.Printf("|%T|%T|%T|%T|%T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:64: Bytes{} escapes to heap:
./fmt_printf_strings.go:27:64:   flow: {storage for ... argument} = &{storage for Bytes{}}:
./fmt_printf_strings.go:27:64:     from Bytes{} (spill) at ./fmt_printf_strings.go:27:64
./fmt_printf_strings.go:27:64:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:64:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:27:64:     from ... argument (spill) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:64:     from fmt.Printf("|%T|%T|%T|%T|%T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:55: []byte{} escapes to heap:
./fmt_printf_strings.go:27:55:   flow: {storage for ... argument} = &{storage for []byte{}}:
./fmt_printf_strings.go:27:55:     from []byte{} (spill) at ./fmt_printf_strings.go:27:55
./fmt_printf_strings.go:27:55:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:27:55:     from ... argument (spill) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:55:     from fmt.Printf("|%T|%T|%T|%T|%T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:42: Name("x") escapes to heap:
./fmt_printf_strings.go:27:42:   flow: {storage for ... argument} = &{storage for Name("x")}:
./fmt_printf_strings.go:27:42:     from Name("x") (spill) at ./fmt_printf_strings.go:27:42
./fmt_printf_strings.go:27:42:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:27:42:     from ... argument (spill) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:42:     from fmt.Printf("|%T|%T|%T|%T|%T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:13: s escapes to heap:
./fmt_printf_strings.go:27:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:27:13:     from s (spill) at ./fmt_printf_strings.go:27:13
./fmt_printf_strings.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:27:13:     from ... argument (spill) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:27:13:     from fmt.Printf("|%T|%T|%T|%T|%T|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:27:12
./fmt_printf_strings.go:26:48: "ab" escapes to heap:
./fmt_printf_strings.go:26:48:   flow: {storage for ... argument} = &{storage for "ab"}:
./fmt_printf_strings.go:26:48:     from "ab" (spill) at ./fmt_printf_strings.go:26:48
./fmt_printf_strings.go:26:48:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:26:48:     from ... argument (spill) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:48:     from fmt.Printf("|%05s|%-05s|%05q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:42: "ab" escapes to heap:
./fmt_printf_strings.go:26:42:   flow: {storage for ... argument} = &{storage for "ab"}:
./fmt_printf_strings.go:26:42:     from "ab" (spill) at ./fmt_printf_strings.go:26:42
./fmt_printf_strings.go:26:42:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:26:42:     from ... argument (spill) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:42:     from fmt.Printf("|%05s|%-05s|%05q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:36: "ab" escapes to heap:
./fmt_printf_strings.go:26:36:   flow: {storage for ... argument} = &{storage for "ab"}:
./fmt_printf_strings.go:26:36:     from "ab" (spill) at ./fmt_printf_strings.go:26:36
./fmt_printf_strings.go:26:36:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:36:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:26:36:     from ... argument (spill) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:26:36:     from fmt.Printf("|%05s|%-05s|%05q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:26:12
./fmt_printf_strings.go:25:102: []string{...} escapes to heap:
./fmt_printf_strings.go:25:102:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:102:     from []string{...} (spill) at ./fmt_printf_strings.go:25:102
./fmt_printf_strings.go:25:102:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:102:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:25:102:     from ... argument (spill) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:102:     from fmt.Printf("|%s|%v|%q|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:80: []string{...} escapes to heap:
./fmt_printf_strings.go:25:80:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:80:     from []string{...} (spill) at ./fmt_printf_strings.go:25:80
./fmt_printf_strings.go:25:80:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:80:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:25:80:     from ... argument (spill) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:80:     from fmt.Printf("|%s|%v|%q|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:61: []string{...} escapes to heap:
./fmt_printf_strings.go:25:61:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:61:     from []string{...} (spill) at ./fmt_printf_strings.go:25:61
./fmt_printf_strings.go:25:61:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:61:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:25:61:     from ... argument (spill) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:61:     from fmt.Printf("|%s|%v|%q|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:41: []string{...} escapes to heap:
./fmt_printf_strings.go:25:41:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:41:     from []string{...} (spill) at ./fmt_printf_strings.go:25:41
./fmt_printf_strings.go:25:41:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:25:41:     from ... argument (spill) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:25:41:     from fmt.Printf("|%s|%v|%q|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:25:12
./fmt_printf_strings.go:24:88: Name("nm") escapes to heap:
./fmt_printf_strings.go:24:88:   flow: {storage for ... argument} = &{storage for Name("nm")}:
./fmt_printf_strings.go:24:88:     from Name("nm") (spill) at ./fmt_printf_strings.go:24:88
./fmt_printf_strings.go:24:88:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:88:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:24:88:     from ... argument (spill) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:88:     from fmt.Printf("|%s|%q|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:76: Name("nm") escapes to heap:
./fmt_printf_strings.go:24:76:   flow: {storage for ... argument} = &{storage for Name("nm")}:
./fmt_printf_strings.go:24:76:     from Name("nm") (spill) at ./fmt_printf_strings.go:24:76
./fmt_printf_strings.go:24:76:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:76:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:24:76:     from ... argument (spill) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:76:     from fmt.Printf("|%s|%q|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:64: Name("nm") escapes to heap:
./fmt_printf_strings.go:24:64:   flow: {storage for ... argument} = &{storage for Name("nm")}:
./fmt_printf_strings.go:24:64:     from Name("nm") (spill) at ./fmt_printf_strings.go:24:64
./fmt_printf_strings.go:24:64:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:64:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:24:64:     from ... argument (spill) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:64:     from fmt.Printf("|%s|%q|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:52: Name("nm") escapes to heap:
./fmt_printf_strings.go:24:52:   flow: {storage for ... argument} = &{storage for Name("nm")}:
./fmt_printf_strings.go:24:52:     from Name("nm") (spill) at ./fmt_printf_strings.go:24:52
./fmt_printf_strings.go:24:52:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:24:52:     from ... argument (spill) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:52:     from fmt.Printf("|%s|%q|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:40: Name("nm") escapes to heap:
./fmt_printf_strings.go:24:40:   flow: {storage for ... argument} = &{storage for Name("nm")}:
./fmt_printf_strings.go:24:40:     from Name("nm") (spill) at ./fmt_printf_strings.go:24:40
./fmt_printf_strings.go:24:40:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:40:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:24:40:     from ... argument (spill) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:24:40:     from fmt.Printf("|%s|%q|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:24:12
./fmt_printf_strings.go:23:65: s escapes to heap:
./fmt_printf_strings.go:23:65:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:23:65:     from s (spill) at ./fmt_printf_strings.go:23:65
./fmt_printf_strings.go:23:65:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:65:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:23:65:     from ... argument (spill) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:65:     from fmt.Printf("|%#v|%#v|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:65: []byte{...} escapes to heap:
./fmt_printf_strings.go:23:65:   flow: {storage for ... argument} = &{storage for []byte{...}}:
./fmt_printf_strings.go:23:65:     from []byte{...} (spill) at ./fmt_printf_strings.go:23:65
./fmt_printf_strings.go:23:65:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:65:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:23:65:     from ... argument (spill) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:65:     from fmt.Printf("|%#v|%#v|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:55: []byte{} escapes to heap:
./fmt_printf_strings.go:23:55:   flow: {storage for ... argument} = &{storage for []byte{}}:
./fmt_printf_strings.go:23:55:     from []byte{} (spill) at ./fmt_printf_strings.go:23:55
./fmt_printf_strings.go:23:55:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:23:55:     from ... argument (spill) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:55:     from fmt.Printf("|%#v|%#v|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:42: ([]byte)(nil) escapes to heap:
./fmt_printf_strings.go:23:42:   flow: {storage for ... argument} = &{storage for ([]byte)(nil)}:
./fmt_printf_strings.go:23:42:     from ([]byte)(nil) (spill) at ./fmt_printf_strings.go:23:42
./fmt_printf_strings.go:23:42:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:23:42:     from ... argument (spill) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:23:42:     from fmt.Printf("|%#v|%#v|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:23:12
./fmt_printf_strings.go:22:107: [2]uint8{...} escapes to heap:
./fmt_printf_strings.go:22:107:   flow: {storage for ... argument} = &{storage for [2]uint8{...}}:
./fmt_printf_strings.go:22:107:     from [2]uint8{...} (spill) at ./fmt_printf_strings.go:22:107
./fmt_printf_strings.go:22:107:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:107:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:22:107:     from ... argument (spill) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:107:     from fmt.Printf("|%s|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:88: [3]byte{...} escapes to heap:
./fmt_printf_strings.go:22:88:   flow: {storage for ... argument} = &{storage for [3]byte{...}}:
./fmt_printf_strings.go:22:88:     from [3]byte{...} (spill) at ./fmt_printf_strings.go:22:88
./fmt_printf_strings.go:22:88:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:88:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:22:88:     from ... argument (spill) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:88:     from fmt.Printf("|%s|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:64: [3]byte{...} escapes to heap:
./fmt_printf_strings.go:22:64:   flow: {storage for ... argument} = &{storage for [3]byte{...}}:
./fmt_printf_strings.go:22:64:     from [3]byte{...} (spill) at ./fmt_printf_strings.go:22:64
./fmt_printf_strings.go:22:64:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:64:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:22:64:     from ... argument (spill) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:64:     from fmt.Printf("|%s|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:40: [3]byte{...} escapes to heap:
./fmt_printf_strings.go:22:40:   flow: {storage for ... argument} = &{storage for [3]byte{...}}:
./fmt_printf_strings.go:22:40:     from [3]byte{...} (spill) at ./fmt_printf_strings.go:22:40
./fmt_printf_strings.go:22:40:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:40:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:22:40:     from ... argument (spill) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:22:40:     from fmt.Printf("|%s|%v|%#v|%x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:22:12
./fmt_printf_strings.go:21:110: Bytes(nil) escapes to heap:
./fmt_printf_strings.go:21:110:   flow: {storage for ... argument} = &{storage for Bytes(nil)}:
./fmt_printf_strings.go:21:110:     from Bytes(nil) (spill) at ./fmt_printf_strings.go:21:110
./fmt_printf_strings.go:21:110:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:110:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:21:110:     from ... argument (spill) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:110:     from fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:97: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:97:   flow: {storage for ... argument} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:97:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:97
./fmt_printf_strings.go:21:97:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:97:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:21:97:     from ... argument (spill) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:97:     from fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:84: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:84:   flow: {storage for ... argument} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:84:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:84
./fmt_printf_strings.go:21:84:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:84:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:21:84:     from ... argument (spill) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:84:     from fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:71: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:71:   flow: {storage for ... argument} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:71:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:71
./fmt_printf_strings.go:21:71:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:71:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:21:71:     from ... argument (spill) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:71:     from fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:58: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:58:   flow: {storage for ... argument} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:58:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:58
./fmt_printf_strings.go:21:58:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:58:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:21:58:     from ... argument (spill) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:58:     from fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:45: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:45:   flow: {storage for ... argument} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:45:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:45
./fmt_printf_strings.go:21:45:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:21:45:     from ... argument (spill) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:21:45:     from fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:21:12
./fmt_printf_strings.go:20:114: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:114:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:114:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:114
./fmt_printf_strings.go:20:114:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:114:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:20:114:     from ... argument (spill) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:114:     from fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:100: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:100:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:100:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:100
./fmt_printf_strings.go:20:100:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:100:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:20:100:     from ... argument (spill) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:100:     from fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:86: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:86:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:86:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:86
./fmt_printf_strings.go:20:86:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:86:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:20:86:     from ... argument (spill) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:86:     from fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:72: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:72:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:72:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:72
./fmt_printf_strings.go:20:72:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:72:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:20:72:     from ... argument (spill) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:72:     from fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:58: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:58:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:58:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:58
./fmt_printf_strings.go:20:58:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:58:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:20:58:     from ... argument (spill) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:58:     from fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:44: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:44:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:44:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:44
./fmt_printf_strings.go:20:44:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:20:44:     from ... argument (spill) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:20:44:     from fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:20:12
./fmt_printf_strings.go:19:79: e escapes to heap:
./fmt_printf_strings.go:19:79:   flow: {storage for ... argument} = &{storage for e}:
./fmt_printf_strings.go:19:79:     from e (spill) at ./fmt_printf_strings.go:19:79
./fmt_printf_strings.go:19:79:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:79:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79: e escapes to heap:
./fmt_printf_strings.go:19:79:   flow: {storage for ... argument} = &{storage for e}:
./fmt_printf_strings.go:19:79:     from e (spill) at ./fmt_printf_strings.go:19:79
./fmt_printf_strings.go:19:79:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:79:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79: "hi" escapes to heap:
./fmt_printf_strings.go:19:79:   flow: {storage for ... argument} = &{storage for "hi"}:
./fmt_printf_strings.go:19:79:     from "hi" (spill) at ./fmt_printf_strings.go:19:79
./fmt_printf_strings.go:19:79:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:79:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:79:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:70: "hello" escapes to heap:
./fmt_printf_strings.go:19:70:   flow: {storage for ... argument} = &{storage for "hello"}:
./fmt_printf_strings.go:19:70:     from "hello" (spill) at ./fmt_printf_strings.go:19:70
./fmt_printf_strings.go:19:70:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:70:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:70:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:70:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:64: "hi" escapes to heap:
./fmt_printf_strings.go:19:64:   flow: {storage for ... argument} = &{storage for "hi"}:
./fmt_printf_strings.go:19:64:     from "hi" (spill) at ./fmt_printf_strings.go:19:64
./fmt_printf_strings.go:19:64:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:64:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:64:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:64:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:58: "hi" escapes to heap:
./fmt_printf_strings.go:19:58:   flow: {storage for ... argument} = &{storage for "hi"}:
./fmt_printf_strings.go:19:58:     from "hi" (spill) at ./fmt_printf_strings.go:19:58
./fmt_printf_strings.go:19:58:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:58:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:58:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:58:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:52: "hi" escapes to heap:
./fmt_printf_strings.go:19:52:   flow: {storage for ... argument} = &{storage for "hi"}:
./fmt_printf_strings.go:19:52:     from "hi" (spill) at ./fmt_printf_strings.go:19:52
./fmt_printf_strings.go:19:52:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:19:52:     from ... argument (spill) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:19:52:     from fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:19:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13: s escapes to heap:
./fmt_printf_strings.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:18:13:     from s (spill) at ./fmt_printf_strings.go:18:13
./fmt_printf_strings.go:18:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:18:13:     from ... argument (spill) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:18:13:     from fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:18:12
./fmt_printf_strings.go:17:75: "é" escapes to heap:
./fmt_printf_strings.go:17:75:   flow: {storage for ... argument} = &{storage for "é"}:
./fmt_printf_strings.go:17:75:     from "é" (spill) at ./fmt_printf_strings.go:17:75
./fmt_printf_strings.go:17:75:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:75:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:17:75:     from ... argument (spill) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:75:     from fmt.Printf("|%q|%q|%q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:57: "\a\b\f\r\v\\\"" escapes to heap:
./fmt_printf_strings.go:17:57:   flow: {storage for ... argument} = &{storage for "\a\b\f\r\v\\\""}:
./fmt_printf_strings.go:17:57:     from "\a\b\f\r\v\\\"" (spill) at ./fmt_printf_strings.go:17:57
./fmt_printf_strings.go:17:57:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:57:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:17:57:     from ... argument (spill) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:57:     from fmt.Printf("|%q|%q|%q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:43: "\U0001F600" escapes to heap:
./fmt_printf_strings.go:17:43:   flow: {storage for ... argument} = &{storage for "\U0001F600"}:
./fmt_printf_strings.go:17:43:     from "\U0001F600" (spill) at ./fmt_printf_strings.go:17:43
./fmt_printf_strings.go:17:43:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:43:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:17:43:     from ... argument (spill) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:43:     from fmt.Printf("|%q|%q|%q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:33: "\u2028" escapes to heap:
./fmt_printf_strings.go:17:33:   flow: {storage for ... argument} = &{storage for "\u2028"}:
./fmt_printf_strings.go:17:33:     from "\u2028" (spill) at ./fmt_printf_strings.go:17:33
./fmt_printf_strings.go:17:33:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:33:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:17:33:     from ... argument (spill) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:17:33:     from fmt.Printf("|%q|%q|%q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:17:12
./fmt_printf_strings.go:16:82: "\x00\x7f\xff" escapes to heap:
./fmt_printf_strings.go:16:82:   flow: {storage for ... argument} = &{storage for "\x00\x7f\xff"}:
./fmt_printf_strings.go:16:82:     from "\x00\x7f\xff" (spill) at ./fmt_printf_strings.go:16:82
./fmt_printf_strings.go:16:82:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:82:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:16:82:     from ... argument (spill) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:82:     from fmt.Printf("|%q|%#q|%q|%#q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:69: "back`tick" escapes to heap:
./fmt_printf_strings.go:16:69:   flow: {storage for ... argument} = &{storage for "back`tick"}:
./fmt_printf_strings.go:16:69:     from "back`tick" (spill) at ./fmt_printf_strings.go:16:69
./fmt_printf_strings.go:16:69:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:69:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:16:69:     from ... argument (spill) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:69:     from fmt.Printf("|%q|%#q|%q|%#q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:56: "back`tick" escapes to heap:
./fmt_printf_strings.go:16:56:   flow: {storage for ... argument} = &{storage for "back`tick"}:
./fmt_printf_strings.go:16:56:     from "back`tick" (spill) at ./fmt_printf_strings.go:16:56
./fmt_printf_strings.go:16:56:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:56:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:16:56:     from ... argument (spill) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:56:     from fmt.Printf("|%q|%#q|%q|%#q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:48: "a\tb" escapes to heap:
./fmt_printf_strings.go:16:48:   flow: {storage for ... argument} = &{storage for "a\tb"}:
./fmt_printf_strings.go:16:48:     from "a\tb" (spill) at ./fmt_printf_strings.go:16:48
./fmt_printf_strings.go:16:48:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:16:48:     from ... argument (spill) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:48:     from fmt.Printf("|%q|%#q|%q|%#q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:38: "a\tb\n" escapes to heap:
./fmt_printf_strings.go:16:38:   flow: {storage for ... argument} = &{storage for "a\tb\n"}:
./fmt_printf_strings.go:16:38:     from "a\tb\n" (spill) at ./fmt_printf_strings.go:16:38
./fmt_printf_strings.go:16:38:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:16:38:     from ... argument (spill) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:16:38:     from fmt.Printf("|%q|%#q|%q|%#q|%+q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:16:12
./fmt_printf_strings.go:15:13: u escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:15:13:     from u (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13: s escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:15:13:     from s (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13: s escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:15:13:     from s (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13: u escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:15:13:     from u (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13: u escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:15:13:     from u (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13: s escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:15:13:     from s (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13: s escapes to heap:
./fmt_printf_strings.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:15:13:     from s (spill) at ./fmt_printf_strings.go:15:13
./fmt_printf_strings.go:15:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:15:13:     from ... argument (spill) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:15:13:     from fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:15:12
./fmt_printf_strings.go:14:13: u escapes to heap:
./fmt_printf_strings.go:14:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:14:13:     from u (spill) at ./fmt_printf_strings.go:14:13
./fmt_printf_strings.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:14:13:     from ... argument (spill) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:     from fmt.Printf("|%s|%12s|%-12s|%.3s|%.8s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13: u escapes to heap:
./fmt_printf_strings.go:14:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:14:13:     from u (spill) at ./fmt_printf_strings.go:14:13
./fmt_printf_strings.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:14:13:     from ... argument (spill) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:     from fmt.Printf("|%s|%12s|%-12s|%.3s|%.8s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13: u escapes to heap:
./fmt_printf_strings.go:14:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:14:13:     from u (spill) at ./fmt_printf_strings.go:14:13
./fmt_printf_strings.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:14:13:     from ... argument (spill) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:     from fmt.Printf("|%s|%12s|%-12s|%.3s|%.8s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13: u escapes to heap:
./fmt_printf_strings.go:14:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:14:13:     from u (spill) at ./fmt_printf_strings.go:14:13
./fmt_printf_strings.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:14:13:     from ... argument (spill) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:     from fmt.Printf("|%s|%12s|%-12s|%.3s|%.8s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13: u escapes to heap:
./fmt_printf_strings.go:14:13:   flow: {storage for ... argument} = &{storage for u}:
./fmt_printf_strings.go:14:13:     from u (spill) at ./fmt_printf_strings.go:14:13
./fmt_printf_strings.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:14:13:     from ... argument (spill) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:14:13:     from fmt.Printf("|%s|%12s|%-12s|%.3s|%.8s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:14:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13: s escapes to heap:
./fmt_printf_strings.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf_strings.go:13:13:     from s (spill) at ./fmt_printf_strings.go:13:13
./fmt_printf_strings.go:13:13:     from ... argument (slice-literal-element) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_strings.go:13:13:     from ... argument (spill) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:13:13:     from fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", ... argument...) (call parameter) at ./fmt_printf_strings.go:13:12
./fmt_printf_strings.go:30:51: []int{...} escapes to heap:
./fmt_printf_strings.go:30:51:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_strings.go:30:51:     from []int{...} (spill) at ./fmt_printf_strings.go:30:51
./fmt_printf_strings.go:30:51:     from []int{...} (interface-converted) at ./fmt_printf_strings.go:30:51
./fmt_printf_strings.go:27:64: Bytes{} escapes to heap:
./fmt_printf_strings.go:27:64:   flow: {storage for Bytes{}} = &{storage for Bytes{}}:
./fmt_printf_strings.go:27:64:     from Bytes{} (spill) at ./fmt_printf_strings.go:27:64
./fmt_printf_strings.go:27:64:     from Bytes{} (interface-converted) at ./fmt_printf_strings.go:27:64
./fmt_printf_strings.go:27:55: []byte{} escapes to heap:
./fmt_printf_strings.go:27:55:   flow: {storage for []byte{}} = &{storage for []byte{}}:
./fmt_printf_strings.go:27:55:     from []byte{} (spill) at ./fmt_printf_strings.go:27:55
./fmt_printf_strings.go:27:55:     from []byte{} (interface-converted) at ./fmt_printf_strings.go:27:55
./fmt_printf_strings.go:25:102: []string{...} escapes to heap:
./fmt_printf_strings.go:25:102:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:102:     from []string{...} (spill) at ./fmt_printf_strings.go:25:102
./fmt_printf_strings.go:25:102:     from []string{...} (interface-converted) at ./fmt_printf_strings.go:25:102
./fmt_printf_strings.go:25:80: []string{...} escapes to heap:
./fmt_printf_strings.go:25:80:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:80:     from []string{...} (spill) at ./fmt_printf_strings.go:25:80
./fmt_printf_strings.go:25:80:     from []string{...} (interface-converted) at ./fmt_printf_strings.go:25:80
./fmt_printf_strings.go:25:61: []string{...} escapes to heap:
./fmt_printf_strings.go:25:61:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:61:     from []string{...} (spill) at ./fmt_printf_strings.go:25:61
./fmt_printf_strings.go:25:61:     from []string{...} (interface-converted) at ./fmt_printf_strings.go:25:61
./fmt_printf_strings.go:25:41: []string{...} escapes to heap:
./fmt_printf_strings.go:25:41:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_printf_strings.go:25:41:     from []string{...} (spill) at ./fmt_printf_strings.go:25:41
./fmt_printf_strings.go:25:41:     from []string{...} (interface-converted) at ./fmt_printf_strings.go:25:41
./fmt_printf_strings.go:23:65: []byte{...} escapes to heap:
./fmt_printf_strings.go:23:65:   flow: {storage for []byte{...}} = &{storage for []byte{...}}:
./fmt_printf_strings.go:23:65:     from []byte{...} (spill) at ./fmt_printf_strings.go:23:65
./fmt_printf_strings.go:23:65:     from []byte{...} (interface-converted) at ./fmt_printf_strings.go:23:65
./fmt_printf_strings.go:23:55: []byte{} escapes to heap:
./fmt_printf_strings.go:23:55:   flow: {storage for []byte{}} = &{storage for []byte{}}:
./fmt_printf_strings.go:23:55:     from []byte{} (spill) at ./fmt_printf_strings.go:23:55
./fmt_printf_strings.go:23:55:     from []byte{} (interface-converted) at ./fmt_printf_strings.go:23:55
./fmt_printf_strings.go:21:97: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:97:   flow: {storage for Bytes("ab")} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:97:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:97
./fmt_printf_strings.go:21:97:     from Bytes("ab") (interface-converted) at ./fmt_printf_strings.go:21:97
./fmt_printf_strings.go:21:84: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:84:   flow: {storage for Bytes("ab")} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:84:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:84
./fmt_printf_strings.go:21:84:     from Bytes("ab") (interface-converted) at ./fmt_printf_strings.go:21:84
./fmt_printf_strings.go:21:71: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:71:   flow: {storage for Bytes("ab")} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:71:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:71
./fmt_printf_strings.go:21:71:     from Bytes("ab") (interface-converted) at ./fmt_printf_strings.go:21:71
./fmt_printf_strings.go:21:58: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:58:   flow: {storage for Bytes("ab")} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:58:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:58
./fmt_printf_strings.go:21:58:     from Bytes("ab") (interface-converted) at ./fmt_printf_strings.go:21:58
./fmt_printf_strings.go:21:45: Bytes("ab") escapes to heap:
./fmt_printf_strings.go:21:45:   flow: {storage for Bytes("ab")} = &{storage for Bytes("ab")}:
./fmt_printf_strings.go:21:45:     from Bytes("ab") (spill) at ./fmt_printf_strings.go:21:45
./fmt_printf_strings.go:21:45:     from Bytes("ab") (interface-converted) at ./fmt_printf_strings.go:21:45
./fmt_printf_strings.go:20:114: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:114:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:114:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:114
./fmt_printf_strings.go:20:114:     from ([]byte)("hi") (interface-converted) at ./fmt_printf_strings.go:20:114
./fmt_printf_strings.go:20:100: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:100:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:100:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:100
./fmt_printf_strings.go:20:100:     from ([]byte)("hi") (interface-converted) at ./fmt_printf_strings.go:20:100
./fmt_printf_strings.go:20:86: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:86:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:86:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:86
./fmt_printf_strings.go:20:86:     from ([]byte)("hi") (interface-converted) at ./fmt_printf_strings.go:20:86
./fmt_printf_strings.go:20:72: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:72:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:72:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:72
./fmt_printf_strings.go:20:72:     from ([]byte)("hi") (interface-converted) at ./fmt_printf_strings.go:20:72
./fmt_printf_strings.go:20:58: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:58:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:58:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:58
./fmt_printf_strings.go:20:58:     from ([]byte)("hi") (interface-converted) at ./fmt_printf_strings.go:20:58
./fmt_printf_strings.go:20:44: ([]byte)("hi") escapes to heap:
./fmt_printf_strings.go:20:44:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./fmt_printf_strings.go:20:44:     from ([]byte)("hi") (spill) at ./fmt_printf_strings.go:20:44
./fmt_printf_strings.go:20:44:     from ([]byte)("hi") (interface-converted) at ./fmt_printf_strings.go:20:44
./fmt_printf_strings.go:13:12: ... argument does not escape
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:14:12: ... argument does not escape
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:15:12: ... argument does not escape
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: u escapes to heap
./fmt_printf_strings.go:15:13: u escapes to heap
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: u escapes to heap
./fmt_printf_strings.go:16:12: ... argument does not escape
./fmt_printf_strings.go:16:38: "a\tb\n" escapes to heap
./fmt_printf_strings.go:16:48: "a\tb" escapes to heap
./fmt_printf_strings.go:16:56: "back`tick" escapes to heap
./fmt_printf_strings.go:16:69: "back`tick" escapes to heap
./fmt_printf_strings.go:16:82: "\x00\x7f\xff" escapes to heap
./fmt_printf_strings.go:17:12: ... argument does not escape
./fmt_printf_strings.go:17:33: "\u2028" escapes to heap
./fmt_printf_strings.go:17:43: "\U0001F600" escapes to heap
./fmt_printf_strings.go:17:57: "\a\b\f\r\v\\\"" escapes to heap
./fmt_printf_strings.go:17:75: "é" escapes to heap
./fmt_printf_strings.go:18:12: ... argument does not escape
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:19:12: ... argument does not escape
./fmt_printf_strings.go:19:52: "hi" escapes to heap
./fmt_printf_strings.go:19:58: "hi" escapes to heap
./fmt_printf_strings.go:19:64: "hi" escapes to heap
./fmt_printf_strings.go:19:70: "hello" escapes to heap
./fmt_printf_strings.go:19:79: "hi" escapes to heap
./fmt_printf_strings.go:19:79: e escapes to heap
./fmt_printf_strings.go:19:79: e escapes to heap
./fmt_printf_strings.go:20:12: ... argument does not escape
./fmt_printf_strings.go:20:44: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:44: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:58: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:58: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:72: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:72: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:86: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:86: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:100: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:100: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:114: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:114: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:21:12: ... argument does not escape
./fmt_printf_strings.go:21:45: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:45: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:58: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:58: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:71: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:71: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:84: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:84: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:97: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:97: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:110: Bytes(nil) escapes to heap
./fmt_printf_strings.go:22:12: ... argument does not escape
./fmt_printf_strings.go:22:40: [3]byte{...} escapes to heap
./fmt_printf_strings.go:22:64: [3]byte{...} escapes to heap
./fmt_printf_strings.go:22:88: [3]byte{...} escapes to heap
./fmt_printf_strings.go:22:107: [2]uint8{...} escapes to heap
./fmt_printf_strings.go:23:12: ... argument does not escape
./fmt_printf_strings.go:23:42: ([]byte)(nil) escapes to heap
./fmt_printf_strings.go:23:55: []byte{} escapes to heap
./fmt_printf_strings.go:23:55: []byte{} escapes to heap
./fmt_printf_strings.go:23:65: []byte{...} escapes to heap
./fmt_printf_strings.go:23:65: []byte{...} escapes to heap
./fmt_printf_strings.go:23:65: s escapes to heap
./fmt_printf_strings.go:24:12: ... argument does not escape
./fmt_printf_strings.go:24:40: Name("nm") escapes to heap
./fmt_printf_strings.go:24:52: Name("nm") escapes to heap
./fmt_printf_strings.go:24:64: Name("nm") escapes to heap
./fmt_printf_strings.go:24:76: Name("nm") escapes to heap
./fmt_printf_strings.go:24:88: Name("nm") escapes to heap
./fmt_printf_strings.go:25:12: ... argument does not escape
./fmt_printf_strings.go:25:41: []string{...} escapes to heap
./fmt_printf_strings.go:25:41: []string{...} escapes to heap
./fmt_printf_strings.go:25:61: []string{...} escapes to heap
./fmt_printf_strings.go:25:61: []string{...} escapes to heap
./fmt_printf_strings.go:25:80: []string{...} escapes to heap
./fmt_printf_strings.go:25:80: []string{...} escapes to heap
./fmt_printf_strings.go:25:102: []string{...} escapes to heap
./fmt_printf_strings.go:25:102: []string{...} escapes to heap
./fmt_printf_strings.go:26:12: ... argument does not escape
./fmt_printf_strings.go:26:36: "ab" escapes to heap
./fmt_printf_strings.go:26:42: "ab" escapes to heap
./fmt_printf_strings.go:26:48: "ab" escapes to heap
./fmt_printf_strings.go:27:12: ... argument does not escape
./fmt_printf_strings.go:27:13: s escapes to heap
./fmt_printf_strings.go:27:42: Name("x") escapes to heap
./fmt_printf_strings.go:27:55: []byte{} escapes to heap
./fmt_printf_strings.go:27:55: []byte{} escapes to heap
./fmt_printf_strings.go:27:64: Bytes{} escapes to heap
./fmt_printf_strings.go:27:64: Bytes{} escapes to heap
./fmt_printf_strings.go:27:75: [2]byte{} escapes to heap
./fmt_printf_strings.go:28:12: ... argument does not escape
./fmt_printf_strings.go:28:13: s escapes to heap
./fmt_printf_strings.go:28:13: s escapes to heap
./fmt_printf_strings.go:28:13: s escapes to heap
./fmt_printf_strings.go:29:12: ... argument does not escape
./fmt_printf_strings.go:29:13: s escapes to heap
./fmt_printf_strings.go:29:13: s escapes to heap
./fmt_printf_strings.go:29:13: s escapes to heap
./fmt_printf_strings.go:30:12: ... argument does not escape
./fmt_printf_strings.go:30:32: 5 escapes to heap
./fmt_printf_strings.go:30:35: true escapes to heap
./fmt_printf_strings.go:30:41: 2.5 escapes to heap
./fmt_printf_strings.go:30:51: []int{...} escapes to heap
./fmt_printf_strings.go:30:51: []int{...} escapes to heap
./fmt_printf_strings.go:31:12: ... argument does not escape
./fmt_printf_strings.go:31:38: "ü" escapes to heap
./fmt_printf_strings.go:31:44: 3 escapes to heap
./fmt_printf_strings.go:32:12: ... argument does not escape
./fmt_printf_strings.go:32:27: 1 escapes to heap
./fmt_printf_strings.go:32:30: "x" escapes to heap
./fmt_printf_strings.go:33:12: ... argument does not escape
./fmt_printf_strings.go:33:26: "\xff\x00" escapes to heap
./fmt_printf_strings.go:33:38: "日本" escapes to heap
