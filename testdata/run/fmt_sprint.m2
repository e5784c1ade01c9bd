./fmt_sprint.go:8:21: v escapes to heap:
./fmt_sprint.go:8:21:   flow: {storage for ... argument} = &{storage for v}:
./fmt_sprint.go:8:21:     from v (spill) at ./fmt_sprint.go:8:21
./fmt_sprint.go:8:21:     from ... argument (slice-literal-element) at ./fmt_sprint.go:8:20
./fmt_sprint.go:8:21:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:8:21:     from ... argument (spill) at ./fmt_sprint.go:8:20
./fmt_sprint.go:8:21:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./fmt_sprint.go:8:20
./fmt_sprint.go:8:21: name escapes to heap:
./fmt_sprint.go:8:21:   flow: {storage for ... argument} = &{storage for name}:
./fmt_sprint.go:8:21:     from name (spill) at ./fmt_sprint.go:8:21
./fmt_sprint.go:8:21:     from ... argument (slice-literal-element) at ./fmt_sprint.go:8:20
./fmt_sprint.go:8:21:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:8:21:     from ... argument (spill) at ./fmt_sprint.go:8:20
./fmt_sprint.go:8:21:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./fmt_sprint.go:8:20
./fmt_sprint.go:7:12: parameter name leaks to {storage for name} with derefs=0:
./fmt_sprint.go:7:12:   flow: {storage for name} = name:
./fmt_sprint.go:7:12:     from name (interface-converted) at ./fmt_sprint.go:8:21
./fmt_sprint.go:7:12: leaking param: name
./fmt_sprint.go:8:20: ... argument does not escape
./fmt_sprint.go:8:21: name escapes to heap
./fmt_sprint.go:8:21: v escapes to heap
./fmt_sprint.go:42:58: P{...} escapes to heap:
./fmt_sprint.go:42:58:   flow: {storage for ... argument} = &{storage for P{...}}:
./fmt_sprint.go:42:58:     from P{...} (spill) at ./fmt_sprint.go:42:58
./fmt_sprint.go:42:58:     from ... argument (slice-literal-element) at ./fmt_sprint.go:42:50
./fmt_sprint.go:42:58:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:42:58:     from ... argument (spill) at ./fmt_sprint.go:42:50
./fmt_sprint.go:42:58:     from fmt.Sprintf("%v", ... argument...) (call parameter) at ./fmt_sprint.go:42:50
./fmt_sprint.go:42:50: fmt.Sprintf("%v", ... argument...) escapes to heap:
./fmt_sprint.go:42:50:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...)}:
./fmt_sprint.go:42:50:     from fmt.Sprintf("%v", ... argument...) (spill) at ./fmt_sprint.go:42:50
./fmt_sprint.go:42:50:     from ... argument (slice-literal-element) at ./fmt_sprint.go:42:32
./fmt_sprint.go:42:50:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:42:50:     from ... argument (spill) at ./fmt_sprint.go:42:32
./fmt_sprint.go:42:50:     from fmt.Sprintf("%q", ... argument...) (call parameter) at ./fmt_sprint.go:42:32
./fmt_sprint.go:42:32: fmt.Sprintf("%q", ... argument...) escapes to heap:
./fmt_sprint.go:42:32:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%q", ... argument...)}:
./fmt_sprint.go:42:32:     from fmt.Sprintf("%q", ... argument...) (spill) at ./fmt_sprint.go:42:32
./fmt_sprint.go:42:32:     from ... argument (slice-literal-element) at ./fmt_sprint.go:42:12
./fmt_sprint.go:42:32:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:42:32:     from ... argument (spill) at ./fmt_sprint.go:42:12
./fmt_sprint.go:42:32:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_sprint.go:42:12
./fmt_sprint.go:41:70: []string{...} escapes to heap:
./fmt_sprint.go:41:70:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_sprint.go:41:70:     from []string{...} (spill) at ./fmt_sprint.go:41:70
./fmt_sprint.go:41:70:     from ... argument (slice-literal-element) at ./fmt_sprint.go:41:55
./fmt_sprint.go:41:70:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:41:70:     from ... argument (spill) at ./fmt_sprint.go:41:55
./fmt_sprint.go:41:70:     from fmt.Sprintf("%v", ... argument...) (call parameter) at ./fmt_sprint.go:41:55
./fmt_sprint.go:41:37: 99.5 escapes to heap:
./fmt_sprint.go:41:37:   flow: {storage for ... argument} = &{storage for 99.5}:
./fmt_sprint.go:41:37:     from 99.5 (spill) at ./fmt_sprint.go:41:37
./fmt_sprint.go:41:37:     from ... argument (slice-literal-element) at ./fmt_sprint.go:41:25
./fmt_sprint.go:41:37:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:41:37:     from ... argument (spill) at ./fmt_sprint.go:41:25
./fmt_sprint.go:41:37:     from fmt.Sprintf("%5.1f%%", ... argument...) (call parameter) at ./fmt_sprint.go:41:25
./fmt_sprint.go:41:55: fmt.Sprintf("%v", ... argument...) escapes to heap:
./fmt_sprint.go:41:55:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...)}:
./fmt_sprint.go:41:55:     from fmt.Sprintf("%v", ... argument...) (spill) at ./fmt_sprint.go:41:55
./fmt_sprint.go:41:55:     from ... argument (slice-literal-element) at ./fmt_sprint.go:41:13
./fmt_sprint.go:41:55:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:41:55:     from ... argument (spill) at ./fmt_sprint.go:41:13
./fmt_sprint.go:41:55:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:41:13
./fmt_sprint.go:41:25: fmt.Sprintf("%5.1f%%", ... argument...) escapes to heap:
./fmt_sprint.go:41:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%5.1f%%", ... argument...)}:
./fmt_sprint.go:41:25:     from fmt.Sprintf("%5.1f%%", ... argument...) (spill) at ./fmt_sprint.go:41:25
./fmt_sprint.go:41:25:     from ... argument (slice-literal-element) at ./fmt_sprint.go:41:13
./fmt_sprint.go:41:25:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:41:25:     from ... argument (spill) at ./fmt_sprint.go:41:13
./fmt_sprint.go:41:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:41:13
./fmt_sprint.go:40:41: "\n" escapes to heap:
./fmt_sprint.go:40:41:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_sprint.go:40:41:     from "\n" (spill) at ./fmt_sprint.go:40:41
./fmt_sprint.go:40:41:     from ... argument (slice-literal-element) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:41:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:40:41:     from ... argument (spill) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:41:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:31: "s" escapes to heap:
./fmt_sprint.go:40:31:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_sprint.go:40:31:     from "s" (spill) at ./fmt_sprint.go:40:31
./fmt_sprint.go:40:31:     from ... argument (slice-literal-element) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:31:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:40:31:     from ... argument (spill) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:31:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:23: 1 escapes to heap:
./fmt_sprint.go:40:23:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_sprint.go:40:23:     from 1 (spill) at ./fmt_sprint.go:40:23
./fmt_sprint.go:40:23:     from ... argument (slice-literal-element) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:23:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:40:23:     from ... argument (spill) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:12: "\n" escapes to heap:
./fmt_sprint.go:40:12:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_sprint.go:40:12:     from "\n" (spill) at ./fmt_sprint.go:40:12
./fmt_sprint.go:40:12:     from ... argument (slice-literal-element) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:12:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:40:12:     from ... argument (spill) at ./fmt_sprint.go:40:11
./fmt_sprint.go:40:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:40:11
./fmt_sprint.go:39:42: '\n' escapes to heap:
./fmt_sprint.go:39:42:   flow: {storage for ... argument} = &{storage for '\n'}:
./fmt_sprint.go:39:42:     from '\n' (spill) at ./fmt_sprint.go:39:42
./fmt_sprint.go:39:42:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:42:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:42:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:42:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:39: 5 escapes to heap:
./fmt_sprint.go:39:39:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_sprint.go:39:39:     from 5 (spill) at ./fmt_sprint.go:39:39
./fmt_sprint.go:39:39:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:39:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:39:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:39:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:36: 4 escapes to heap:
./fmt_sprint.go:39:36:   flow: {storage for ... argument} = &{storage for 4}:
./fmt_sprint.go:39:36:     from 4 (spill) at ./fmt_sprint.go:39:36
./fmt_sprint.go:39:36:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:36:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:36:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:36:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:31: "z" escapes to heap:
./fmt_sprint.go:39:31:   flow: {storage for ... argument} = &{storage for "z"}:
./fmt_sprint.go:39:31:     from "z" (spill) at ./fmt_sprint.go:39:31
./fmt_sprint.go:39:31:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:31:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:31:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:31:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:26: "y" escapes to heap:
./fmt_sprint.go:39:26:   flow: {storage for ... argument} = &{storage for "y"}:
./fmt_sprint.go:39:26:     from "y" (spill) at ./fmt_sprint.go:39:26
./fmt_sprint.go:39:26:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:26:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:26:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:26:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:23: 3 escapes to heap:
./fmt_sprint.go:39:23:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_sprint.go:39:23:     from 3 (spill) at ./fmt_sprint.go:39:23
./fmt_sprint.go:39:23:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:23:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:23:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:18: "x" escapes to heap:
./fmt_sprint.go:39:18:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_sprint.go:39:18:     from "x" (spill) at ./fmt_sprint.go:39:18
./fmt_sprint.go:39:18:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:18:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:18:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:15: 2 escapes to heap:
./fmt_sprint.go:39:15:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_sprint.go:39:15:     from 2 (spill) at ./fmt_sprint.go:39:15
./fmt_sprint.go:39:15:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:15:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:15:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:15:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:12: 1 escapes to heap:
./fmt_sprint.go:39:12:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_sprint.go:39:12:     from 1 (spill) at ./fmt_sprint.go:39:12
./fmt_sprint.go:39:12:     from ... argument (slice-literal-element) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:12:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:39:12:     from ... argument (spill) at ./fmt_sprint.go:39:11
./fmt_sprint.go:39:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:39:11
./fmt_sprint.go:38:57: fmt.Sprintln(args...) == "1 two 3\n" escapes to heap:
./fmt_sprint.go:38:57:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(args...) == "1 two 3\n"}:
./fmt_sprint.go:38:57:     from fmt.Sprintln(args...) == "1 two 3\n" (spill) at ./fmt_sprint.go:38:57
./fmt_sprint.go:38:57:     from ... argument (slice-literal-element) at ./fmt_sprint.go:38:13
./fmt_sprint.go:38:57:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:38:57:     from ... argument (spill) at ./fmt_sprint.go:38:13
./fmt_sprint.go:38:57:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:38:13
./fmt_sprint.go:38:24: fmt.Sprint(args...) escapes to heap:
./fmt_sprint.go:38:24:   flow: {storage for ... argument} = &{storage for fmt.Sprint(args...)}:
./fmt_sprint.go:38:24:     from fmt.Sprint(args...) (spill) at ./fmt_sprint.go:38:24
./fmt_sprint.go:38:24:     from ... argument (slice-literal-element) at ./fmt_sprint.go:38:13
./fmt_sprint.go:38:24:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:38:24:     from ... argument (spill) at ./fmt_sprint.go:38:13
./fmt_sprint.go:38:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:38:13
./fmt_sprint.go:37:12: "\n" escapes to heap:
./fmt_sprint.go:37:12:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_sprint.go:37:12:     from "\n" (spill) at ./fmt_sprint.go:37:12
./fmt_sprint.go:37:12:     from ... argument (slice-literal-element) at ./fmt_sprint.go:37:11
./fmt_sprint.go:37:12:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:37:12:     from ... argument (spill) at ./fmt_sprint.go:37:11
./fmt_sprint.go:37:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:37:11
./fmt_sprint.go:33:34: 3.0 escapes to heap:
./fmt_sprint.go:33:34:   flow: {storage for []interface {}{...}} = &{storage for 3.0}:
./fmt_sprint.go:33:34:     from 3.0 (spill) at ./fmt_sprint.go:33:34
./fmt_sprint.go:33:34:     from []interface {}{...} (slice-literal-element) at ./fmt_sprint.go:33:23
./fmt_sprint.go:33:34:   flow: args = &{storage for []interface {}{...}}:
./fmt_sprint.go:33:34:     from []interface {}{...} (spill) at ./fmt_sprint.go:33:23
./fmt_sprint.go:33:34:     from args := []interface {}{...} (assign) at ./fmt_sprint.go:33:7
./fmt_sprint.go:33:34:   flow: {heap} = *args:
./fmt_sprint.go:33:34:     from fmt.Println(args...) (call parameter) at ./fmt_sprint.go:34:13
./fmt_sprint.go:33:27: "two" escapes to heap:
./fmt_sprint.go:33:27:   flow: {storage for []interface {}{...}} = &{storage for "two"}:
./fmt_sprint.go:33:27:     from "two" (spill) at ./fmt_sprint.go:33:27
./fmt_sprint.go:33:27:     from []interface {}{...} (slice-literal-element) at ./fmt_sprint.go:33:23
./fmt_sprint.go:33:27:   flow: args = &{storage for []interface {}{...}}:
./fmt_sprint.go:33:27:     from []interface {}{...} (spill) at ./fmt_sprint.go:33:23
./fmt_sprint.go:33:27:     from args := []interface {}{...} (assign) at ./fmt_sprint.go:33:7
./fmt_sprint.go:33:27:   flow: {heap} = *args:
./fmt_sprint.go:33:27:     from fmt.Println(args...) (call parameter) at ./fmt_sprint.go:34:13
./fmt_sprint.go:33:24: 1 escapes to heap:
./fmt_sprint.go:33:24:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./fmt_sprint.go:33:24:     from 1 (spill) at ./fmt_sprint.go:33:24
./fmt_sprint.go:33:24:     from []interface {}{...} (slice-literal-element) at ./fmt_sprint.go:33:23
./fmt_sprint.go:33:24:   flow: args = &{storage for []interface {}{...}}:
./fmt_sprint.go:33:24:     from []interface {}{...} (spill) at ./fmt_sprint.go:33:23
./fmt_sprint.go:33:24:     from args := []interface {}{...} (assign) at ./fmt_sprint.go:33:7
./fmt_sprint.go:33:24:   flow: {heap} = *args:
./fmt_sprint.go:33:24:     from fmt.Println(args...) (call parameter) at ./fmt_sprint.go:34:13
./fmt_sprint.go:32:13: n escapes to heap:
./fmt_sprint.go:32:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_sprint.go:32:13:     from n (spill) at ./fmt_sprint.go:32:13
./fmt_sprint.go:32:13:     from ... argument (slice-literal-element) at ./fmt_sprint.go:32:13
./fmt_sprint.go:32:13:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:32:13:     from ... argument (spill) at ./fmt_sprint.go:32:13
./fmt_sprint.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:32:13
./fmt_sprint.go:31:32: "\n" escapes to heap:
./fmt_sprint.go:31:32:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_sprint.go:31:32:     from "\n" (spill) at ./fmt_sprint.go:31:32
./fmt_sprint.go:31:32:     from ... argument (slice-literal-element) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:32:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:31:32:     from ... argument (spill) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:32:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:29: 2 escapes to heap:
./fmt_sprint.go:31:29:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_sprint.go:31:29:     from 2 (spill) at ./fmt_sprint.go:31:29
./fmt_sprint.go:31:29:     from ... argument (slice-literal-element) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:29:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:31:29:     from ... argument (spill) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:29:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:26: 1 escapes to heap:
./fmt_sprint.go:31:26:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_sprint.go:31:26:     from 1 (spill) at ./fmt_sprint.go:31:26
./fmt_sprint.go:31:26:     from ... argument (slice-literal-element) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:26:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:31:26:     from ... argument (spill) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:26:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:19: "abc" escapes to heap:
./fmt_sprint.go:31:19:   flow: {storage for ... argument} = &{storage for "abc"}:
./fmt_sprint.go:31:19:     from "abc" (spill) at ./fmt_sprint.go:31:19
./fmt_sprint.go:31:19:     from ... argument (slice-literal-element) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:19:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:31:19:     from ... argument (spill) at ./fmt_sprint.go:31:18
./fmt_sprint.go:31:19:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:31:18
./fmt_sprint.go:30:21: err == nil escapes to heap:
./fmt_sprint.go:30:21:   flow: {storage for ... argument} = &{storage for err == nil}:
./fmt_sprint.go:30:21:     from err == nil (spill) at ./fmt_sprint.go:30:21
./fmt_sprint.go:30:21:     from ... argument (slice-literal-element) at ./fmt_sprint.go:30:13
./fmt_sprint.go:30:21:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:30:21:     from ... argument (spill) at ./fmt_sprint.go:30:13
./fmt_sprint.go:30:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:30:13
./fmt_sprint.go:30:13: n escapes to heap:
./fmt_sprint.go:30:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_sprint.go:30:13:     from n (spill) at ./fmt_sprint.go:30:13
./fmt_sprint.go:30:13:     from ... argument (slice-literal-element) at ./fmt_sprint.go:30:13
./fmt_sprint.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:30:13:     from ... argument (spill) at ./fmt_sprint.go:30:13
./fmt_sprint.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:30:13
./fmt_sprint.go:29:43: 7 escapes to heap:
./fmt_sprint.go:29:43:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_sprint.go:29:43:     from 7 (spill) at ./fmt_sprint.go:29:43
./fmt_sprint.go:29:43:     from ... argument (slice-literal-element) at ./fmt_sprint.go:29:21
./fmt_sprint.go:29:43:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:29:43:     from ... argument (spill) at ./fmt_sprint.go:29:21
./fmt_sprint.go:29:43:     from fmt.Printf("%s %d\n", ... argument...) (call parameter) at ./fmt_sprint.go:29:21
./fmt_sprint.go:29:33: "héllo" escapes to heap:
./fmt_sprint.go:29:33:   flow: {storage for ... argument} = &{storage for "héllo"}:
./fmt_sprint.go:29:33:     from "héllo" (spill) at ./fmt_sprint.go:29:33
./fmt_sprint.go:29:33:     from ... argument (slice-literal-element) at ./fmt_sprint.go:29:21
./fmt_sprint.go:29:33:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:29:33:     from ... argument (spill) at ./fmt_sprint.go:29:21
./fmt_sprint.go:29:33:     from fmt.Printf("%s %d\n", ... argument...) (call parameter) at ./fmt_sprint.go:29:21
./fmt_sprint.go:28:13: n escapes to heap:
./fmt_sprint.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_sprint.go:28:13:     from n (spill) at ./fmt_sprint.go:28:13
./fmt_sprint.go:28:13:     from ... argument (slice-literal-element) at ./fmt_sprint.go:28:13
./fmt_sprint.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:28:13:     from ... argument (spill) at ./fmt_sprint.go:28:13
./fmt_sprint.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:28:13
./fmt_sprint.go:27:35: 12 escapes to heap:
./fmt_sprint.go:27:35:   flow: {storage for ... argument} = &{storage for 12}:
./fmt_sprint.go:27:35:     from 12 (spill) at ./fmt_sprint.go:27:35
./fmt_sprint.go:27:35:     from ... argument (slice-literal-element) at ./fmt_sprint.go:27:23
./fmt_sprint.go:27:35:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:27:35:     from ... argument (spill) at ./fmt_sprint.go:27:23
./fmt_sprint.go:27:35:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:27:23
./fmt_sprint.go:27:24: "counted" escapes to heap:
./fmt_sprint.go:27:24:   flow: {storage for ... argument} = &{storage for "counted"}:
./fmt_sprint.go:27:24:     from "counted" (spill) at ./fmt_sprint.go:27:24
./fmt_sprint.go:27:24:     from ... argument (slice-literal-element) at ./fmt_sprint.go:27:23
./fmt_sprint.go:27:24:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:27:24:     from ... argument (spill) at ./fmt_sprint.go:27:23
./fmt_sprint.go:27:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:27:23
./fmt_sprint.go:26:13: parts escapes to heap:
./fmt_sprint.go:26:13:   flow: {storage for ... argument} = &{storage for parts}:
./fmt_sprint.go:26:13:     from parts (spill) at ./fmt_sprint.go:26:13
./fmt_sprint.go:26:13:     from ... argument (slice-literal-element) at ./fmt_sprint.go:26:13
./fmt_sprint.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:26:13:     from ... argument (spill) at ./fmt_sprint.go:26:13
./fmt_sprint.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:26:13
./fmt_sprint.go:24:67: i * i escapes to heap:
./fmt_sprint.go:24:67:   flow: {storage for ... argument} = &{storage for i * i}:
./fmt_sprint.go:24:67:     from i * i (spill) at ./fmt_sprint.go:24:67
./fmt_sprint.go:24:67:     from ... argument (slice-literal-element) at ./fmt_sprint.go:24:65
./fmt_sprint.go:24:67:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:24:67:     from ... argument (spill) at ./fmt_sprint.go:24:65
./fmt_sprint.go:24:67:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:24:65
./fmt_sprint.go:24:65: fmt.Sprint(... argument...) escapes to heap:
./fmt_sprint.go:24:65:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_sprint.go:24:65:     from fmt.Sprint(... argument...) (spill) at ./fmt_sprint.go:24:65
./fmt_sprint.go:24:65:     from ... argument (slice-literal-element) at ./fmt_sprint.go:24:36
./fmt_sprint.go:24:65:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:24:65:     from ... argument (spill) at ./fmt_sprint.go:24:36
./fmt_sprint.go:24:65:     from fmt.Sprintf("[%02d:%-3s]", ... argument...) (call parameter) at ./fmt_sprint.go:24:36
./fmt_sprint.go:24:37: i escapes to heap:
./fmt_sprint.go:24:37:   flow: {storage for ... argument} = &{storage for i}:
./fmt_sprint.go:24:37:     from i (spill) at ./fmt_sprint.go:24:37
./fmt_sprint.go:24:37:     from ... argument (slice-literal-element) at ./fmt_sprint.go:24:36
./fmt_sprint.go:24:37:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:24:37:     from ... argument (spill) at ./fmt_sprint.go:24:36
./fmt_sprint.go:24:37:     from fmt.Sprintf("[%02d:%-3s]", ... argument...) (call parameter) at ./fmt_sprint.go:24:36
./fmt_sprint.go:21:34: label("x", 3) + "," + label("y", -4) escapes to heap:
./fmt_sprint.go:21:34:   flow: {storage for ... argument} = &{storage for label("x", 3) + "," + label("y", -4)}:
./fmt_sprint.go:21:34:     from label("x", 3) + "," + label("y", -4) (spill) at ./fmt_sprint.go:21:34
./fmt_sprint.go:21:34:     from ... argument (slice-literal-element) at ./fmt_sprint.go:21:13
./fmt_sprint.go:21:34:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:21:34:     from ... argument (spill) at ./fmt_sprint.go:21:13
./fmt_sprint.go:21:34:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:21:13
./fmt_sprint.go:20:52: ef == "" escapes to heap:
./fmt_sprint.go:20:52:   flow: {storage for ... argument} = &{storage for ef == ""}:
./fmt_sprint.go:20:52:     from ef == "" (spill) at ./fmt_sprint.go:20:52
./fmt_sprint.go:20:52:     from ... argument (slice-literal-element) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:52:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:20:52:     from ... argument (spill) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:52:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:42: e == "" escapes to heap:
./fmt_sprint.go:20:42:   flow: {storage for ... argument} = &{storage for e == ""}:
./fmt_sprint.go:20:42:     from e == "" (spill) at ./fmt_sprint.go:20:42
./fmt_sprint.go:20:42:     from ... argument (slice-literal-element) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:42:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:20:42:     from ... argument (spill) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:42:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:34: len(ef) escapes to heap:
./fmt_sprint.go:20:34:   flow: {storage for ... argument} = &{storage for len(ef)}:
./fmt_sprint.go:20:34:     from len(ef) (spill) at ./fmt_sprint.go:20:34
./fmt_sprint.go:20:34:     from ... argument (slice-literal-element) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:34:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:20:34:     from ... argument (spill) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:34:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:25: len(el) escapes to heap:
./fmt_sprint.go:20:25:   flow: {storage for ... argument} = &{storage for len(el)}:
./fmt_sprint.go:20:25:     from len(el) (spill) at ./fmt_sprint.go:20:25
./fmt_sprint.go:20:25:     from ... argument (slice-literal-element) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:25:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:20:25:     from ... argument (spill) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:17: len(e) escapes to heap:
./fmt_sprint.go:20:17:   flow: {storage for ... argument} = &{storage for len(e)}:
./fmt_sprint.go:20:17:     from len(e) (spill) at ./fmt_sprint.go:20:17
./fmt_sprint.go:20:17:     from ... argument (slice-literal-element) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:17:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:20:17:     from ... argument (spill) at ./fmt_sprint.go:20:13
./fmt_sprint.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:20:13
./fmt_sprint.go:16:17: len(t) escapes to heap:
./fmt_sprint.go:16:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./fmt_sprint.go:16:17:     from len(t) (spill) at ./fmt_sprint.go:16:17
./fmt_sprint.go:16:17:     from ... argument (slice-literal-element) at ./fmt_sprint.go:16:13
./fmt_sprint.go:16:17:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:16:17:     from ... argument (spill) at ./fmt_sprint.go:16:13
./fmt_sprint.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:16:13
./fmt_sprint.go:15:11: t escapes to heap:
./fmt_sprint.go:15:11:   flow: {storage for ... argument} = &{storage for t}:
./fmt_sprint.go:15:11:     from t (spill) at ./fmt_sprint.go:15:11
./fmt_sprint.go:15:11:     from ... argument (slice-literal-element) at ./fmt_sprint.go:15:11
./fmt_sprint.go:15:11:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:15:11:     from ... argument (spill) at ./fmt_sprint.go:15:11
./fmt_sprint.go:15:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_sprint.go:15:11
./fmt_sprint.go:14:31: "b" escapes to heap:
./fmt_sprint.go:14:31:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_sprint.go:14:31:     from "b" (spill) at ./fmt_sprint.go:14:31
./fmt_sprint.go:14:31:     from ... argument (slice-literal-element) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:31:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:14:31:     from ... argument (spill) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:31:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:28: 2 escapes to heap:
./fmt_sprint.go:14:28:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_sprint.go:14:28:     from 2 (spill) at ./fmt_sprint.go:14:28
./fmt_sprint.go:14:28:     from ... argument (slice-literal-element) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:28:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:14:28:     from ... argument (spill) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:28:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:25: 1 escapes to heap:
./fmt_sprint.go:14:25:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_sprint.go:14:25:     from 1 (spill) at ./fmt_sprint.go:14:25
./fmt_sprint.go:14:25:     from ... argument (slice-literal-element) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:25:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:14:25:     from ... argument (spill) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:25:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:20: "a" escapes to heap:
./fmt_sprint.go:14:20:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_sprint.go:14:20:     from "a" (spill) at ./fmt_sprint.go:14:20
./fmt_sprint.go:14:20:     from ... argument (slice-literal-element) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:20:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:14:20:     from ... argument (spill) at ./fmt_sprint.go:14:19
./fmt_sprint.go:14:20:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_sprint.go:14:19
./fmt_sprint.go:13:17: s escapes to heap:
./fmt_sprint.go:13:17:   flow: {storage for ... argument} = &{storage for s}:
./fmt_sprint.go:13:17:     from s (spill) at ./fmt_sprint.go:13:17
./fmt_sprint.go:13:17:     from ... argument (slice-literal-element) at ./fmt_sprint.go:13:13
./fmt_sprint.go:13:17:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:13:17:     from ... argument (spill) at ./fmt_sprint.go:13:13
./fmt_sprint.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:13:13
./fmt_sprint.go:13:17: len(s) escapes to heap:
./fmt_sprint.go:13:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_sprint.go:13:17:     from len(s) (spill) at ./fmt_sprint.go:13:17
./fmt_sprint.go:13:17:     from ... argument (slice-literal-element) at ./fmt_sprint.go:13:13
./fmt_sprint.go:13:17:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:13:17:     from ... argument (spill) at ./fmt_sprint.go:13:13
./fmt_sprint.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_sprint.go:13:13
./fmt_sprint.go:12:58: true escapes to heap:
./fmt_sprint.go:12:58:   flow: {storage for ... argument} = &{storage for true}:
./fmt_sprint.go:12:58:     from true (spill) at ./fmt_sprint.go:12:58
./fmt_sprint.go:12:58:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:58:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:58:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:58:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:45: P{...} escapes to heap:
./fmt_sprint.go:12:45:   flow: {storage for ... argument} = &{storage for P{...}}:
./fmt_sprint.go:12:45:     from P{...} (spill) at ./fmt_sprint.go:12:45
./fmt_sprint.go:12:45:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:45:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:45:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:45:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:39: 3.5 escapes to heap:
./fmt_sprint.go:12:39:   flow: {storage for ... argument} = &{storage for 3.5}:
./fmt_sprint.go:12:39:     from 3.5 (spill) at ./fmt_sprint.go:12:39
./fmt_sprint.go:12:39:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:39:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:39:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:39:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:34: "c" escapes to heap:
./fmt_sprint.go:12:34:   flow: {storage for ... argument} = &{storage for "c"}:
./fmt_sprint.go:12:34:     from "c" (spill) at ./fmt_sprint.go:12:34
./fmt_sprint.go:12:34:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:34:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:34:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:34:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:29: "b" escapes to heap:
./fmt_sprint.go:12:29:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_sprint.go:12:29:     from "b" (spill) at ./fmt_sprint.go:12:29
./fmt_sprint.go:12:29:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:29:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:29:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:29:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:26: 2 escapes to heap:
./fmt_sprint.go:12:26:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_sprint.go:12:26:     from 2 (spill) at ./fmt_sprint.go:12:26
./fmt_sprint.go:12:26:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:26:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:26:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:26:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:23: 1 escapes to heap:
./fmt_sprint.go:12:23:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_sprint.go:12:23:     from 1 (spill) at ./fmt_sprint.go:12:23
./fmt_sprint.go:12:23:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:23:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:23:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:23:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:18: "a" escapes to heap:
./fmt_sprint.go:12:18:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_sprint.go:12:18:     from "a" (spill) at ./fmt_sprint.go:12:18
./fmt_sprint.go:12:18:     from ... argument (slice-literal-element) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:18:   flow: {heap} = {storage for ... argument}:
./fmt_sprint.go:12:18:     from ... argument (spill) at ./fmt_sprint.go:12:17
./fmt_sprint.go:12:18:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_sprint.go:12:17
./fmt_sprint.go:41:70: []string{...} escapes to heap:
./fmt_sprint.go:41:70:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_sprint.go:41:70:     from []string{...} (spill) at ./fmt_sprint.go:41:70
./fmt_sprint.go:41:70:     from []string{...} (interface-converted) at ./fmt_sprint.go:41:70
./fmt_sprint.go:22:19: []string{} escapes to heap:
./fmt_sprint.go:22:19:   flow: parts = &{storage for []string{}}:
./fmt_sprint.go:22:19:     from []string{} (spill) at ./fmt_sprint.go:22:19
./fmt_sprint.go:22:19:     from parts := []string{} (assign) at ./fmt_sprint.go:22:8
./fmt_sprint.go:22:19:   flow: {storage for parts} = parts:
./fmt_sprint.go:22:19:     from parts (interface-converted) at ./fmt_sprint.go:26:13
./fmt_sprint.go:21:34: label("x", 3) + "," + label("y", -4) escapes to heap:
./fmt_sprint.go:21:34:   flow: {storage for label("x", 3) + "," + label("y", -4)} = &{storage for label("x", 3) + "," + label("y", -4)}:
./fmt_sprint.go:21:34:     from label("x", 3) + "," + label("y", -4) (spill) at ./fmt_sprint.go:21:34
./fmt_sprint.go:21:34:     from label("x", 3) + "," + label("y", -4) (interface-converted) at ./fmt_sprint.go:21:34
./fmt_sprint.go:12:17: ... argument does not escape
./fmt_sprint.go:12:18: "a" escapes to heap
./fmt_sprint.go:12:23: 1 escapes to heap
./fmt_sprint.go:12:26: 2 escapes to heap
./fmt_sprint.go:12:29: "b" escapes to heap
./fmt_sprint.go:12:34: "c" escapes to heap
./fmt_sprint.go:12:39: 3.5 escapes to heap
./fmt_sprint.go:12:45: P{...} escapes to heap
./fmt_sprint.go:12:58: true escapes to heap
./fmt_sprint.go:13:13: ... argument does not escape
./fmt_sprint.go:13:17: len(s) escapes to heap
./fmt_sprint.go:13:17: s escapes to heap
./fmt_sprint.go:14:19: ... argument does not escape
./fmt_sprint.go:14:20: "a" escapes to heap
./fmt_sprint.go:14:25: 1 escapes to heap
./fmt_sprint.go:14:28: 2 escapes to heap
./fmt_sprint.go:14:31: "b" escapes to heap
./fmt_sprint.go:15:11: ... argument does not escape
./fmt_sprint.go:15:11: t escapes to heap
./fmt_sprint.go:16:13: ... argument does not escape
./fmt_sprint.go:16:17: len(t) escapes to heap
./fmt_sprint.go:20:13: ... argument does not escape
./fmt_sprint.go:20:17: len(e) escapes to heap
./fmt_sprint.go:20:25: len(el) escapes to heap
./fmt_sprint.go:20:34: len(ef) escapes to heap
./fmt_sprint.go:20:42: e == "" escapes to heap
./fmt_sprint.go:20:52: ef == "" escapes to heap
./fmt_sprint.go:21:13: ... argument does not escape
./fmt_sprint.go:21:34: label("x", 3) + "," + label("y", -4) escapes to heap
./fmt_sprint.go:21:34: label("x", 3) + "," + label("y", -4) escapes to heap
./fmt_sprint.go:22:19: []string{} escapes to heap
./fmt_sprint.go:24:36: ... argument does not escape
./fmt_sprint.go:24:37: i escapes to heap
./fmt_sprint.go:24:65: fmt.Sprint(... argument...) escapes to heap
./fmt_sprint.go:24:65: ... argument does not escape
./fmt_sprint.go:24:67: i * i escapes to heap
./fmt_sprint.go:26:13: ... argument does not escape
./fmt_sprint.go:26:13: parts escapes to heap
./fmt_sprint.go:27:23: ... argument does not escape
./fmt_sprint.go:27:24: "counted" escapes to heap
./fmt_sprint.go:27:35: 12 escapes to heap
./fmt_sprint.go:28:13: ... argument does not escape
./fmt_sprint.go:28:13: n escapes to heap
./fmt_sprint.go:29:21: ... argument does not escape
./fmt_sprint.go:29:33: "héllo" escapes to heap
./fmt_sprint.go:29:43: 7 escapes to heap
./fmt_sprint.go:30:13: ... argument does not escape
./fmt_sprint.go:30:13: n escapes to heap
./fmt_sprint.go:30:21: err == nil escapes to heap
./fmt_sprint.go:31:18: ... argument does not escape
./fmt_sprint.go:31:19: "abc" escapes to heap
./fmt_sprint.go:31:26: 1 escapes to heap
./fmt_sprint.go:31:29: 2 escapes to heap
./fmt_sprint.go:31:32: "\n" escapes to heap
./fmt_sprint.go:32:13: ... argument does not escape
./fmt_sprint.go:32:13: n escapes to heap
./fmt_sprint.go:33:23: []interface {}{...} does not escape
./fmt_sprint.go:33:24: 1 escapes to heap
./fmt_sprint.go:33:27: "two" escapes to heap
./fmt_sprint.go:33:34: 3.0 escapes to heap
./fmt_sprint.go:37:11: ... argument does not escape
./fmt_sprint.go:37:12: "\n" escapes to heap
./fmt_sprint.go:38:13: ... argument does not escape
./fmt_sprint.go:38:24: fmt.Sprint(args...) escapes to heap
./fmt_sprint.go:38:57: fmt.Sprintln(args...) == "1 two 3\n" escapes to heap
./fmt_sprint.go:39:11: ... argument does not escape
./fmt_sprint.go:39:12: 1 escapes to heap
./fmt_sprint.go:39:15: 2 escapes to heap
./fmt_sprint.go:39:18: "x" escapes to heap
./fmt_sprint.go:39:23: 3 escapes to heap
./fmt_sprint.go:39:26: "y" escapes to heap
./fmt_sprint.go:39:31: "z" escapes to heap
./fmt_sprint.go:39:36: 4 escapes to heap
./fmt_sprint.go:39:39: 5 escapes to heap
./fmt_sprint.go:39:42: '\n' escapes to heap
./fmt_sprint.go:40:11: ... argument does not escape
./fmt_sprint.go:40:12: "\n" escapes to heap
./fmt_sprint.go:40:23: 1 escapes to heap
./fmt_sprint.go:40:31: "s" escapes to heap
./fmt_sprint.go:40:41: "\n" escapes to heap
./fmt_sprint.go:41:13: ... argument does not escape
./fmt_sprint.go:41:25: fmt.Sprintf("%5.1f%%", ... argument...) escapes to heap
./fmt_sprint.go:41:25: ... argument does not escape
./fmt_sprint.go:41:37: 99.5 escapes to heap
./fmt_sprint.go:41:55: fmt.Sprintf("%v", ... argument...) escapes to heap
./fmt_sprint.go:41:55: ... argument does not escape
./fmt_sprint.go:41:70: []string{...} escapes to heap
./fmt_sprint.go:41:70: []string{...} escapes to heap
./fmt_sprint.go:42:12: ... argument does not escape
./fmt_sprint.go:42:32: fmt.Sprintf("%q", ... argument...) escapes to heap
./fmt_sprint.go:42:32: ... argument does not escape
./fmt_sprint.go:42:50: fmt.Sprintf("%v", ... argument...) escapes to heap
./fmt_sprint.go:42:50: ... argument does not escape
./fmt_sprint.go:42:58: P{...} escapes to heap
