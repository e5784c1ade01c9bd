./fmt_errors.go:18:7: parameter e leaks to ~r0 with derefs=1:
./fmt_errors.go:18:7:   flow: ~r0 = *e:
./fmt_errors.go:18:7:     from e.msg (dot of pointer) at ./fmt_errors.go:18:38
./fmt_errors.go:18:7:     from return e.msg (return) at ./fmt_errors.go:18:30
./fmt_errors.go:18:7: leaking param: e to result ~r0 level=1
./fmt_errors.go:21:26: string(b) escapes to heap:
./fmt_errors.go:21:26:   flow: {heap} = &{storage for string(b)}:
./fmt_errors.go:21:26:     from string(b) (spill) at ./fmt_errors.go:21:26
./fmt_errors.go:21:26:     from errors.New(string(b)) (call parameter) at ./fmt_errors.go:21:19
./fmt_errors.go:20:19: b does not escape
./fmt_errors.go:21:26: string(b) escapes to heap
./fmt_errors.go:25:22: a + b escapes to heap:
./fmt_errors.go:25:22:   flow: {heap} = &{storage for a + b}:
./fmt_errors.go:25:22:     from a + b (spill) at ./fmt_errors.go:25:22
./fmt_errors.go:25:22:     from errors.New(a + b) (call parameter) at ./fmt_errors.go:25:19
./fmt_errors.go:24:20: a does not escape
./fmt_errors.go:24:23: b does not escape
./fmt_errors.go:25:22: a + b escapes to heap
./fmt_errors.go:29:21: n escapes to heap:
./fmt_errors.go:29:21:   flow: {storage for ... argument} = &{storage for n}:
./fmt_errors.go:29:21:     from n (spill) at ./fmt_errors.go:29:21
./fmt_errors.go:29:21:     from ... argument (slice-literal-element) at ./fmt_errors.go:29:19
./fmt_errors.go:29:21:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:29:21:     from ... argument (spill) at ./fmt_errors.go:29:19
./fmt_errors.go:29:21:     from fmt.Errorf(a + "!", ... argument...) (call parameter) at ./fmt_errors.go:29:19
./fmt_errors.go:28:19: a does not escape
./fmt_errors.go:29:21: a + "!" does not escape
./fmt_errors.go:29:19: ... argument does not escape
./fmt_errors.go:29:21: n escapes to heap
./fmt_errors.go:32:17: parameter err leaks to {heap} with derefs=0:
./fmt_errors.go:32:17:   flow: {storage for ... argument} = err:
./fmt_errors.go:32:17:     from err (interface-converted) at ./fmt_errors.go:33:20
./fmt_errors.go:32:17:     from ... argument (slice-literal-element) at ./fmt_errors.go:33:19
./fmt_errors.go:32:17:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:32:17:     from ... argument (spill) at ./fmt_errors.go:33:19
./fmt_errors.go:32:17:     from fmt.Errorf("ctx: %w", ... argument...) (call parameter) at ./fmt_errors.go:33:19
./fmt_errors.go:32:17: leaking param: err
./fmt_errors.go:33:19: ... argument does not escape
./fmt_errors.go:37:7: &E{...} escapes to heap:
./fmt_errors.go:37:7:   flow: e = &{storage for &E{...}}:
./fmt_errors.go:37:7:     from &E{...} (spill) at ./fmt_errors.go:37:7
./fmt_errors.go:37:7:     from e := &E{...} (assign) at ./fmt_errors.go:37:4
./fmt_errors.go:37:7:   flow: {heap} = e:
./fmt_errors.go:37:7:     from e (interface-converted) at ./fmt_errors.go:38:22
./fmt_errors.go:37:7:     from errors.Unwrap(e) (call parameter) at ./fmt_errors.go:38:22
./fmt_errors.go:37:7: &E{...} escapes to heap
./fmt_errors.go:43:7: &E{...} escapes to heap:
./fmt_errors.go:43:7:   flow: t = &{storage for &E{...}}:
./fmt_errors.go:43:7:     from &E{...} (spill) at ./fmt_errors.go:43:7
./fmt_errors.go:43:7:     from t := &E{...} (assign) at ./fmt_errors.go:43:4
./fmt_errors.go:43:7:   flow: {heap} = t:
./fmt_errors.go:43:7:     from t (interface-converted) at ./fmt_errors.go:44:18
./fmt_errors.go:43:7:     from errors.Is(e, t) (call parameter) at ./fmt_errors.go:44:18
./fmt_errors.go:42:7: &E{...} escapes to heap:
./fmt_errors.go:42:7:   flow: e = &{storage for &E{...}}:
./fmt_errors.go:42:7:     from &E{...} (spill) at ./fmt_errors.go:42:7
./fmt_errors.go:42:7:     from e := &E{...} (assign) at ./fmt_errors.go:42:4
./fmt_errors.go:42:7:   flow: {heap} = e:
./fmt_errors.go:42:7:     from e (interface-converted) at ./fmt_errors.go:44:18
./fmt_errors.go:42:7:     from errors.Is(e, t) (call parameter) at ./fmt_errors.go:44:18
./fmt_errors.go:42:7: &E{...} escapes to heap
./fmt_errors.go:43:7: &E{...} escapes to heap
./fmt_errors.go:50:14: x escapes to heap:
./fmt_errors.go:50:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_errors.go:50:14:     from x (spill) at ./fmt_errors.go:50:14
./fmt_errors.go:50:14:     from ... argument (slice-literal-element) at ./fmt_errors.go:50:14
./fmt_errors.go:50:14:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:50:14:     from ... argument (spill) at ./fmt_errors.go:50:14
./fmt_errors.go:50:14:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at ./fmt_errors.go:50:14
./fmt_errors.go:48:2: x escapes to heap:
./fmt_errors.go:48:2:   flow: {storage for ... argument} = &x:
./fmt_errors.go:48:2:     from &x (address-of) at ./fmt_errors.go:49:35
./fmt_errors.go:48:2:     from &x (interface-converted) at ./fmt_errors.go:49:35
./fmt_errors.go:48:2:     from ... argument (slice-literal-element) at ./fmt_errors.go:49:13
./fmt_errors.go:48:2:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:48:2:     from ... argument (spill) at ./fmt_errors.go:49:13
./fmt_errors.go:48:2:     from fmt.Fprintf(os.Stderr, a + "%d\n", ... argument...) (call parameter) at ./fmt_errors.go:49:13
./fmt_errors.go:47:19: a does not escape
./fmt_errors.go:48:2: moved to heap: x
./fmt_errors.go:49:26: a + "%d\n" does not escape
./fmt_errors.go:49:13: ... argument does not escape
./fmt_errors.go:50:14: ... argument does not escape
./fmt_errors.go:50:14: x escapes to heap
./fmt_errors.go:54:19: n escapes to heap:
./fmt_errors.go:54:19:   flow: {storage for ... argument} = &{storage for n}:
./fmt_errors.go:54:19:     from n (spill) at ./fmt_errors.go:54:19
./fmt_errors.go:54:19:     from ... argument (slice-literal-element) at ./fmt_errors.go:54:19
./fmt_errors.go:54:19:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:54:19:     from ... argument (spill) at ./fmt_errors.go:54:19
./fmt_errors.go:54:19:     from fmt.Fprint(os.Stdout, ... argument...) (call parameter) at ./fmt_errors.go:54:19
./fmt_errors.go:54:19: ... argument does not escape
./fmt_errors.go:54:19: n escapes to heap
./fmt_errors.go:61:13: n escapes to heap:
./fmt_errors.go:61:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_errors.go:61:13:     from n (spill) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13:     from ... argument (slice-literal-element) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:61:13:     from ... argument (spill) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13: n escapes to heap:
./fmt_errors.go:61:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_errors.go:61:13:     from n (spill) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13:     from ... argument (slice-literal-element) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:61:13:     from ... argument (spill) at ./fmt_errors.go:61:13
./fmt_errors.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:61:13
./fmt_errors.go:60:13: n escapes to heap:
./fmt_errors.go:60:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_errors.go:60:13:     from n (spill) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13:     from ... argument (slice-literal-element) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:60:13:     from ... argument (spill) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13: os.Args escapes to heap:
./fmt_errors.go:60:13:   flow: {storage for ... argument} = &{storage for os.Args}:
./fmt_errors.go:60:13:     from os.Args (spill) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13:     from ... argument (slice-literal-element) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:60:13:     from ... argument (spill) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:60:13
./fmt_errors.go:60:13: ... argument does not escape
./fmt_errors.go:60:13: os.Args escapes to heap
./fmt_errors.go:60:13: n escapes to heap
./fmt_errors.go:61:13: ... argument does not escape
./fmt_errors.go:61:13: n escapes to heap
./fmt_errors.go:61:13: n escapes to heap
