./type_assert.go:9:10: e does not escape
./type_assert.go:43:15: s.(int) escapes to heap:
./type_assert.go:43:15:   flow: {storage for ... argument} = &{storage for s.(int)}:
./type_assert.go:43:15:     from s.(int) (spill) at ./type_assert.go:43:15
./type_assert.go:43:15:     from ... argument (slice-literal-element) at ./type_assert.go:43:13
./type_assert.go:43:15:   flow: {heap} = {storage for ... argument}:
./type_assert.go:43:15:     from ... argument (spill) at ./type_assert.go:43:13
./type_assert.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:43:13
./type_assert.go:42:41: sl.([]int)[2] escapes to heap:
./type_assert.go:42:41:   flow: {storage for ... argument} = &{storage for sl.([]int)[2]}:
./type_assert.go:42:41:     from sl.([]int)[2] (spill) at ./type_assert.go:42:41
./type_assert.go:42:41:     from ... argument (slice-literal-element) at ./type_assert.go:42:13
./type_assert.go:42:41:   flow: {heap} = {storage for ... argument}:
./type_assert.go:42:41:     from ... argument (spill) at ./type_assert.go:42:13
./type_assert.go:42:41:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:42:13
./type_assert.go:42:17: len(sl.([]int)) escapes to heap:
./type_assert.go:42:17:   flow: {storage for ... argument} = &{storage for len(sl.([]int))}:
./type_assert.go:42:17:     from len(sl.([]int)) (spill) at ./type_assert.go:42:17
./type_assert.go:42:17:     from ... argument (slice-literal-element) at ./type_assert.go:42:13
./type_assert.go:42:17:   flow: {heap} = {storage for ... argument}:
./type_assert.go:42:17:     from ... argument (spill) at ./type_assert.go:42:13
./type_assert.go:42:17:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:42:13
./type_assert.go:40:13: ok escapes to heap:
./type_assert.go:40:13:   flow: {storage for ... argument} = &{storage for ok}:
./type_assert.go:40:13:     from ok (spill) at ./type_assert.go:40:13
./type_assert.go:40:13:     from ... argument (slice-literal-element) at ./type_assert.go:40:13
./type_assert.go:40:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:40:13:     from ... argument (spill) at ./type_assert.go:40:13
./type_assert.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:40:13
./type_assert.go:38:13: ok3 escapes to heap:
./type_assert.go:38:13:   flow: {storage for ... argument} = &{storage for ok3}:
./type_assert.go:38:13:     from ok3 (spill) at ./type_assert.go:38:13
./type_assert.go:38:13:     from ... argument (slice-literal-element) at ./type_assert.go:38:13
./type_assert.go:38:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:38:13:     from ... argument (spill) at ./type_assert.go:38:13
./type_assert.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:38:13
./type_assert.go:15:6: 42 escapes to heap:
./type_assert.go:15:6:   flow: e = &{storage for 42}:
./type_assert.go:15:6:     from 42 (spill) at ./type_assert.go:15:6
./type_assert.go:15:6:     from e = 42 (assign) at ./type_assert.go:15:6
./type_assert.go:15:6:   flow: ai = e:
./type_assert.go:15:6:     from e.(interface {}) (dot) at ./type_assert.go:37:13
./type_assert.go:15:6:     from ai, ok3 = e.(interface {}) (assign-pair-dot-type) at ./type_assert.go:37:10
./type_assert.go:15:6:   flow: {storage for ... argument} = ai:
./type_assert.go:15:6:     from ... argument (slice-literal-element) at ./type_assert.go:38:13
./type_assert.go:15:6:   flow: {heap} = {storage for ... argument}:
./type_assert.go:15:6:     from ... argument (spill) at ./type_assert.go:38:13
./type_assert.go:15:6:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:38:13
./type_assert.go:36:13: ok3 escapes to heap:
./type_assert.go:36:13:   flow: {storage for ... argument} = &{storage for ok3}:
./type_assert.go:36:13:     from ok3 (spill) at ./type_assert.go:36:13
./type_assert.go:36:13:     from ... argument (slice-literal-element) at ./type_assert.go:36:13
./type_assert.go:36:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:36:13:     from ... argument (spill) at ./type_assert.go:36:13
./type_assert.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:36:13
./type_assert.go:33:13: ok2 escapes to heap:
./type_assert.go:33:13:   flow: {storage for ... argument} = &{storage for ok2}:
./type_assert.go:33:13:     from ok2 (spill) at ./type_assert.go:33:13
./type_assert.go:33:13:     from ... argument (slice-literal-element) at ./type_assert.go:33:13
./type_assert.go:33:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:33:13:     from ... argument (spill) at ./type_assert.go:33:13
./type_assert.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:33:13
./type_assert.go:33:13: f escapes to heap:
./type_assert.go:33:13:   flow: {storage for ... argument} = &{storage for f}:
./type_assert.go:33:13:     from f (spill) at ./type_assert.go:33:13
./type_assert.go:33:13:     from ... argument (slice-literal-element) at ./type_assert.go:33:13
./type_assert.go:33:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:33:13:     from ... argument (spill) at ./type_assert.go:33:13
./type_assert.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:33:13
./type_assert.go:30:13: ok escapes to heap:
./type_assert.go:30:13:   flow: {storage for ... argument} = &{storage for ok}:
./type_assert.go:30:13:     from ok (spill) at ./type_assert.go:30:13
./type_assert.go:30:13:     from ... argument (slice-literal-element) at ./type_assert.go:30:13
./type_assert.go:30:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:30:13:     from ... argument (spill) at ./type_assert.go:30:13
./type_assert.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:30:13
./type_assert.go:30:13: bad escapes to heap:
./type_assert.go:30:13:   flow: {storage for ... argument} = &{storage for bad}:
./type_assert.go:30:13:     from bad (spill) at ./type_assert.go:30:13
./type_assert.go:30:13:     from ... argument (slice-literal-element) at ./type_assert.go:30:13
./type_assert.go:30:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:30:13:     from ... argument (spill) at ./type_assert.go:30:13
./type_assert.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:30:13
./type_assert.go:27:13: ok escapes to heap:
./type_assert.go:27:13:   flow: {storage for ... argument} = &{storage for ok}:
./type_assert.go:27:13:     from ok (spill) at ./type_assert.go:27:13
./type_assert.go:27:13:     from ... argument (slice-literal-element) at ./type_assert.go:27:13
./type_assert.go:27:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:27:13:     from ... argument (spill) at ./type_assert.go:27:13
./type_assert.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:27:13
./type_assert.go:27:13: str escapes to heap:
./type_assert.go:27:13:   flow: {storage for ... argument} = &{storage for str}:
./type_assert.go:27:13:     from str (spill) at ./type_assert.go:27:13
./type_assert.go:27:13:     from ... argument (slice-literal-element) at ./type_assert.go:27:13
./type_assert.go:27:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:27:13:     from ... argument (spill) at ./type_assert.go:27:13
./type_assert.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:27:13
./type_assert.go:24:14: *p.(P).p escapes to heap:
./type_assert.go:24:14:   flow: {storage for ... argument} = &{storage for *p.(P).p}:
./type_assert.go:24:14:     from *p.(P).p (spill) at ./type_assert.go:24:14
./type_assert.go:24:14:     from ... argument (slice-literal-element) at ./type_assert.go:24:13
./type_assert.go:24:14:   flow: {heap} = {storage for ... argument}:
./type_assert.go:24:14:     from ... argument (spill) at ./type_assert.go:24:13
./type_assert.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:24:13
./type_assert.go:21:28: t.(T).b escapes to heap:
./type_assert.go:21:28:   flow: {storage for ... argument} = &{storage for t.(T).b}:
./type_assert.go:21:28:     from t.(T).b (spill) at ./type_assert.go:21:28
./type_assert.go:21:28:     from ... argument (slice-literal-element) at ./type_assert.go:21:13
./type_assert.go:21:28:   flow: {heap} = {storage for ... argument}:
./type_assert.go:21:28:     from ... argument (spill) at ./type_assert.go:21:13
./type_assert.go:21:28:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:21:13
./type_assert.go:21:17: x.a + x.b escapes to heap:
./type_assert.go:21:17:   flow: {storage for ... argument} = &{storage for x.a + x.b}:
./type_assert.go:21:17:     from x.a + x.b (spill) at ./type_assert.go:21:17
./type_assert.go:21:17:     from ... argument (slice-literal-element) at ./type_assert.go:21:13
./type_assert.go:21:17:   flow: {heap} = {storage for ... argument}:
./type_assert.go:21:17:     from ... argument (spill) at ./type_assert.go:21:13
./type_assert.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:21:13
./type_assert.go:18:13: .autotmp_4 escapes to heap:
./type_assert.go:18:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./type_assert.go:18:13:     from .autotmp_4 (spill) at ./type_assert.go:18:13
./type_assert.go:18:13:     from ... argument (slice-literal-element) at ./type_assert.go:18:13
./type_assert.go:18:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:18:13:     from ... argument (spill) at ./type_assert.go:18:13
./type_assert.go:18:13:     from fmt.Println(get("x")) (call parameter) at ./type_assert.go:18:13
./type_assert.go:18:13: .autotmp_3 escapes to heap:
./type_assert.go:18:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
./type_assert.go:18:13:     from .autotmp_3 (spill) at ./type_assert.go:18:13
./type_assert.go:18:13:     from ... argument (slice-literal-element) at ./type_assert.go:18:13
./type_assert.go:18:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:18:13:     from ... argument (spill) at ./type_assert.go:18:13
./type_assert.go:18:13:     from fmt.Println(get("x")) (call parameter) at ./type_assert.go:18:13
./type_assert.go:17:13: .autotmp_2 escapes to heap:
./type_assert.go:17:13:   flow: {storage for ... argument} = &{storage for .autotmp_2}:
./type_assert.go:17:13:     from .autotmp_2 (spill) at ./type_assert.go:17:13
./type_assert.go:17:13:     from ... argument (slice-literal-element) at ./type_assert.go:17:13
./type_assert.go:17:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:17:13:     from ... argument (spill) at ./type_assert.go:17:13
./type_assert.go:17:13:     from fmt.Println(get(e)) (call parameter) at ./type_assert.go:17:13
./type_assert.go:17:13: .autotmp_1 escapes to heap:
./type_assert.go:17:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
./type_assert.go:17:13:     from .autotmp_1 (spill) at ./type_assert.go:17:13
./type_assert.go:17:13:     from ... argument (slice-literal-element) at ./type_assert.go:17:13
./type_assert.go:17:13:   flow: {heap} = {storage for ... argument}:
./type_assert.go:17:13:     from ... argument (spill) at ./type_assert.go:17:13
./type_assert.go:17:13:     from fmt.Println(get(e)) (call parameter) at ./type_assert.go:17:13
./type_assert.go:16:15: e.(int) escapes to heap:
./type_assert.go:16:15:   flow: {storage for ... argument} = &{storage for e.(int)}:
./type_assert.go:16:15:     from e.(int) (spill) at ./type_assert.go:16:15
./type_assert.go:16:15:     from ... argument (slice-literal-element) at ./type_assert.go:16:13
./type_assert.go:16:15:   flow: {heap} = {storage for ... argument}:
./type_assert.go:16:15:     from ... argument (spill) at ./type_assert.go:16:13
./type_assert.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./type_assert.go:16:13
./type_assert.go:15:6: 42 escapes to heap
./type_assert.go:16:13: ... argument does not escape
./type_assert.go:16:15: e.(int) escapes to heap
./type_assert.go:17:13: ... argument does not escape
./type_assert.go:17:13: .autotmp_1 escapes to heap
./type_assert.go:17:13: .autotmp_2 escapes to heap
./type_assert.go:18:18: "x" does not escape
./type_assert.go:18:13: ... argument does not escape
./type_assert.go:18:13: .autotmp_3 escapes to heap
./type_assert.go:18:13: .autotmp_4 escapes to heap
./type_assert.go:19:23: T{...} does not escape
./type_assert.go:21:13: ... argument does not escape
./type_assert.go:21:17: x.a + x.b escapes to heap
./type_assert.go:21:28: t.(T).b escapes to heap
./type_assert.go:24:13: ... argument does not escape
./type_assert.go:24:14: *p.(P).p escapes to heap
./type_assert.go:25:6: "str" does not escape
./type_assert.go:27:13: ... argument does not escape
./type_assert.go:27:13: str escapes to heap
./type_assert.go:27:13: ok escapes to heap
./type_assert.go:30:13: ... argument does not escape
./type_assert.go:30:13: bad escapes to heap
./type_assert.go:30:13: ok escapes to heap
./type_assert.go:31:6: 1.5 does not escape
./type_assert.go:33:13: ... argument does not escape
./type_assert.go:33:13: f escapes to heap
./type_assert.go:33:13: ok2 escapes to heap
./type_assert.go:36:13: ... argument does not escape
./type_assert.go:36:13: ok3 escapes to heap
./type_assert.go:38:13: ... argument does not escape
./type_assert.go:38:13: ok3 escapes to heap
./type_assert.go:40:13: ... argument does not escape
./type_assert.go:40:13: ok escapes to heap
./type_assert.go:41:28: []int{...} does not escape
./type_assert.go:41:28: []int{...} does not escape
./type_assert.go:42:13: ... argument does not escape
./type_assert.go:42:17: len(sl.([]int)) escapes to heap
./type_assert.go:42:41: sl.([]int)[2] escapes to heap
./type_assert.go:43:13: ... argument does not escape
./type_assert.go:43:15: s.(int) escapes to heap
