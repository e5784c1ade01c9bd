./big_literals.go:33:17: t escapes to heap:
./big_literals.go:33:17:   flow: {storage for ... argument} = &{storage for t}:
./big_literals.go:33:17:     from t (spill) at ./big_literals.go:33:17
./big_literals.go:33:17:     from ... argument (slice-literal-element) at ./big_literals.go:33:13
./big_literals.go:33:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:33:17:     from ... argument (spill) at ./big_literals.go:33:13
./big_literals.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:33:13
./big_literals.go:33:17: len(local) escapes to heap:
./big_literals.go:33:17:   flow: {storage for ... argument} = &{storage for len(local)}:
./big_literals.go:33:17:     from len(local) (spill) at ./big_literals.go:33:17
./big_literals.go:33:17:     from ... argument (slice-literal-element) at ./big_literals.go:33:13
./big_literals.go:33:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:33:17:     from ... argument (spill) at ./big_literals.go:33:13
./big_literals.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:33:13
./big_literals.go:27:32: words[299] escapes to heap:
./big_literals.go:27:32:   flow: {storage for ... argument} = &{storage for words[299]}:
./big_literals.go:27:32:     from words[299] (spill) at ./big_literals.go:27:32
./big_literals.go:27:32:     from ... argument (slice-literal-element) at ./big_literals.go:27:13
./big_literals.go:27:32:   flow: {heap} = {storage for ... argument}:
./big_literals.go:27:32:     from ... argument (spill) at ./big_literals.go:27:13
./big_literals.go:27:32:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:27:13
./big_literals.go:27:22: words[0] escapes to heap:
./big_literals.go:27:22:   flow: {storage for ... argument} = &{storage for words[0]}:
./big_literals.go:27:22:     from words[0] (spill) at ./big_literals.go:27:22
./big_literals.go:27:22:     from ... argument (slice-literal-element) at ./big_literals.go:27:13
./big_literals.go:27:22:   flow: {heap} = {storage for ... argument}:
./big_literals.go:27:22:     from ... argument (spill) at ./big_literals.go:27:13
./big_literals.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:27:13
./big_literals.go:27:13: n escapes to heap:
./big_literals.go:27:13:   flow: {storage for ... argument} = &{storage for n}:
./big_literals.go:27:13:     from n (spill) at ./big_literals.go:27:13
./big_literals.go:27:13:     from ... argument (slice-literal-element) at ./big_literals.go:27:13
./big_literals.go:27:13:   flow: {heap} = {storage for ... argument}:
./big_literals.go:27:13:     from ... argument (spill) at ./big_literals.go:27:13
./big_literals.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:27:13
./big_literals.go:22:35: pts[499] escapes to heap:
./big_literals.go:22:35:   flow: {storage for ... argument} = &{storage for pts[499]}:
./big_literals.go:22:35:     from pts[499] (spill) at ./big_literals.go:22:35
./big_literals.go:22:35:     from ... argument (slice-literal-element) at ./big_literals.go:22:13
./big_literals.go:22:35:   flow: {heap} = {storage for ... argument}:
./big_literals.go:22:35:     from ... argument (spill) at ./big_literals.go:22:13
./big_literals.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:22:13
./big_literals.go:22:17: sy escapes to heap:
./big_literals.go:22:17:   flow: {storage for ... argument} = &{storage for sy}:
./big_literals.go:22:17:     from sy (spill) at ./big_literals.go:22:17
./big_literals.go:22:17:     from ... argument (slice-literal-element) at ./big_literals.go:22:13
./big_literals.go:22:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:22:17:     from ... argument (spill) at ./big_literals.go:22:13
./big_literals.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:22:13
./big_literals.go:22:17: sx escapes to heap:
./big_literals.go:22:17:   flow: {storage for ... argument} = &{storage for sx}:
./big_literals.go:22:17:     from sx (spill) at ./big_literals.go:22:17
./big_literals.go:22:17:     from ... argument (slice-literal-element) at ./big_literals.go:22:13
./big_literals.go:22:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:22:17:     from ... argument (spill) at ./big_literals.go:22:13
./big_literals.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:22:13
./big_literals.go:22:17: len(pts) escapes to heap:
./big_literals.go:22:17:   flow: {storage for ... argument} = &{storage for len(pts)}:
./big_literals.go:22:17:     from len(pts) (spill) at ./big_literals.go:22:17
./big_literals.go:22:17:     from ... argument (slice-literal-element) at ./big_literals.go:22:13
./big_literals.go:22:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:22:17:     from ... argument (spill) at ./big_literals.go:22:13
./big_literals.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:22:13
./big_literals.go:16:34: table[2999] escapes to heap:
./big_literals.go:16:34:   flow: {storage for ... argument} = &{storage for table[2999]}:
./big_literals.go:16:34:     from table[2999] (spill) at ./big_literals.go:16:34
./big_literals.go:16:34:     from ... argument (slice-literal-element) at ./big_literals.go:16:13
./big_literals.go:16:34:   flow: {heap} = {storage for ... argument}:
./big_literals.go:16:34:     from ... argument (spill) at ./big_literals.go:16:13
./big_literals.go:16:34:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:16:13
./big_literals.go:16:17: s escapes to heap:
./big_literals.go:16:17:   flow: {storage for ... argument} = &{storage for s}:
./big_literals.go:16:17:     from s (spill) at ./big_literals.go:16:17
./big_literals.go:16:17:     from ... argument (slice-literal-element) at ./big_literals.go:16:13
./big_literals.go:16:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:16:17:     from ... argument (spill) at ./big_literals.go:16:13
./big_literals.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:16:13
./big_literals.go:16:17: len(table) escapes to heap:
./big_literals.go:16:17:   flow: {storage for ... argument} = &{storage for len(table)}:
./big_literals.go:16:17:     from len(table) (spill) at ./big_literals.go:16:17
./big_literals.go:16:17:     from ... argument (slice-literal-element) at ./big_literals.go:16:13
./big_literals.go:16:17:   flow: {heap} = {storage for ... argument}:
./big_literals.go:16:17:     from ... argument (spill) at ./big_literals.go:16:13
./big_literals.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./big_literals.go:16:13
./big_literals.go:16:13: ... argument does not escape
./big_literals.go:16:17: len(table) escapes to heap
./big_literals.go:16:17: s escapes to heap
./big_literals.go:16:34: table[2999] escapes to heap
./big_literals.go:22:13: ... argument does not escape
./big_literals.go:22:17: len(pts) escapes to heap
./big_literals.go:22:17: sx escapes to heap
./big_literals.go:22:17: sy escapes to heap
./big_literals.go:22:35: pts[499] escapes to heap
./big_literals.go:27:13: ... argument does not escape
./big_literals.go:27:13: n escapes to heap
./big_literals.go:27:22: words[0] escapes to heap
./big_literals.go:27:32: words[299] escapes to heap
./big_literals.go:33:13: ... argument does not escape
./big_literals.go:33:17: len(local) escapes to heap
./big_literals.go:33:17: t escapes to heap
