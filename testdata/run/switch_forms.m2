./switch_forms.go:26:9: "bad day" escapes to heap:
./switch_forms.go:26:9:   flow: {heap} = &{storage for "bad day"}:
./switch_forms.go:26:9:     from "bad day" (spill) at ./switch_forms.go:26:9
./switch_forms.go:26:9:     from panic("bad day") (call parameter) at ./switch_forms.go:26:9
./switch_forms.go:26:9: "bad day" escapes to heap
./switch_forms.go:36:14: n escapes to heap:
./switch_forms.go:36:14:   flow: {storage for ... argument} = &{storage for n}:
./switch_forms.go:36:14:     from n (spill) at ./switch_forms.go:36:14
./switch_forms.go:36:14:     from ... argument (slice-literal-element) at ./switch_forms.go:36:13
./switch_forms.go:36:14:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:36:14:     from ... argument (spill) at ./switch_forms.go:36:13
./switch_forms.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:36:13
./switch_forms.go:36:14: "  eval case" escapes to heap:
./switch_forms.go:36:14:   flow: {storage for ... argument} = &{storage for "  eval case"}:
./switch_forms.go:36:14:     from "  eval case" (spill) at ./switch_forms.go:36:14
./switch_forms.go:36:14:     from ... argument (slice-literal-element) at ./switch_forms.go:36:13
./switch_forms.go:36:14:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:36:14:     from ... argument (spill) at ./switch_forms.go:36:13
./switch_forms.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:36:13
./switch_forms.go:36:13: ... argument does not escape
./switch_forms.go:36:14: "  eval case" escapes to heap
./switch_forms.go:36:14: n escapes to heap
./switch_forms.go:132:15: x escapes to heap:
./switch_forms.go:132:15:   flow: {storage for ... argument} = &{storage for x}:
./switch_forms.go:132:15:     from x (spill) at ./switch_forms.go:132:15
./switch_forms.go:132:15:     from ... argument (slice-literal-element) at ./switch_forms.go:132:15
./switch_forms.go:132:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:132:15:     from ... argument (spill) at ./switch_forms.go:132:15
./switch_forms.go:132:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:132:15
./switch_forms.go:132:15: y escapes to heap:
./switch_forms.go:132:15:   flow: {storage for ... argument} = &{storage for y}:
./switch_forms.go:132:15:     from y (spill) at ./switch_forms.go:132:15
./switch_forms.go:132:15:     from ... argument (slice-literal-element) at ./switch_forms.go:132:15
./switch_forms.go:132:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:132:15:     from ... argument (spill) at ./switch_forms.go:132:15
./switch_forms.go:132:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:132:15
./switch_forms.go:129:16: y escapes to heap:
./switch_forms.go:129:16:   flow: {storage for ... argument} = &{storage for y}:
./switch_forms.go:129:16:     from y (spill) at ./switch_forms.go:129:16
./switch_forms.go:129:16:     from ... argument (slice-literal-element) at ./switch_forms.go:129:15
./switch_forms.go:129:16:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:129:16:     from ... argument (spill) at ./switch_forms.go:129:15
./switch_forms.go:129:16:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:129:15
./switch_forms.go:129:16: "big" escapes to heap:
./switch_forms.go:129:16:   flow: {storage for ... argument} = &{storage for "big"}:
./switch_forms.go:129:16:     from "big" (spill) at ./switch_forms.go:129:16
./switch_forms.go:129:16:     from ... argument (slice-literal-element) at ./switch_forms.go:129:15
./switch_forms.go:129:16:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:129:16:     from ... argument (spill) at ./switch_forms.go:129:15
./switch_forms.go:129:16:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:129:15
./switch_forms.go:114:15: "2^40" escapes to heap:
./switch_forms.go:114:15:   flow: {storage for ... argument} = &{storage for "2^40"}:
./switch_forms.go:114:15:     from "2^40" (spill) at ./switch_forms.go:114:15
./switch_forms.go:114:15:     from ... argument (slice-literal-element) at ./switch_forms.go:114:14
./switch_forms.go:114:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:114:15:     from ... argument (spill) at ./switch_forms.go:114:14
./switch_forms.go:114:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:114:14
./switch_forms.go:109:15: "short" escapes to heap:
./switch_forms.go:109:15:   flow: {storage for ... argument} = &{storage for "short"}:
./switch_forms.go:109:15:     from "short" (spill) at ./switch_forms.go:109:15
./switch_forms.go:109:15:     from ... argument (slice-literal-element) at ./switch_forms.go:109:14
./switch_forms.go:109:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:109:15:     from ... argument (spill) at ./switch_forms.go:109:14
./switch_forms.go:109:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:109:14
./switch_forms.go:107:15: "long" escapes to heap:
./switch_forms.go:107:15:   flow: {storage for ... argument} = &{storage for "long"}:
./switch_forms.go:107:15:     from "long" (spill) at ./switch_forms.go:107:15
./switch_forms.go:107:15:     from ... argument (slice-literal-element) at ./switch_forms.go:107:14
./switch_forms.go:107:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:107:15:     from ... argument (spill) at ./switch_forms.go:107:14
./switch_forms.go:107:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:107:14
./switch_forms.go:103:15: "same pointer" escapes to heap:
./switch_forms.go:103:15:   flow: {storage for ... argument} = &{storage for "same pointer"}:
./switch_forms.go:103:15:     from "same pointer" (spill) at ./switch_forms.go:103:15
./switch_forms.go:103:15:     from ... argument (slice-literal-element) at ./switch_forms.go:103:14
./switch_forms.go:103:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:103:15:     from ... argument (spill) at ./switch_forms.go:103:14
./switch_forms.go:103:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:103:14
./switch_forms.go:101:15: "nil" escapes to heap:
./switch_forms.go:101:15:   flow: {storage for ... argument} = &{storage for "nil"}:
./switch_forms.go:101:15:     from "nil" (spill) at ./switch_forms.go:101:15
./switch_forms.go:101:15:     from ... argument (slice-literal-element) at ./switch_forms.go:101:14
./switch_forms.go:101:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:101:15:     from ... argument (spill) at ./switch_forms.go:101:14
./switch_forms.go:101:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:101:14
./switch_forms.go:95:15: "point 1 2" escapes to heap:
./switch_forms.go:95:15:   flow: {storage for ... argument} = &{storage for "point 1 2"}:
./switch_forms.go:95:15:     from "point 1 2" (spill) at ./switch_forms.go:95:15
./switch_forms.go:95:15:     from ... argument (slice-literal-element) at ./switch_forms.go:95:14
./switch_forms.go:95:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:95:15:     from ... argument (spill) at ./switch_forms.go:95:14
./switch_forms.go:95:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:95:14
./switch_forms.go:93:15: "swapped" escapes to heap:
./switch_forms.go:93:15:   flow: {storage for ... argument} = &{storage for "swapped"}:
./switch_forms.go:93:15:     from "swapped" (spill) at ./switch_forms.go:93:15
./switch_forms.go:93:15:     from ... argument (slice-literal-element) at ./switch_forms.go:93:14
./switch_forms.go:93:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:93:15:     from ... argument (spill) at ./switch_forms.go:93:14
./switch_forms.go:93:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:93:14
./switch_forms.go:86:15: "wrong: tag re-evaluated" escapes to heap:
./switch_forms.go:86:15:   flow: {storage for ... argument} = &{storage for "wrong: tag re-evaluated"}:
./switch_forms.go:86:15:     from "wrong: tag re-evaluated" (spill) at ./switch_forms.go:86:15
./switch_forms.go:86:15:     from ... argument (slice-literal-element) at ./switch_forms.go:86:14
./switch_forms.go:86:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:86:15:     from ... argument (spill) at ./switch_forms.go:86:14
./switch_forms.go:86:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:86:14
./switch_forms.go:84:15: n escapes to heap:
./switch_forms.go:84:15:   flow: {storage for ... argument} = &{storage for n}:
./switch_forms.go:84:15:     from n (spill) at ./switch_forms.go:84:15
./switch_forms.go:84:15:     from ... argument (slice-literal-element) at ./switch_forms.go:84:14
./switch_forms.go:84:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:84:15:     from ... argument (spill) at ./switch_forms.go:84:14
./switch_forms.go:84:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:84:14
./switch_forms.go:84:15: "n was 1, now" escapes to heap:
./switch_forms.go:84:15:   flow: {storage for ... argument} = &{storage for "n was 1, now"}:
./switch_forms.go:84:15:     from "n was 1, now" (spill) at ./switch_forms.go:84:15
./switch_forms.go:84:15:     from ... argument (slice-literal-element) at ./switch_forms.go:84:14
./switch_forms.go:84:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:84:15:     from ... argument (spill) at ./switch_forms.go:84:14
./switch_forms.go:84:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:84:14
./switch_forms.go:76:15: "not reached" escapes to heap:
./switch_forms.go:76:15:   flow: {storage for ... argument} = &{storage for "not reached"}:
./switch_forms.go:76:15:     from "not reached" (spill) at ./switch_forms.go:76:15
./switch_forms.go:76:15:     from ... argument (slice-literal-element) at ./switch_forms.go:76:14
./switch_forms.go:76:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:76:15:     from ... argument (spill) at ./switch_forms.go:76:14
./switch_forms.go:76:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:76:14
./switch_forms.go:74:41: "calls" escapes to heap:
./switch_forms.go:74:41:   flow: {storage for ... argument} = &{storage for "calls"}:
./switch_forms.go:74:41:     from "calls" (spill) at ./switch_forms.go:74:41
./switch_forms.go:74:41:     from ... argument (slice-literal-element) at ./switch_forms.go:74:14
./switch_forms.go:74:41:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:74:41:     from ... argument (spill) at ./switch_forms.go:74:14
./switch_forms.go:74:41:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:74:14
./switch_forms.go:74:15: calls escapes to heap:
./switch_forms.go:74:15:   flow: {storage for ... argument} = &{storage for calls}:
./switch_forms.go:74:15:     from calls (spill) at ./switch_forms.go:74:15
./switch_forms.go:74:15:     from ... argument (slice-literal-element) at ./switch_forms.go:74:14
./switch_forms.go:74:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:74:15:     from ... argument (spill) at ./switch_forms.go:74:14
./switch_forms.go:74:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:74:14
./switch_forms.go:74:15: "matched 2 after" escapes to heap:
./switch_forms.go:74:15:   flow: {storage for ... argument} = &{storage for "matched 2 after"}:
./switch_forms.go:74:15:     from "matched 2 after" (spill) at ./switch_forms.go:74:15
./switch_forms.go:74:15:     from ... argument (slice-literal-element) at ./switch_forms.go:74:14
./switch_forms.go:74:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:74:15:     from ... argument (spill) at ./switch_forms.go:74:14
./switch_forms.go:74:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:74:14
./switch_forms.go:68:15: "x marks" escapes to heap:
./switch_forms.go:68:15:   flow: {storage for ... argument} = &{storage for "x marks"}:
./switch_forms.go:68:15:     from "x marks" (spill) at ./switch_forms.go:68:15
./switch_forms.go:68:15:     from ... argument (slice-literal-element) at ./switch_forms.go:68:14
./switch_forms.go:68:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:68:15:     from ... argument (spill) at ./switch_forms.go:68:14
./switch_forms.go:68:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:68:14
./switch_forms.go:66:15: "vowel" escapes to heap:
./switch_forms.go:66:15:   flow: {storage for ... argument} = &{storage for "vowel"}:
./switch_forms.go:66:15:     from "vowel" (spill) at ./switch_forms.go:66:15
./switch_forms.go:66:15:     from ... argument (slice-literal-element) at ./switch_forms.go:66:14
./switch_forms.go:66:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:66:15:     from ... argument (spill) at ./switch_forms.go:66:14
./switch_forms.go:66:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:66:14
./switch_forms.go:60:16: "empty" escapes to heap:
./switch_forms.go:60:16:   flow: {storage for ... argument} = &{storage for "empty"}:
./switch_forms.go:60:16:     from "empty" (spill) at ./switch_forms.go:60:16
./switch_forms.go:60:16:     from ... argument (slice-literal-element) at ./switch_forms.go:60:15
./switch_forms.go:60:16:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:60:16:     from ... argument (spill) at ./switch_forms.go:60:15
./switch_forms.go:60:16:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:60:15
./switch_forms.go:58:19: "is c" escapes to heap:
./switch_forms.go:58:19:   flow: {storage for ... argument} = &{storage for "is c"}:
./switch_forms.go:58:19:     from "is c" (spill) at ./switch_forms.go:58:19
./switch_forms.go:58:19:     from ... argument (slice-literal-element) at ./switch_forms.go:58:15
./switch_forms.go:58:19:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:58:19:     from ... argument (spill) at ./switch_forms.go:58:15
./switch_forms.go:58:19:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:58:15
./switch_forms.go:58:15: s escapes to heap:
./switch_forms.go:58:15:   flow: {storage for ... argument} = &{storage for s}:
./switch_forms.go:58:15:     from s (spill) at ./switch_forms.go:58:15
./switch_forms.go:58:15:     from ... argument (slice-literal-element) at ./switch_forms.go:58:15
./switch_forms.go:58:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:58:15:     from ... argument (spill) at ./switch_forms.go:58:15
./switch_forms.go:58:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:58:15
./switch_forms.go:56:19: "is something else" escapes to heap:
./switch_forms.go:56:19:   flow: {storage for ... argument} = &{storage for "is something else"}:
./switch_forms.go:56:19:     from "is something else" (spill) at ./switch_forms.go:56:19
./switch_forms.go:56:19:     from ... argument (slice-literal-element) at ./switch_forms.go:56:15
./switch_forms.go:56:19:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:56:19:     from ... argument (spill) at ./switch_forms.go:56:15
./switch_forms.go:56:19:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:56:15
./switch_forms.go:56:15: s escapes to heap:
./switch_forms.go:56:15:   flow: {storage for ... argument} = &{storage for s}:
./switch_forms.go:56:15:     from s (spill) at ./switch_forms.go:56:15
./switch_forms.go:56:15:     from ... argument (slice-literal-element) at ./switch_forms.go:56:15
./switch_forms.go:56:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:56:15:     from ... argument (spill) at ./switch_forms.go:56:15
./switch_forms.go:56:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:56:15
./switch_forms.go:54:19: "is a or b" escapes to heap:
./switch_forms.go:54:19:   flow: {storage for ... argument} = &{storage for "is a or b"}:
./switch_forms.go:54:19:     from "is a or b" (spill) at ./switch_forms.go:54:19
./switch_forms.go:54:19:     from ... argument (slice-literal-element) at ./switch_forms.go:54:15
./switch_forms.go:54:19:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:54:19:     from ... argument (spill) at ./switch_forms.go:54:15
./switch_forms.go:54:19:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:54:15
./switch_forms.go:54:15: s escapes to heap:
./switch_forms.go:54:15:   flow: {storage for ... argument} = &{storage for s}:
./switch_forms.go:54:15:     from s (spill) at ./switch_forms.go:54:15
./switch_forms.go:54:15:     from ... argument (slice-literal-element) at ./switch_forms.go:54:15
./switch_forms.go:54:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:54:15:     from ... argument (spill) at ./switch_forms.go:54:15
./switch_forms.go:54:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:54:15
./switch_forms.go:47:22: name(d) escapes to heap:
./switch_forms.go:47:22:   flow: {storage for ... argument} = &{storage for name(d)}:
./switch_forms.go:47:22:     from name(d) (spill) at ./switch_forms.go:47:22
./switch_forms.go:47:22:     from ... argument (slice-literal-element) at ./switch_forms.go:47:14
./switch_forms.go:47:22:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:47:22:     from ... argument (spill) at ./switch_forms.go:47:14
./switch_forms.go:47:22:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:47:14
./switch_forms.go:47:14: d escapes to heap:
./switch_forms.go:47:14:   flow: {storage for ... argument} = &{storage for d}:
./switch_forms.go:47:14:     from d (spill) at ./switch_forms.go:47:14
./switch_forms.go:47:14:     from ... argument (slice-literal-element) at ./switch_forms.go:47:14
./switch_forms.go:47:14:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:47:14:     from ... argument (spill) at ./switch_forms.go:47:14
./switch_forms.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:47:14
./switch_forms.go:45:37: sign(9) escapes to heap:
./switch_forms.go:45:37:   flow: {storage for ... argument} = &{storage for sign(9)}:
./switch_forms.go:45:37:     from sign(9) (spill) at ./switch_forms.go:45:37
./switch_forms.go:45:37:     from ... argument (slice-literal-element) at ./switch_forms.go:45:13
./switch_forms.go:45:37:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:45:37:     from ... argument (spill) at ./switch_forms.go:45:13
./switch_forms.go:45:37:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:45:13
./switch_forms.go:45:28: sign(0) escapes to heap:
./switch_forms.go:45:28:   flow: {storage for ... argument} = &{storage for sign(0)}:
./switch_forms.go:45:28:     from sign(0) (spill) at ./switch_forms.go:45:28
./switch_forms.go:45:28:     from ... argument (slice-literal-element) at ./switch_forms.go:45:13
./switch_forms.go:45:28:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:45:28:     from ... argument (spill) at ./switch_forms.go:45:13
./switch_forms.go:45:28:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:45:13
./switch_forms.go:45:18: sign(-3) escapes to heap:
./switch_forms.go:45:18:   flow: {storage for ... argument} = &{storage for sign(-3)}:
./switch_forms.go:45:18:     from sign(-3) (spill) at ./switch_forms.go:45:18
./switch_forms.go:45:18:     from ... argument (slice-literal-element) at ./switch_forms.go:45:13
./switch_forms.go:45:18:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:45:18:     from ... argument (spill) at ./switch_forms.go:45:13
./switch_forms.go:45:18:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:45:13
./switch_forms.go:45:13: ... argument does not escape
./switch_forms.go:45:18: sign(-3) escapes to heap
./switch_forms.go:45:28: sign(0) escapes to heap
./switch_forms.go:45:37: sign(9) escapes to heap
./switch_forms.go:47:14: ... argument does not escape
./switch_forms.go:47:14: d escapes to heap
./switch_forms.go:47:22: name(d) escapes to heap
./switch_forms.go:51:28: []string{...} does not escape
./switch_forms.go:54:15: ... argument does not escape
./switch_forms.go:54:15: s escapes to heap
./switch_forms.go:54:19: "is a or b" escapes to heap
./switch_forms.go:56:15: ... argument does not escape
./switch_forms.go:56:15: s escapes to heap
./switch_forms.go:56:19: "is something else" escapes to heap
./switch_forms.go:58:15: ... argument does not escape
./switch_forms.go:58:15: s escapes to heap
./switch_forms.go:58:19: "is c" escapes to heap
./switch_forms.go:60:15: ... argument does not escape
./switch_forms.go:60:16: "empty" escapes to heap
./switch_forms.go:66:14: ... argument does not escape
./switch_forms.go:66:15: "vowel" escapes to heap
./switch_forms.go:68:14: ... argument does not escape
./switch_forms.go:68:15: "x marks" escapes to heap
./switch_forms.go:74:14: ... argument does not escape
./switch_forms.go:74:15: "matched 2 after" escapes to heap
./switch_forms.go:74:15: calls escapes to heap
./switch_forms.go:74:41: "calls" escapes to heap
./switch_forms.go:76:14: ... argument does not escape
./switch_forms.go:76:15: "not reached" escapes to heap
./switch_forms.go:84:14: ... argument does not escape
./switch_forms.go:84:15: "n was 1, now" escapes to heap
./switch_forms.go:84:15: n escapes to heap
./switch_forms.go:86:14: ... argument does not escape
./switch_forms.go:86:15: "wrong: tag re-evaluated" escapes to heap
./switch_forms.go:93:14: ... argument does not escape
./switch_forms.go:93:15: "swapped" escapes to heap
./switch_forms.go:95:14: ... argument does not escape
./switch_forms.go:95:15: "point 1 2" escapes to heap
./switch_forms.go:101:14: ... argument does not escape
./switch_forms.go:101:15: "nil" escapes to heap
./switch_forms.go:103:14: ... argument does not escape
./switch_forms.go:103:15: "same pointer" escapes to heap
./switch_forms.go:107:14: ... argument does not escape
./switch_forms.go:107:15: "long" escapes to heap
./switch_forms.go:109:14: ... argument does not escape
./switch_forms.go:109:15: "short" escapes to heap
./switch_forms.go:114:14: ... argument does not escape
./switch_forms.go:114:15: "2^40" escapes to heap
./switch_forms.go:129:15: ... argument does not escape
./switch_forms.go:129:16: "big" escapes to heap
./switch_forms.go:129:16: y escapes to heap
./switch_forms.go:132:15: ... argument does not escape
./switch_forms.go:132:15: y escapes to heap
./switch_forms.go:132:15: x escapes to heap
