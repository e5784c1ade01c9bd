./shift_widths.go:45:47: int64(-1) >> n escapes to heap:
./shift_widths.go:45:47:   flow: {storage for ... argument} = &{storage for int64(-1) >> n}:
./shift_widths.go:45:47:     from int64(-1) >> n (spill) at ./shift_widths.go:45:47
./shift_widths.go:45:47:     from ... argument (slice-literal-element) at ./shift_widths.go:45:13
./shift_widths.go:45:47:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:45:47:     from ... argument (spill) at ./shift_widths.go:45:13
./shift_widths.go:45:47:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:45:13
./shift_widths.go:45:33: uint8(1) << n escapes to heap:
./shift_widths.go:45:33:   flow: {storage for ... argument} = &{storage for uint8(1) << n}:
./shift_widths.go:45:33:     from uint8(1) << n (spill) at ./shift_widths.go:45:33
./shift_widths.go:45:33:     from ... argument (slice-literal-element) at ./shift_widths.go:45:13
./shift_widths.go:45:33:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:45:33:     from ... argument (spill) at ./shift_widths.go:45:13
./shift_widths.go:45:33:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:45:13
./shift_widths.go:45:15: 1 << (n / 10) escapes to heap:
./shift_widths.go:45:15:   flow: {storage for ... argument} = &{storage for 1 << (n / 10)}:
./shift_widths.go:45:15:     from 1 << (n / 10) (spill) at ./shift_widths.go:45:15
./shift_widths.go:45:15:     from ... argument (slice-literal-element) at ./shift_widths.go:45:13
./shift_widths.go:45:15:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:45:15:     from ... argument (spill) at ./shift_widths.go:45:13
./shift_widths.go:45:15:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:45:13
./shift_widths.go:43:18: big >> 98 escapes to heap:
./shift_widths.go:43:18:   flow: {storage for ... argument} = &{storage for big >> 98}:
./shift_widths.go:43:18:     from big >> 98 (spill) at ./shift_widths.go:43:18
./shift_widths.go:43:18:     from ... argument (slice-literal-element) at ./shift_widths.go:43:13
./shift_widths.go:43:18:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:43:18:     from ... argument (spill) at ./shift_widths.go:43:13
./shift_widths.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:43:13
./shift_widths.go:41:13: y escapes to heap:
./shift_widths.go:41:13:   flow: {storage for ... argument} = &{storage for y}:
./shift_widths.go:41:13:     from y (spill) at ./shift_widths.go:41:13
./shift_widths.go:41:13:     from ... argument (slice-literal-element) at ./shift_widths.go:41:13
./shift_widths.go:41:13:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:41:13:     from ... argument (spill) at ./shift_widths.go:41:13
./shift_widths.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:41:13
./shift_widths.go:37:32: int64(x) >> 63 escapes to heap:
./shift_widths.go:37:32:   flow: {storage for ... argument} = &{storage for int64(x) >> 63}:
./shift_widths.go:37:32:     from int64(x) >> 63 (spill) at ./shift_widths.go:37:32
./shift_widths.go:37:32:     from ... argument (slice-literal-element) at ./shift_widths.go:37:13
./shift_widths.go:37:32:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:37:32:     from ... argument (spill) at ./shift_widths.go:37:13
./shift_widths.go:37:32:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:37:13
./shift_widths.go:37:18: x >> 63 escapes to heap:
./shift_widths.go:37:18:   flow: {storage for ... argument} = &{storage for x >> 63}:
./shift_widths.go:37:18:     from x >> 63 (spill) at ./shift_widths.go:37:18
./shift_widths.go:37:18:     from ... argument (slice-literal-element) at ./shift_widths.go:37:13
./shift_widths.go:37:18:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:37:18:     from ... argument (spill) at ./shift_widths.go:37:13
./shift_widths.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:37:13
./shift_widths.go:37:13: x escapes to heap:
./shift_widths.go:37:13:   flow: {storage for ... argument} = &{storage for x}:
./shift_widths.go:37:13:     from x (spill) at ./shift_widths.go:37:13
./shift_widths.go:37:13:     from ... argument (slice-literal-element) at ./shift_widths.go:37:13
./shift_widths.go:37:13:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:37:13:     from ... argument (spill) at ./shift_widths.go:37:13
./shift_widths.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:37:13
./shift_widths.go:33:14: w escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for w}:
./shift_widths.go:33:14:     from w (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:33:14: v escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for v}:
./shift_widths.go:33:14:     from v (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:33:14: u escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for u}:
./shift_widths.go:33:14:     from u (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:33:14: t escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for t}:
./shift_widths.go:33:14:     from t (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:33:14: s escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for s}:
./shift_widths.go:33:14:     from s (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:33:14: r escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for r}:
./shift_widths.go:33:14:     from r (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:33:14: n escapes to heap:
./shift_widths.go:33:14:   flow: {storage for ... argument} = &{storage for n}:
./shift_widths.go:33:14:     from n (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from ... argument (slice-literal-element) at ./shift_widths.go:33:14
./shift_widths.go:33:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:33:14:     from ... argument (spill) at ./shift_widths.go:33:14
./shift_widths.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:33:14
./shift_widths.go:29:14: q escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for q}:
./shift_widths.go:29:14:     from q (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: p escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for p}:
./shift_widths.go:29:14:     from p (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: o escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for o}:
./shift_widths.go:29:14:     from o (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: m escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for m}:
./shift_widths.go:29:14:     from m (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: l escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for l}:
./shift_widths.go:29:14:     from l (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: k escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for k}:
./shift_widths.go:29:14:     from k (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: j escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for j}:
./shift_widths.go:29:14:     from j (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: i escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for i}:
./shift_widths.go:29:14:     from i (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:29:14: n escapes to heap:
./shift_widths.go:29:14:   flow: {storage for ... argument} = &{storage for n}:
./shift_widths.go:29:14:     from n (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from ... argument (slice-literal-element) at ./shift_widths.go:29:14
./shift_widths.go:29:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:29:14:     from ... argument (spill) at ./shift_widths.go:29:14
./shift_widths.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:29:14
./shift_widths.go:24:14: h escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for h}:
./shift_widths.go:24:14:     from h (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: g escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for g}:
./shift_widths.go:24:14:     from g (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: f escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for f}:
./shift_widths.go:24:14:     from f (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: e escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for e}:
./shift_widths.go:24:14:     from e (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: d escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for d}:
./shift_widths.go:24:14:     from d (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: c escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for c}:
./shift_widths.go:24:14:     from c (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: b escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for b}:
./shift_widths.go:24:14:     from b (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: a escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for a}:
./shift_widths.go:24:14:     from a (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:24:14: n escapes to heap:
./shift_widths.go:24:14:   flow: {storage for ... argument} = &{storage for n}:
./shift_widths.go:24:14:     from n (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from ... argument (slice-literal-element) at ./shift_widths.go:24:14
./shift_widths.go:24:14:   flow: {heap} = {storage for ... argument}:
./shift_widths.go:24:14:     from ... argument (spill) at ./shift_widths.go:24:14
./shift_widths.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./shift_widths.go:24:14
./shift_widths.go:18:18: []uint{...} does not escape
./shift_widths.go:24:14: ... argument does not escape
./shift_widths.go:24:14: n escapes to heap
./shift_widths.go:24:14: a escapes to heap
./shift_widths.go:24:14: b escapes to heap
./shift_widths.go:24:14: c escapes to heap
./shift_widths.go:24:14: d escapes to heap
./shift_widths.go:24:14: e escapes to heap
./shift_widths.go:24:14: f escapes to heap
./shift_widths.go:24:14: g escapes to heap
./shift_widths.go:24:14: h escapes to heap
./shift_widths.go:29:14: ... argument does not escape
./shift_widths.go:29:14: n escapes to heap
./shift_widths.go:29:14: i escapes to heap
./shift_widths.go:29:14: j escapes to heap
./shift_widths.go:29:14: k escapes to heap
./shift_widths.go:29:14: l escapes to heap
./shift_widths.go:29:14: m escapes to heap
./shift_widths.go:29:14: o escapes to heap
./shift_widths.go:29:14: p escapes to heap
./shift_widths.go:29:14: q escapes to heap
./shift_widths.go:33:14: ... argument does not escape
./shift_widths.go:33:14: n escapes to heap
./shift_widths.go:33:14: r escapes to heap
./shift_widths.go:33:14: s escapes to heap
./shift_widths.go:33:14: t escapes to heap
./shift_widths.go:33:14: u escapes to heap
./shift_widths.go:33:14: v escapes to heap
./shift_widths.go:33:14: w escapes to heap
./shift_widths.go:37:13: ... argument does not escape
./shift_widths.go:37:13: x escapes to heap
./shift_widths.go:37:18: x >> 63 escapes to heap
./shift_widths.go:37:32: int64(x) >> 63 escapes to heap
./shift_widths.go:41:13: ... argument does not escape
./shift_widths.go:41:13: y escapes to heap
./shift_widths.go:43:13: ... argument does not escape
./shift_widths.go:43:18: big >> 98 escapes to heap
./shift_widths.go:45:13: ... argument does not escape
./shift_widths.go:45:15: 1 << (n / 10) escapes to heap
./shift_widths.go:45:33: uint8(1) << n escapes to heap
./shift_widths.go:45:47: int64(-1) >> n escapes to heap
