./errors_new.go:31:22: msg + "!" escapes to heap:
./errors_new.go:31:22:   flow: {heap} = &{storage for msg + "!"}:
./errors_new.go:31:22:     from msg + "!" (spill) at ./errors_new.go:31:22
./errors_new.go:31:22:     from errors.New(msg + "!") (call parameter) at ./errors_new.go:31:17
./errors_new.go:29:19: a == any(e) escapes to heap:
./errors_new.go:29:19:   flow: {storage for ... argument} = &{storage for a == any(e)}:
./errors_new.go:29:19:     from a == any(e) (spill) at ./errors_new.go:29:19
./errors_new.go:29:19:     from ... argument (slice-literal-element) at ./errors_new.go:29:13
./errors_new.go:29:19:   flow: {heap} = {storage for ... argument}:
./errors_new.go:29:19:     from ... argument (spill) at ./errors_new.go:29:13
./errors_new.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:29:13
./errors_new.go:27:69: fmt.Sprintf("[%v]", ... argument...) escapes to heap:
./errors_new.go:27:69:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("[%v]", ... argument...)}:
./errors_new.go:27:69:     from fmt.Sprintf("[%v]", ... argument...) (spill) at ./errors_new.go:27:69
./errors_new.go:27:69:     from ... argument (slice-literal-element) at ./errors_new.go:27:13
./errors_new.go:27:69:   flow: {heap} = {storage for ... argument}:
./errors_new.go:27:69:     from ... argument (spill) at ./errors_new.go:27:13
./errors_new.go:27:69:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:27:13
./errors_new.go:27:45: fmt.Sprintln(... argument...) == "boom\n" escapes to heap:
./errors_new.go:27:45:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(... argument...) == "boom\n"}:
./errors_new.go:27:45:     from fmt.Sprintln(... argument...) == "boom\n" (spill) at ./errors_new.go:27:45
./errors_new.go:27:45:     from ... argument (slice-literal-element) at ./errors_new.go:27:13
./errors_new.go:27:45:   flow: {heap} = {storage for ... argument}:
./errors_new.go:27:45:     from ... argument (spill) at ./errors_new.go:27:13
./errors_new.go:27:45:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:27:13
./errors_new.go:27:24: fmt.Sprint(... argument...) escapes to heap:
./errors_new.go:27:24:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./errors_new.go:27:24:     from fmt.Sprint(... argument...) (spill) at ./errors_new.go:27:24
./errors_new.go:27:24:     from ... argument (slice-literal-element) at ./errors_new.go:27:13
./errors_new.go:27:24:   flow: {heap} = {storage for ... argument}:
./errors_new.go:27:24:     from ... argument (spill) at ./errors_new.go:27:13
./errors_new.go:27:24:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:27:13
./errors_new.go:26:18: "\n" escapes to heap:
./errors_new.go:26:18:   flow: {storage for ... argument} = &{storage for "\n"}:
./errors_new.go:26:18:     from "\n" (spill) at ./errors_new.go:26:18
./errors_new.go:26:18:     from ... argument (slice-literal-element) at ./errors_new.go:26:11
./errors_new.go:26:18:   flow: {heap} = {storage for ... argument}:
./errors_new.go:26:18:     from ... argument (spill) at ./errors_new.go:26:11
./errors_new.go:26:18:     from fmt.Print(... argument...) (call parameter) at ./errors_new.go:26:11
./errors_new.go:25:91: []error{...} escapes to heap:
./errors_new.go:25:91:   flow: {storage for ... argument} = &{storage for []error{...}}:
./errors_new.go:25:91:     from []error{...} (spill) at ./errors_new.go:25:91
./errors_new.go:25:91:     from ... argument (slice-literal-element) at ./errors_new.go:25:12
./errors_new.go:25:91:   flow: {heap} = {storage for ... argument}:
./errors_new.go:25:91:     from ... argument (spill) at ./errors_new.go:25:12
./errors_new.go:25:91:     from fmt.Printf("%v %+v %s %q\n", ... argument...) (call parameter) at ./errors_new.go:25:12
./errors_new.go:25:72: wrapper{...} escapes to heap:
./errors_new.go:25:72:   flow: {storage for ... argument} = &{storage for wrapper{...}}:
./errors_new.go:25:72:     from wrapper{...} (spill) at ./errors_new.go:25:72
./errors_new.go:25:72:     from ... argument (slice-literal-element) at ./errors_new.go:25:12
./errors_new.go:25:72:   flow: {heap} = {storage for ... argument}:
./errors_new.go:25:72:     from ... argument (spill) at ./errors_new.go:25:12
./errors_new.go:25:72:     from fmt.Printf("%v %+v %s %q\n", ... argument...) (call parameter) at ./errors_new.go:25:12
./errors_new.go:25:55: wrapper{...} escapes to heap:
./errors_new.go:25:55:   flow: {storage for ... argument} = &{storage for wrapper{...}}:
./errors_new.go:25:55:     from wrapper{...} (spill) at ./errors_new.go:25:55
./errors_new.go:25:55:     from ... argument (slice-literal-element) at ./errors_new.go:25:12
./errors_new.go:25:55:   flow: {heap} = {storage for ... argument}:
./errors_new.go:25:55:     from ... argument (spill) at ./errors_new.go:25:12
./errors_new.go:25:55:     from fmt.Printf("%v %+v %s %q\n", ... argument...) (call parameter) at ./errors_new.go:25:12
./errors_new.go:25:38: wrapper{...} escapes to heap:
./errors_new.go:25:38:   flow: {storage for ... argument} = &{storage for wrapper{...}}:
./errors_new.go:25:38:     from wrapper{...} (spill) at ./errors_new.go:25:38
./errors_new.go:25:38:     from ... argument (slice-literal-element) at ./errors_new.go:25:12
./errors_new.go:25:38:   flow: {heap} = {storage for ... argument}:
./errors_new.go:25:38:     from ... argument (spill) at ./errors_new.go:25:12
./errors_new.go:25:38:     from fmt.Printf("%v %+v %s %q\n", ... argument...) (call parameter) at ./errors_new.go:25:12
./errors_new.go:24:21: []error{...} escapes to heap:
./errors_new.go:24:21:   flow: {storage for ... argument} = &{storage for []error{...}}:
./errors_new.go:24:21:     from []error{...} (spill) at ./errors_new.go:24:21
./errors_new.go:24:21:     from ... argument (slice-literal-element) at ./errors_new.go:24:13
./errors_new.go:24:21:   flow: {heap} = {storage for ... argument}:
./errors_new.go:24:21:     from ... argument (spill) at ./errors_new.go:24:13
./errors_new.go:24:21:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:24:13
./errors_new.go:23:41: e.Error() == e2.Error() escapes to heap:
./errors_new.go:23:41:   flow: {storage for ... argument} = &{storage for e.Error() == e2.Error()}:
./errors_new.go:23:41:     from e.Error() == e2.Error() (spill) at ./errors_new.go:23:41
./errors_new.go:23:41:     from ... argument (slice-literal-element) at ./errors_new.go:23:13
./errors_new.go:23:41:   flow: {heap} = {storage for ... argument}:
./errors_new.go:23:41:     from ... argument (spill) at ./errors_new.go:23:13
./errors_new.go:23:41:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:23:13
./errors_new.go:23:25: e == e escapes to heap:
./errors_new.go:23:25:   flow: {storage for ... argument} = &{storage for e == e}:
./errors_new.go:23:25:     from e == e (spill) at ./errors_new.go:23:25
./errors_new.go:23:25:     from ... argument (slice-literal-element) at ./errors_new.go:23:13
./errors_new.go:23:25:   flow: {heap} = {storage for ... argument}:
./errors_new.go:23:25:     from ... argument (spill) at ./errors_new.go:23:13
./errors_new.go:23:25:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:23:13
./errors_new.go:23:16: e == e2 escapes to heap:
./errors_new.go:23:16:   flow: {storage for ... argument} = &{storage for e == e2}:
./errors_new.go:23:16:     from e == e2 (spill) at ./errors_new.go:23:16
./errors_new.go:23:16:     from ... argument (slice-literal-element) at ./errors_new.go:23:13
./errors_new.go:23:16:   flow: {heap} = {storage for ... argument}:
./errors_new.go:23:16:     from ... argument (spill) at ./errors_new.go:23:13
./errors_new.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:23:13
./errors_new.go:20:39: e == nil escapes to heap:
./errors_new.go:20:39:   flow: {storage for ... argument} = &{storage for e == nil}:
./errors_new.go:20:39:     from e == nil (spill) at ./errors_new.go:20:39
./errors_new.go:20:39:     from ... argument (slice-literal-element) at ./errors_new.go:20:13
./errors_new.go:20:39:   flow: {heap} = {storage for ... argument}:
./errors_new.go:20:39:     from ... argument (spill) at ./errors_new.go:20:13
./errors_new.go:20:39:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:20:13
./errors_new.go:20:29: nilerr == nil escapes to heap:
./errors_new.go:20:29:   flow: {storage for ... argument} = &{storage for nilerr == nil}:
./errors_new.go:20:29:     from nilerr == nil (spill) at ./errors_new.go:20:29
./errors_new.go:20:29:     from ... argument (slice-literal-element) at ./errors_new.go:20:13
./errors_new.go:20:29:   flow: {heap} = {storage for ... argument}:
./errors_new.go:20:29:     from ... argument (spill) at ./errors_new.go:20:13
./errors_new.go:20:29:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:20:13
./errors_new.go:18:28: len(e.Error()) escapes to heap:
./errors_new.go:18:28:   flow: {storage for ... argument} = &{storage for len(e.Error())}:
./errors_new.go:18:28:     from len(e.Error()) (spill) at ./errors_new.go:18:28
./errors_new.go:18:28:     from ... argument (slice-literal-element) at ./errors_new.go:18:13
./errors_new.go:18:28:   flow: {heap} = {storage for ... argument}:
./errors_new.go:18:28:     from ... argument (spill) at ./errors_new.go:18:13
./errors_new.go:18:28:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:18:13
./errors_new.go:18:21: e.Error() escapes to heap:
./errors_new.go:18:21:   flow: {storage for ... argument} = &{storage for e.Error()}:
./errors_new.go:18:21:     from e.Error() (spill) at ./errors_new.go:18:21
./errors_new.go:18:21:     from ... argument (slice-literal-element) at ./errors_new.go:18:13
./errors_new.go:18:21:   flow: {heap} = {storage for ... argument}:
./errors_new.go:18:21:     from ... argument (spill) at ./errors_new.go:18:13
./errors_new.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./errors_new.go:18:13
./errors_new.go:25:91: []error{...} escapes to heap:
./errors_new.go:25:91:   flow: {storage for []error{...}} = &{storage for []error{...}}:
./errors_new.go:25:91:     from []error{...} (spill) at ./errors_new.go:25:91
./errors_new.go:25:91:     from []error{...} (interface-converted) at ./errors_new.go:25:91
./errors_new.go:24:21: []error{...} escapes to heap:
./errors_new.go:24:21:   flow: {storage for []error{...}} = &{storage for []error{...}}:
./errors_new.go:24:21:     from []error{...} (spill) at ./errors_new.go:24:21
./errors_new.go:24:21:     from []error{...} (interface-converted) at ./errors_new.go:24:21
./errors_new.go:15:13: ... argument does not escape
./errors_new.go:16:12: ... argument does not escape
./errors_new.go:17:12: ... argument does not escape
./errors_new.go:18:13: ... argument does not escape
./errors_new.go:18:21: e.Error() escapes to heap
./errors_new.go:18:28: len(e.Error()) escapes to heap
./errors_new.go:20:13: ... argument does not escape
./errors_new.go:20:29: nilerr == nil escapes to heap
./errors_new.go:20:39: e == nil escapes to heap
./errors_new.go:21:12: ... argument does not escape
./errors_new.go:23:13: ... argument does not escape
./errors_new.go:23:16: e == e2 escapes to heap
./errors_new.go:23:25: e == e escapes to heap
./errors_new.go:23:41: e.Error() == e2.Error() escapes to heap
./errors_new.go:24:13: ... argument does not escape
./errors_new.go:24:21: []error{...} escapes to heap
./errors_new.go:24:21: []error{...} escapes to heap
./errors_new.go:25:12: ... argument does not escape
./errors_new.go:25:38: wrapper{...} escapes to heap
./errors_new.go:25:55: wrapper{...} escapes to heap
./errors_new.go:25:72: wrapper{...} escapes to heap
./errors_new.go:25:91: []error{...} escapes to heap
./errors_new.go:25:91: []error{...} escapes to heap
./errors_new.go:26:11: ... argument does not escape
./errors_new.go:26:18: "\n" escapes to heap
./errors_new.go:27:13: ... argument does not escape
./errors_new.go:27:24: fmt.Sprint(... argument...) escapes to heap
./errors_new.go:27:24: ... argument does not escape
./errors_new.go:27:45: fmt.Sprintln(... argument...) == "boom\n" escapes to heap
./errors_new.go:27:41: ... argument does not escape
./errors_new.go:27:69: fmt.Sprintf("[%v]", ... argument...) escapes to heap
./errors_new.go:27:69: ... argument does not escape
./errors_new.go:29:13: ... argument does not escape
./errors_new.go:29:19: a == any(e) escapes to heap
./errors_new.go:31:22: msg + "!" escapes to heap
./errors_new.go:32:13: ... argument does not escape
