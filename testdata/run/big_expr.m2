./big_expr.go:34:13: x escapes to heap:
./big_expr.go:34:13:   flow: {storage for ... argument} = &{storage for x}:
./big_expr.go:34:13:     from x (spill) at ./big_expr.go:34:13
./big_expr.go:34:13:     from ... argument (slice-literal-element) at ./big_expr.go:34:13
./big_expr.go:34:13:   flow: {heap} = {storage for ... argument}:
./big_expr.go:34:13:     from ... argument (spill) at ./big_expr.go:34:13
./big_expr.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./big_expr.go:34:13
./big_expr.go:31:13: w escapes to heap:
./big_expr.go:31:13:   flow: {storage for ... argument} = &{storage for w}:
./big_expr.go:31:13:     from w (spill) at ./big_expr.go:31:13
./big_expr.go:31:13:     from ... argument (slice-literal-element) at ./big_expr.go:31:13
./big_expr.go:31:13:   flow: {heap} = {storage for ... argument}:
./big_expr.go:31:13:     from ... argument (spill) at ./big_expr.go:31:13
./big_expr.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./big_expr.go:31:13
./big_expr.go:31:13: v escapes to heap:
./big_expr.go:31:13:   flow: {storage for ... argument} = &{storage for v}:
./big_expr.go:31:13:     from v (spill) at ./big_expr.go:31:13
./big_expr.go:31:13:     from ... argument (slice-literal-element) at ./big_expr.go:31:13
./big_expr.go:31:13:   flow: {heap} = {storage for ... argument}:
./big_expr.go:31:13:     from ... argument (spill) at ./big_expr.go:31:13
./big_expr.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./big_expr.go:31:13
./big_expr.go:27:13: cnt escapes to heap:
./big_expr.go:27:13:   flow: {storage for ... argument} = &{storage for cnt}:
./big_expr.go:27:13:     from cnt (spill) at ./big_expr.go:27:13
./big_expr.go:27:13:     from ... argument (slice-literal-element) at ./big_expr.go:27:13
./big_expr.go:27:13:   flow: {heap} = {storage for ... argument}:
./big_expr.go:27:13:     from ... argument (spill) at ./big_expr.go:27:13
./big_expr.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./big_expr.go:27:13
./big_expr.go:18:13: t escapes to heap:
./big_expr.go:18:13:   flow: {storage for ... argument} = &{storage for t}:
./big_expr.go:18:13:     from t (spill) at ./big_expr.go:18:13
./big_expr.go:18:13:     from ... argument (slice-literal-element) at ./big_expr.go:18:13
./big_expr.go:18:13:   flow: {heap} = {storage for ... argument}:
./big_expr.go:18:13:     from ... argument (spill) at ./big_expr.go:18:13
./big_expr.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./big_expr.go:18:13
./big_expr.go:18:13: ... argument does not escape
./big_expr.go:18:13: t escapes to heap
./big_expr.go:27:13: ... argument does not escape
./big_expr.go:27:13: cnt escapes to heap
./big_expr.go:31:13: ... argument does not escape
./big_expr.go:31:13: v escapes to heap
./big_expr.go:31:13: w escapes to heap
./big_expr.go:34:13: ... argument does not escape
./big_expr.go:34:13: x escapes to heap
