./errorf.go:37:15: "is base" escapes to heap:
./errorf.go:37:15:   flow: {storage for ... argument} = &{storage for "is base"}:
./errorf.go:37:15:     from "is base" (spill) at ./errorf.go:37:15
./errorf.go:37:15:     from ... argument (slice-literal-element) at ./errorf.go:37:14
./errorf.go:37:15:   flow: {heap} = {storage for ... argument}:
./errorf.go:37:15:     from ... argument (spill) at ./errorf.go:37:14
./errorf.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:37:14
./errorf.go:32:34: fmt.Errorf("%w", ... argument...) == fmt.Errorf("%w", ... argument...) escapes to heap:
./errorf.go:32:34:   flow: {storage for ... argument} = &{storage for fmt.Errorf("%w", ... argument...) == fmt.Errorf("%w", ... argument...)}:
./errorf.go:32:34:     from fmt.Errorf("%w", ... argument...) == fmt.Errorf("%w", ... argument...) (spill) at ./errorf.go:32:34
./errorf.go:32:34:     from ... argument (slice-literal-element) at ./errorf.go:32:13
./errorf.go:32:34:   flow: {heap} = {storage for ... argument}:
./errorf.go:32:34:     from ... argument (spill) at ./errorf.go:32:13
./errorf.go:32:34:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:32:13
./errorf.go:29:25: fmt.Sprintf("%w", ... argument...) escapes to heap:
./errorf.go:29:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%w", ... argument...)}:
./errorf.go:29:25:     from fmt.Sprintf("%w", ... argument...) (spill) at ./errorf.go:29:25
./errorf.go:29:25:     from ... argument (slice-literal-element) at ./errorf.go:29:13
./errorf.go:29:25:   flow: {heap} = {storage for ... argument}:
./errorf.go:29:25:     from ... argument (spill) at ./errorf.go:29:13
./errorf.go:29:25:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:29:13
./errorf.go:28:40: 5 escapes to heap:
./errorf.go:28:40:   flow: {storage for ... argument} = &{storage for 5}:
./errorf.go:28:40:     from 5 (spill) at ./errorf.go:28:40
./errorf.go:28:40:     from ... argument (slice-literal-element) at ./errorf.go:28:24
./errorf.go:28:40:   flow: {heap} = {storage for ... argument}:
./errorf.go:28:40:     from ... argument (spill) at ./errorf.go:28:24
./errorf.go:28:40:     from fmt.Errorf("%[2]w %[1]d", ... argument...) (call parameter) at ./errorf.go:28:24
./errorf.go:27:22: nv.Error() escapes to heap:
./errorf.go:27:22:   flow: {storage for ... argument} = &{storage for nv.Error()}:
./errorf.go:27:22:     from nv.Error() (spill) at ./errorf.go:27:22
./errorf.go:27:22:     from ... argument (slice-literal-element) at ./errorf.go:27:13
./errorf.go:27:22:   flow: {heap} = {storage for ... argument}:
./errorf.go:27:22:     from ... argument (spill) at ./errorf.go:27:13
./errorf.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:27:13
./errorf.go:20:38: "notanerror" escapes to heap:
./errorf.go:20:38:   flow: {storage for ... argument} = &{storage for "notanerror"}:
./errorf.go:20:38:     from "notanerror" (spill) at ./errorf.go:20:38
./errorf.go:20:38:     from ... argument (slice-literal-element) at ./errorf.go:20:31
./errorf.go:20:38:   flow: {heap} = {storage for ... argument}:
./errorf.go:20:38:     from ... argument (spill) at ./errorf.go:20:31
./errorf.go:20:38:     from fmt.Errorf("%w", ... argument...) (call parameter) at ./errorf.go:20:31
./errorf.go:19:31: "notanerror" escapes to heap:
./errorf.go:19:31:   flow: {storage for ... argument} = &{storage for "notanerror"}:
./errorf.go:19:31:     from "notanerror" (spill) at ./errorf.go:19:31
./errorf.go:19:31:     from ... argument (slice-literal-element) at ./errorf.go:19:24
./errorf.go:19:31:   flow: {heap} = {storage for ... argument}:
./errorf.go:19:31:     from ... argument (spill) at ./errorf.go:19:24
./errorf.go:19:31:     from fmt.Errorf("%w", ... argument...) (call parameter) at ./errorf.go:19:24
./errorf.go:17:38: 2 escapes to heap:
./errorf.go:17:38:   flow: {storage for ... argument} = &{storage for 2}:
./errorf.go:17:38:     from 2 (spill) at ./errorf.go:17:38
./errorf.go:17:38:     from ... argument (slice-literal-element) at ./errorf.go:17:17
./errorf.go:17:38:   flow: {heap} = {storage for ... argument}:
./errorf.go:17:38:     from ... argument (spill) at ./errorf.go:17:17
./errorf.go:17:38:     from fmt.Errorf("plain %s %d", ... argument...) (call parameter) at ./errorf.go:17:17
./errorf.go:17:33: "x" escapes to heap:
./errorf.go:17:33:   flow: {storage for ... argument} = &{storage for "x"}:
./errorf.go:17:33:     from "x" (spill) at ./errorf.go:17:33
./errorf.go:17:33:     from ... argument (slice-literal-element) at ./errorf.go:17:17
./errorf.go:17:33:   flow: {heap} = {storage for ... argument}:
./errorf.go:17:33:     from ... argument (spill) at ./errorf.go:17:17
./errorf.go:17:33:     from fmt.Errorf("plain %s %d", ... argument...) (call parameter) at ./errorf.go:17:17
./errorf.go:16:72: errors.Unwrap(errors.Unwrap(ww)) == base escapes to heap:
./errorf.go:16:72:   flow: {storage for ... argument} = &{storage for errors.Unwrap(errors.Unwrap(ww)) == base}:
./errorf.go:16:72:     from errors.Unwrap(errors.Unwrap(ww)) == base (spill) at ./errorf.go:16:72
./errorf.go:16:72:     from ... argument (slice-literal-element) at ./errorf.go:16:13
./errorf.go:16:72:   flow: {heap} = {storage for ... argument}:
./errorf.go:16:72:     from ... argument (spill) at ./errorf.go:16:13
./errorf.go:16:72:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:16:13
./errorf.go:16:27: errors.Is(ww, base) escapes to heap:
./errorf.go:16:27:   flow: {storage for ... argument} = &{storage for errors.Is(ww, base)}:
./errorf.go:16:27:     from errors.Is(ww, base) (spill) at ./errorf.go:16:27
./errorf.go:16:27:     from ... argument (slice-literal-element) at ./errorf.go:16:13
./errorf.go:16:27:   flow: {heap} = {storage for ... argument}:
./errorf.go:16:27:     from ... argument (spill) at ./errorf.go:16:13
./errorf.go:16:27:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:16:13
./errorf.go:14:121: errors.Is(w, nil) escapes to heap:
./errorf.go:14:121:   flow: {storage for ... argument} = &{storage for errors.Is(w, nil)}:
./errorf.go:14:121:     from errors.Is(w, nil) (spill) at ./errorf.go:14:121
./errorf.go:14:121:     from ... argument (slice-literal-element) at ./errorf.go:14:13
./errorf.go:14:121:   flow: {heap} = {storage for ... argument}:
./errorf.go:14:121:     from ... argument (spill) at ./errorf.go:14:13
./errorf.go:14:121:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:14:13
./errorf.go:14:100: errors.Is(nil, nil) escapes to heap:
./errorf.go:14:100:   flow: {storage for ... argument} = &{storage for errors.Is(nil, nil)}:
./errorf.go:14:100:     from errors.Is(nil, nil) (spill) at ./errorf.go:14:100
./errorf.go:14:100:     from ... argument (slice-literal-element) at ./errorf.go:14:13
./errorf.go:14:100:   flow: {heap} = {storage for ... argument}:
./errorf.go:14:100:     from ... argument (spill) at ./errorf.go:14:13
./errorf.go:14:100:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:14:13
./errorf.go:14:77: errors.Is(base, base) escapes to heap:
./errorf.go:14:77:   flow: {storage for ... argument} = &{storage for errors.Is(base, base)}:
./errorf.go:14:77:     from errors.Is(base, base) (spill) at ./errorf.go:14:77
./errorf.go:14:77:     from ... argument (slice-literal-element) at ./errorf.go:14:13
./errorf.go:14:77:   flow: {heap} = {storage for ... argument}:
./errorf.go:14:77:     from ... argument (spill) at ./errorf.go:14:13
./errorf.go:14:77:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:14:13
./errorf.go:14:43: errors.Is(w, errors.New("base")) escapes to heap:
./errorf.go:14:43:   flow: {storage for ... argument} = &{storage for errors.Is(w, errors.New("base"))}:
./errorf.go:14:43:     from errors.Is(w, errors.New("base")) (spill) at ./errorf.go:14:43
./errorf.go:14:43:     from ... argument (slice-literal-element) at ./errorf.go:14:13
./errorf.go:14:43:   flow: {heap} = {storage for ... argument}:
./errorf.go:14:43:     from ... argument (spill) at ./errorf.go:14:13
./errorf.go:14:43:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:14:13
./errorf.go:14:23: errors.Is(w, base) escapes to heap:
./errorf.go:14:23:   flow: {storage for ... argument} = &{storage for errors.Is(w, base)}:
./errorf.go:14:23:     from errors.Is(w, base) (spill) at ./errorf.go:14:23
./errorf.go:14:23:     from ... argument (slice-literal-element) at ./errorf.go:14:13
./errorf.go:14:23:   flow: {heap} = {storage for ... argument}:
./errorf.go:14:23:     from ... argument (spill) at ./errorf.go:14:13
./errorf.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:14:13
./errorf.go:13:87: errors.Unwrap(nil) == nil escapes to heap:
./errorf.go:13:87:   flow: {storage for ... argument} = &{storage for errors.Unwrap(nil) == nil}:
./errorf.go:13:87:     from errors.Unwrap(nil) == nil (spill) at ./errorf.go:13:87
./errorf.go:13:87:     from ... argument (slice-literal-element) at ./errorf.go:13:13
./errorf.go:13:87:   flow: {heap} = {storage for ... argument}:
./errorf.go:13:87:     from ... argument (spill) at ./errorf.go:13:13
./errorf.go:13:87:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:13:13
./errorf.go:13:60: errors.Unwrap(base) == nil escapes to heap:
./errorf.go:13:60:   flow: {storage for ... argument} = &{storage for errors.Unwrap(base) == nil}:
./errorf.go:13:60:     from errors.Unwrap(base) == nil (spill) at ./errorf.go:13:60
./errorf.go:13:60:     from ... argument (slice-literal-element) at ./errorf.go:13:13
./errorf.go:13:60:   flow: {heap} = {storage for ... argument}:
./errorf.go:13:60:     from ... argument (spill) at ./errorf.go:13:13
./errorf.go:13:60:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:13:13
./errorf.go:13:31: errors.Unwrap(w) == base escapes to heap:
./errorf.go:13:31:   flow: {storage for ... argument} = &{storage for errors.Unwrap(w) == base}:
./errorf.go:13:31:     from errors.Unwrap(w) == base (spill) at ./errorf.go:13:31
./errorf.go:13:31:     from ... argument (slice-literal-element) at ./errorf.go:13:13
./errorf.go:13:31:   flow: {heap} = {storage for ... argument}:
./errorf.go:13:31:     from ... argument (spill) at ./errorf.go:13:13
./errorf.go:13:31:     from fmt.Println(... argument...) (call parameter) at ./errorf.go:13:13
./errorf.go:10:33: 1 escapes to heap:
./errorf.go:10:33:   flow: {storage for ... argument} = &{storage for 1}:
./errorf.go:10:33:     from 1 (spill) at ./errorf.go:10:33
./errorf.go:10:33:     from ... argument (slice-literal-element) at ./errorf.go:10:17
./errorf.go:10:33:   flow: {heap} = {storage for ... argument}:
./errorf.go:10:33:     from ... argument (spill) at ./errorf.go:10:17
./errorf.go:10:33:     from fmt.Errorf("wrap %d: %w", ... argument...) (call parameter) at ./errorf.go:10:17
./errorf.go:10:17: ... argument does not escape
./errorf.go:10:33: 1 escapes to heap
./errorf.go:11:13: ... argument does not escape
./errorf.go:12:12: ... argument does not escape
./errorf.go:13:13: ... argument does not escape
./errorf.go:13:31: errors.Unwrap(w) == base escapes to heap
./errorf.go:13:60: errors.Unwrap(base) == nil escapes to heap
./errorf.go:13:87: errors.Unwrap(nil) == nil escapes to heap
./errorf.go:14:13: ... argument does not escape
./errorf.go:14:23: errors.Is(w, base) escapes to heap
./errorf.go:14:43: errors.Is(w, errors.New("base")) escapes to heap
./errorf.go:14:77: errors.Is(base, base) escapes to heap
./errorf.go:14:100: errors.Is(nil, nil) escapes to heap
./errorf.go:14:121: errors.Is(w, nil) escapes to heap
./errorf.go:15:18: ... argument does not escape
./errorf.go:16:13: ... argument does not escape
./errorf.go:16:27: errors.Is(ww, base) escapes to heap
./errorf.go:16:72: errors.Unwrap(errors.Unwrap(ww)) == base escapes to heap
./errorf.go:17:17: ... argument does not escape
./errorf.go:17:33: "x" escapes to heap
./errorf.go:17:38: 2 escapes to heap
./errorf.go:18:12: ... argument does not escape
./errorf.go:19:13: ... argument does not escape
./errorf.go:19:24: ... argument does not escape
./errorf.go:19:31: "notanerror" escapes to heap
./errorf.go:20:12: ... argument does not escape
./errorf.go:20:31: ... argument does not escape
./errorf.go:20:38: "notanerror" escapes to heap
./errorf.go:21:13: ... argument does not escape
./errorf.go:21:24: ... argument does not escape
./errorf.go:22:12: ... argument does not escape
./errorf.go:22:31: ... argument does not escape
./errorf.go:23:13: ... argument does not escape
./errorf.go:23:24: ... argument does not escape
./errorf.go:24:12: ... argument does not escape
./errorf.go:24:31: ... argument does not escape
./errorf.go:25:13: ... argument does not escape
./errorf.go:25:24: ... argument does not escape
./errorf.go:27:13: ... argument does not escape
./errorf.go:27:22: nv.Error() escapes to heap
./errorf.go:28:13: ... argument does not escape
./errorf.go:28:24: ... argument does not escape
./errorf.go:28:40: 5 escapes to heap
./errorf.go:29:13: ... argument does not escape
./errorf.go:29:25: fmt.Sprintf("%w", ... argument...) escapes to heap
./errorf.go:29:25: ... argument does not escape
./errorf.go:30:12: ... argument does not escape
./errorf.go:31:13: ... argument does not escape
./errorf.go:31:24: ... argument does not escape
./errorf.go:32:13: ... argument does not escape
./errorf.go:32:34: fmt.Errorf("%w", ... argument...) == fmt.Errorf("%w", ... argument...) escapes to heap
./errorf.go:32:24: ... argument does not escape
./errorf.go:32:47: ... argument does not escape
./errorf.go:33:13: ... argument does not escape
./errorf.go:34:12: ... argument does not escape
./errorf.go:35:26: ... argument does not escape
./errorf.go:37:14: ... argument does not escape
./errorf.go:37:15: "is base" escapes to heap
