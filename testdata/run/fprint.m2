./fprint.go:24:45: 2 escapes to heap:
./fprint.go:24:45:   flow: {storage for []any{...}} = &{storage for 2}:
./fprint.go:24:45:     from 2 (spill) at ./fprint.go:24:45
./fprint.go:24:45:     from []any{...} (slice-literal-element) at ./fprint.go:24:41
./fprint.go:24:45:   flow: {heap} = {storage for []any{...}}:
./fprint.go:24:45:     from []any{...} (spill) at ./fprint.go:24:41
./fprint.go:24:45:     from fmt.Fprintf(os.Stdout, "%d %d\n", []any{...}...) (call parameter) at ./fprint.go:24:13
./fprint.go:24:42: 1 escapes to heap:
./fprint.go:24:42:   flow: {storage for []any{...}} = &{storage for 1}:
./fprint.go:24:42:     from 1 (spill) at ./fprint.go:24:42
./fprint.go:24:42:     from []any{...} (slice-literal-element) at ./fprint.go:24:41
./fprint.go:24:42:   flow: {heap} = {storage for []any{...}}:
./fprint.go:24:42:     from []any{...} (spill) at ./fprint.go:24:41
./fprint.go:24:42:     from fmt.Fprintf(os.Stdout, "%d %d\n", []any{...}...) (call parameter) at ./fprint.go:24:13
./fprint.go:22:26: 9 escapes to heap:
./fprint.go:22:26:   flow: {storage for []any{...}} = &{storage for 9}:
./fprint.go:22:26:     from 9 (spill) at ./fprint.go:22:26
./fprint.go:22:26:     from []any{...} (slice-literal-element) at ./fprint.go:22:15
./fprint.go:22:26:   flow: args = &{storage for []any{...}}:
./fprint.go:22:26:     from []any{...} (spill) at ./fprint.go:22:15
./fprint.go:22:26:     from args := []any{...} (assign) at ./fprint.go:22:7
./fprint.go:22:26:   flow: {heap} = *args:
./fprint.go:22:26:     from fmt.Fprintln(os.Stdout, args...) (call parameter) at ./fprint.go:23:14
./fprint.go:22:16: "spread" escapes to heap:
./fprint.go:22:16:   flow: {storage for []any{...}} = &{storage for "spread"}:
./fprint.go:22:16:     from "spread" (spill) at ./fprint.go:22:16
./fprint.go:22:16:     from []any{...} (slice-literal-element) at ./fprint.go:22:15
./fprint.go:22:16:   flow: args = &{storage for []any{...}}:
./fprint.go:22:16:     from []any{...} (spill) at ./fprint.go:22:15
./fprint.go:22:16:     from args := []any{...} (assign) at ./fprint.go:22:7
./fprint.go:22:16:   flow: {heap} = *args:
./fprint.go:22:16:     from fmt.Fprintln(os.Stdout, args...) (call parameter) at ./fprint.go:23:14
./fprint.go:21:18: "via variable" escapes to heap:
./fprint.go:21:18:   flow: {storage for ... argument} = &{storage for "via variable"}:
./fprint.go:21:18:     from "via variable" (spill) at ./fprint.go:21:18
./fprint.go:21:18:     from ... argument (slice-literal-element) at ./fprint.go:21:14
./fprint.go:21:18:   flow: {heap} = {storage for ... argument}:
./fprint.go:21:18:     from ... argument (spill) at ./fprint.go:21:14
./fprint.go:21:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./fprint.go:21:14
./fprint.go:19:72: os.Stdout != nil escapes to heap:
./fprint.go:19:72:   flow: {storage for ... argument} = &{storage for os.Stdout != nil}:
./fprint.go:19:72:     from os.Stdout != nil (spill) at ./fprint.go:19:72
./fprint.go:19:72:     from ... argument (slice-literal-element) at ./fprint.go:19:13
./fprint.go:19:72:   flow: {heap} = {storage for ... argument}:
./fprint.go:19:72:     from ... argument (spill) at ./fprint.go:19:13
./fprint.go:19:72:     from fmt.Println(... argument...) (call parameter) at ./fprint.go:19:13
./fprint.go:19:48: os.Stdout == os.Stdout escapes to heap:
./fprint.go:19:48:   flow: {storage for ... argument} = &{storage for os.Stdout == os.Stdout}:
./fprint.go:19:48:     from os.Stdout == os.Stdout (spill) at ./fprint.go:19:48
./fprint.go:19:48:     from ... argument (slice-literal-element) at ./fprint.go:19:13
./fprint.go:19:48:   flow: {heap} = {storage for ... argument}:
./fprint.go:19:48:     from ... argument (spill) at ./fprint.go:19:13
./fprint.go:19:48:     from fmt.Println(... argument...) (call parameter) at ./fprint.go:19:13
./fprint.go:19:24: os.Stdout == os.Stderr escapes to heap:
./fprint.go:19:24:   flow: {storage for ... argument} = &{storage for os.Stdout == os.Stderr}:
./fprint.go:19:24:     from os.Stdout == os.Stderr (spill) at ./fprint.go:19:24
./fprint.go:19:24:     from ... argument (slice-literal-element) at ./fprint.go:19:13
./fprint.go:19:24:   flow: {heap} = {storage for ... argument}:
./fprint.go:19:24:     from ... argument (spill) at ./fprint.go:19:13
./fprint.go:19:24:     from fmt.Println(... argument...) (call parameter) at ./fprint.go:19:13
./fprint.go:17:31: "\n" escapes to heap:
./fprint.go:17:31:   flow: {storage for ... argument} = &{storage for "\n"}:
./fprint.go:17:31:     from "\n" (spill) at ./fprint.go:17:31
./fprint.go:17:31:     from ... argument (slice-literal-element) at ./fprint.go:17:12
./fprint.go:17:31:   flow: {heap} = {storage for ... argument}:
./fprint.go:17:31:     from ... argument (spill) at ./fprint.go:17:12
./fprint.go:17:31:     from fmt.Fprint(os.Stderr, ... argument...) (call parameter) at ./fprint.go:17:12
./fprint.go:17:24: "end" escapes to heap:
./fprint.go:17:24:   flow: {storage for ... argument} = &{storage for "end"}:
./fprint.go:17:24:     from "end" (spill) at ./fprint.go:17:24
./fprint.go:17:24:     from ... argument (slice-literal-element) at ./fprint.go:17:12
./fprint.go:17:24:   flow: {heap} = {storage for ... argument}:
./fprint.go:17:24:     from ... argument (spill) at ./fprint.go:17:12
./fprint.go:17:24:     from fmt.Fprint(os.Stderr, ... argument...) (call parameter) at ./fprint.go:17:12
./fprint.go:16:44: 7 escapes to heap:
./fprint.go:16:44:   flow: {storage for ... argument} = &{storage for 7}:
./fprint.go:16:44:     from 7 (spill) at ./fprint.go:16:44
./fprint.go:16:44:     from ... argument (slice-literal-element) at ./fprint.go:16:13
./fprint.go:16:44:   flow: {heap} = {storage for ... argument}:
./fprint.go:16:44:     from ... argument (spill) at ./fprint.go:16:13
./fprint.go:16:44:     from fmt.Fprintf(os.Stderr, "%v|%5d|\n", ... argument...) (call parameter) at ./fprint.go:16:13
./fprint.go:16:38: true escapes to heap:
./fprint.go:16:38:   flow: {storage for ... argument} = &{storage for true}:
./fprint.go:16:38:     from true (spill) at ./fprint.go:16:38
./fprint.go:16:38:     from ... argument (slice-literal-element) at ./fprint.go:16:13
./fprint.go:16:38:   flow: {heap} = {storage for ... argument}:
./fprint.go:16:38:     from ... argument (spill) at ./fprint.go:16:13
./fprint.go:16:38:     from fmt.Fprintf(os.Stderr, "%v|%5d|\n", ... argument...) (call parameter) at ./fprint.go:16:13
./fprint.go:15:39: 3 escapes to heap:
./fprint.go:15:39:   flow: {storage for ... argument} = &{storage for 3}:
./fprint.go:15:39:     from 3 (spill) at ./fprint.go:15:39
./fprint.go:15:39:     from ... argument (slice-literal-element) at ./fprint.go:15:14
./fprint.go:15:39:   flow: {heap} = {storage for ... argument}:
./fprint.go:15:39:     from ... argument (spill) at ./fprint.go:15:14
./fprint.go:15:39:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./fprint.go:15:14
./fprint.go:15:26: "to stderr" escapes to heap:
./fprint.go:15:26:   flow: {storage for ... argument} = &{storage for "to stderr"}:
./fprint.go:15:26:     from "to stderr" (spill) at ./fprint.go:15:26
./fprint.go:15:26:     from ... argument (slice-literal-element) at ./fprint.go:15:14
./fprint.go:15:26:   flow: {heap} = {storage for ... argument}:
./fprint.go:15:26:     from ... argument (spill) at ./fprint.go:15:14
./fprint.go:15:26:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./fprint.go:15:14
./fprint.go:14:13: n escapes to heap:
./fprint.go:14:13:   flow: {storage for ... argument} = &{storage for n}:
./fprint.go:14:13:     from n (spill) at ./fprint.go:14:13
./fprint.go:14:13:     from ... argument (slice-literal-element) at ./fprint.go:14:13
./fprint.go:14:13:   flow: {heap} = {storage for ... argument}:
./fprint.go:14:13:     from ... argument (spill) at ./fprint.go:14:13
./fprint.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./fprint.go:14:13
./fprint.go:13:49: "x" escapes to heap:
./fprint.go:13:49:   flow: {storage for ... argument} = &{storage for "x"}:
./fprint.go:13:49:     from "x" (spill) at ./fprint.go:13:49
./fprint.go:13:49:     from ... argument (slice-literal-element) at ./fprint.go:13:22
./fprint.go:13:49:   flow: {heap} = {storage for ... argument}:
./fprint.go:13:49:     from ... argument (spill) at ./fprint.go:13:22
./fprint.go:13:49:     from fmt.Fprintf(os.Stdout, "%d-%s\n", ... argument...) (call parameter) at ./fprint.go:13:22
./fprint.go:13:45: 42 escapes to heap:
./fprint.go:13:45:   flow: {storage for ... argument} = &{storage for 42}:
./fprint.go:13:45:     from 42 (spill) at ./fprint.go:13:45
./fprint.go:13:45:     from ... argument (slice-literal-element) at ./fprint.go:13:22
./fprint.go:13:45:   flow: {heap} = {storage for ... argument}:
./fprint.go:13:45:     from ... argument (spill) at ./fprint.go:13:22
./fprint.go:13:45:     from fmt.Fprintf(os.Stdout, "%d-%s\n", ... argument...) (call parameter) at ./fprint.go:13:22
./fprint.go:12:13: n escapes to heap:
./fprint.go:12:13:   flow: {storage for ... argument} = &{storage for n}:
./fprint.go:12:13:     from n (spill) at ./fprint.go:12:13
./fprint.go:12:13:     from ... argument (slice-literal-element) at ./fprint.go:12:13
./fprint.go:12:13:   flow: {heap} = {storage for ... argument}:
./fprint.go:12:13:     from ... argument (spill) at ./fprint.go:12:13
./fprint.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./fprint.go:12:13
./fprint.go:11:44: "b\n" escapes to heap:
./fprint.go:11:44:   flow: {storage for ... argument} = &{storage for "b\n"}:
./fprint.go:11:44:     from "b\n" (spill) at ./fprint.go:11:44
./fprint.go:11:44:     from ... argument (slice-literal-element) at ./fprint.go:11:21
./fprint.go:11:44:   flow: {heap} = {storage for ... argument}:
./fprint.go:11:44:     from ... argument (spill) at ./fprint.go:11:21
./fprint.go:11:44:     from fmt.Fprint(os.Stdout, ... argument...) (call parameter) at ./fprint.go:11:21
./fprint.go:11:41: 2 escapes to heap:
./fprint.go:11:41:   flow: {storage for ... argument} = &{storage for 2}:
./fprint.go:11:41:     from 2 (spill) at ./fprint.go:11:41
./fprint.go:11:41:     from ... argument (slice-literal-element) at ./fprint.go:11:21
./fprint.go:11:41:   flow: {heap} = {storage for ... argument}:
./fprint.go:11:41:     from ... argument (spill) at ./fprint.go:11:21
./fprint.go:11:41:     from fmt.Fprint(os.Stdout, ... argument...) (call parameter) at ./fprint.go:11:21
./fprint.go:11:38: 1 escapes to heap:
./fprint.go:11:38:   flow: {storage for ... argument} = &{storage for 1}:
./fprint.go:11:38:     from 1 (spill) at ./fprint.go:11:38
./fprint.go:11:38:     from ... argument (slice-literal-element) at ./fprint.go:11:21
./fprint.go:11:38:   flow: {heap} = {storage for ... argument}:
./fprint.go:11:38:     from ... argument (spill) at ./fprint.go:11:21
./fprint.go:11:38:     from fmt.Fprint(os.Stdout, ... argument...) (call parameter) at ./fprint.go:11:21
./fprint.go:11:33: "a" escapes to heap:
./fprint.go:11:33:   flow: {storage for ... argument} = &{storage for "a"}:
./fprint.go:11:33:     from "a" (spill) at ./fprint.go:11:33
./fprint.go:11:33:     from ... argument (slice-literal-element) at ./fprint.go:11:21
./fprint.go:11:33:   flow: {heap} = {storage for ... argument}:
./fprint.go:11:33:     from ... argument (spill) at ./fprint.go:11:21
./fprint.go:11:33:     from fmt.Fprint(os.Stdout, ... argument...) (call parameter) at ./fprint.go:11:21
./fprint.go:10:13: n escapes to heap:
./fprint.go:10:13:   flow: {storage for ... argument} = &{storage for n}:
./fprint.go:10:13:     from n (spill) at ./fprint.go:10:13
./fprint.go:10:13:     from ... argument (slice-literal-element) at ./fprint.go:10:13
./fprint.go:10:13:   flow: {heap} = {storage for ... argument}:
./fprint.go:10:13:     from ... argument (spill) at ./fprint.go:10:13
./fprint.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./fprint.go:10:13
./fprint.go:9:48: 2.5 escapes to heap:
./fprint.go:9:48:   flow: {storage for ... argument} = &{storage for 2.5}:
./fprint.go:9:48:     from 2.5 (spill) at ./fprint.go:9:48
./fprint.go:9:48:     from ... argument (slice-literal-element) at ./fprint.go:9:24
./fprint.go:9:48:   flow: {heap} = {storage for ... argument}:
./fprint.go:9:48:     from ... argument (spill) at ./fprint.go:9:24
./fprint.go:9:48:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at ./fprint.go:9:24
./fprint.go:9:45: 1 escapes to heap:
./fprint.go:9:45:   flow: {storage for ... argument} = &{storage for 1}:
./fprint.go:9:45:     from 1 (spill) at ./fprint.go:9:45
./fprint.go:9:45:     from ... argument (slice-literal-element) at ./fprint.go:9:24
./fprint.go:9:45:   flow: {heap} = {storage for ... argument}:
./fprint.go:9:45:     from ... argument (spill) at ./fprint.go:9:24
./fprint.go:9:45:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at ./fprint.go:9:24
./fprint.go:9:36: "hello" escapes to heap:
./fprint.go:9:36:   flow: {storage for ... argument} = &{storage for "hello"}:
./fprint.go:9:36:     from "hello" (spill) at ./fprint.go:9:36
./fprint.go:9:36:     from ... argument (slice-literal-element) at ./fprint.go:9:24
./fprint.go:9:36:   flow: {heap} = {storage for ... argument}:
./fprint.go:9:36:     from ... argument (spill) at ./fprint.go:9:24
./fprint.go:9:36:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at ./fprint.go:9:24
./fprint.go:9:24: ... argument does not escape
./fprint.go:9:36: "hello" escapes to heap
./fprint.go:9:45: 1 escapes to heap
./fprint.go:9:48: 2.5 escapes to heap
./fprint.go:10:13: ... argument does not escape
./fprint.go:10:13: n escapes to heap
./fprint.go:11:21: ... argument does not escape
./fprint.go:11:33: "a" escapes to heap
./fprint.go:11:38: 1 escapes to heap
./fprint.go:11:41: 2 escapes to heap
./fprint.go:11:44: "b\n" escapes to heap
./fprint.go:12:13: ... argument does not escape
./fprint.go:12:13: n escapes to heap
./fprint.go:13:22: ... argument does not escape
./fprint.go:13:45: 42 escapes to heap
./fprint.go:13:49: "x" escapes to heap
./fprint.go:14:13: ... argument does not escape
./fprint.go:14:13: n escapes to heap
./fprint.go:15:14: ... argument does not escape
./fprint.go:15:26: "to stderr" escapes to heap
./fprint.go:15:39: 3 escapes to heap
./fprint.go:16:13: ... argument does not escape
./fprint.go:16:38: true escapes to heap
./fprint.go:16:44: 7 escapes to heap
./fprint.go:17:12: ... argument does not escape
./fprint.go:17:24: "end" escapes to heap
./fprint.go:17:31: "\n" escapes to heap
./fprint.go:18:12: ... argument does not escape
./fprint.go:19:13: ... argument does not escape
./fprint.go:19:24: os.Stdout == os.Stderr escapes to heap
./fprint.go:19:48: os.Stdout == os.Stdout escapes to heap
./fprint.go:19:72: os.Stdout != nil escapes to heap
./fprint.go:21:14: ... argument does not escape
./fprint.go:21:18: "via variable" escapes to heap
./fprint.go:22:15: []any{...} does not escape
./fprint.go:22:16: "spread" escapes to heap
./fprint.go:22:26: 9 escapes to heap
./fprint.go:24:41: []any{...} does not escape
./fprint.go:24:42: 1 escapes to heap
./fprint.go:24:45: 2 escapes to heap
