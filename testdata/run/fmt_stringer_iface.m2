./fmt_stringer_iface.go:7:59: int(t) escapes to heap:
./fmt_stringer_iface.go:7:59:   flow: {storage for ... argument} = &{storage for int(t)}:
./fmt_stringer_iface.go:7:59:     from int(t) (spill) at ./fmt_stringer_iface.go:7:59
./fmt_stringer_iface.go:7:59:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:7:48
./fmt_stringer_iface.go:7:59:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:7:59:     from ... argument (spill) at ./fmt_stringer_iface.go:7:48
./fmt_stringer_iface.go:7:59:     from fmt.Sprintf("T%d", ... argument...) (call parameter) at ./fmt_stringer_iface.go:7:48
./fmt_stringer_iface.go:7:48: ... argument does not escape
./fmt_stringer_iface.go:7:59: int(t) escapes to heap
./fmt_stringer_iface.go:13:15: parameter s leaks to {heap} with derefs=0:
./fmt_stringer_iface.go:13:15:   flow: {heap} = s:
./fmt_stringer_iface.go:13:15:     from s.String() (call parameter) at ./fmt_stringer_iface.go:13:61
./fmt_stringer_iface.go:13:64: "<" + s.String() + ">" escapes to heap:
./fmt_stringer_iface.go:13:64:   flow: ~r0 = &{storage for "<" + s.String() + ">"}:
./fmt_stringer_iface.go:13:64:     from "<" + s.String() + ">" (spill) at ./fmt_stringer_iface.go:13:64
./fmt_stringer_iface.go:13:64:     from return "<" + s.String() + ">" (return) at ./fmt_stringer_iface.go:13:40
./fmt_stringer_iface.go:13:15: leaking param: s
./fmt_stringer_iface.go:13:64: "<" + s.String() + ">" escapes to heap
./fmt_stringer_iface.go:17:27: T(5) escapes to heap:
./fmt_stringer_iface.go:17:27:   flow: {heap} = &{storage for T(5)}:
./fmt_stringer_iface.go:17:27:     from T(5) (spill) at ./fmt_stringer_iface.go:17:27
./fmt_stringer_iface.go:17:27:     from describe(T(5)) (call parameter) at ./fmt_stringer_iface.go:17:25
./fmt_stringer_iface.go:29:6: T(9) escapes to heap:
./fmt_stringer_iface.go:29:6:   flow: a = &{storage for T(9)}:
./fmt_stringer_iface.go:29:6:     from T(9) (spill) at ./fmt_stringer_iface.go:29:6
./fmt_stringer_iface.go:29:6:     from a = T(9) (assign) at ./fmt_stringer_iface.go:29:6
./fmt_stringer_iface.go:29:6:   flow: st = a:
./fmt_stringer_iface.go:29:6:     from a.(fmt.Stringer) (dot) at ./fmt_stringer_iface.go:30:16
./fmt_stringer_iface.go:29:6:     from st, ok := a.(fmt.Stringer) (assign-pair-dot-type) at ./fmt_stringer_iface.go:30:12
./fmt_stringer_iface.go:29:6:   flow: {heap} = st:
./fmt_stringer_iface.go:29:6:     from st.String() (call parameter) at ./fmt_stringer_iface.go:31:36
./fmt_stringer_iface.go:31:36: st.String() escapes to heap:
./fmt_stringer_iface.go:31:36:   flow: {storage for ... argument} = &{storage for st.String()}:
./fmt_stringer_iface.go:31:36:     from st.String() (spill) at ./fmt_stringer_iface.go:31:36
./fmt_stringer_iface.go:31:36:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:31:14
./fmt_stringer_iface.go:31:36:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:31:36:     from ... argument (spill) at ./fmt_stringer_iface.go:31:14
./fmt_stringer_iface.go:31:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:31:14
./fmt_stringer_iface.go:31:15: "stringer" escapes to heap:
./fmt_stringer_iface.go:31:15:   flow: {storage for ... argument} = &{storage for "stringer"}:
./fmt_stringer_iface.go:31:15:     from "stringer" (spill) at ./fmt_stringer_iface.go:31:15
./fmt_stringer_iface.go:31:15:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:31:14
./fmt_stringer_iface.go:31:15:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:31:15:     from ... argument (spill) at ./fmt_stringer_iface.go:31:14
./fmt_stringer_iface.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:31:14
./fmt_stringer_iface.go:27:15: t escapes to heap:
./fmt_stringer_iface.go:27:15:   flow: {storage for ... argument} = &{storage for t}:
./fmt_stringer_iface.go:27:15:     from t (spill) at ./fmt_stringer_iface.go:27:15
./fmt_stringer_iface.go:27:15:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:27:14
./fmt_stringer_iface.go:27:15:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:27:15:     from ... argument (spill) at ./fmt_stringer_iface.go:27:14
./fmt_stringer_iface.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:27:14
./fmt_stringer_iface.go:27:15: "is T" escapes to heap:
./fmt_stringer_iface.go:27:15:   flow: {storage for ... argument} = &{storage for "is T"}:
./fmt_stringer_iface.go:27:15:     from "is T" (spill) at ./fmt_stringer_iface.go:27:15
./fmt_stringer_iface.go:27:15:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:27:14
./fmt_stringer_iface.go:27:15:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:27:15:     from ... argument (spill) at ./fmt_stringer_iface.go:27:14
./fmt_stringer_iface.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:27:14
./fmt_stringer_iface.go:24:27: G{} escapes to heap:
./fmt_stringer_iface.go:24:27:   flow: gs = &{storage for G{}}:
./fmt_stringer_iface.go:24:27:     from G{} (spill) at ./fmt_stringer_iface.go:24:27
./fmt_stringer_iface.go:24:27:     from gs = G{} (assign) at ./fmt_stringer_iface.go:24:6
./fmt_stringer_iface.go:24:27:   flow: {storage for ... argument} = gs:
./fmt_stringer_iface.go:24:27:     from gs (interface-converted) at ./fmt_stringer_iface.go:25:13
./fmt_stringer_iface.go:24:27:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:25:12
./fmt_stringer_iface.go:24:27:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:24:27:     from ... argument (spill) at ./fmt_stringer_iface.go:25:12
./fmt_stringer_iface.go:24:27:     from fmt.Printf("%#v %v\n", ... argument...) (call parameter) at ./fmt_stringer_iface.go:25:12
./fmt_stringer_iface.go:23:13: list escapes to heap:
./fmt_stringer_iface.go:23:13:   flow: {storage for ... argument} = &{storage for list}:
./fmt_stringer_iface.go:23:13:     from list (spill) at ./fmt_stringer_iface.go:23:13
./fmt_stringer_iface.go:23:13:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:23:12
./fmt_stringer_iface.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:23:13:     from ... argument (spill) at ./fmt_stringer_iface.go:23:12
./fmt_stringer_iface.go:23:13:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_stringer_iface.go:23:12
./fmt_stringer_iface.go:22:13: list escapes to heap:
./fmt_stringer_iface.go:22:13:   flow: {storage for ... argument} = &{storage for list}:
./fmt_stringer_iface.go:22:13:     from list (spill) at ./fmt_stringer_iface.go:22:13
./fmt_stringer_iface.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:22:13
./fmt_stringer_iface.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:22:13:     from ... argument (spill) at ./fmt_stringer_iface.go:22:13
./fmt_stringer_iface.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:22:13
./fmt_stringer_iface.go:20:16: n == nil escapes to heap:
./fmt_stringer_iface.go:20:16:   flow: {storage for ... argument} = &{storage for n == nil}:
./fmt_stringer_iface.go:20:16:     from n == nil (spill) at ./fmt_stringer_iface.go:20:16
./fmt_stringer_iface.go:20:16:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:20:13
./fmt_stringer_iface.go:20:16:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:20:16:     from ... argument (spill) at ./fmt_stringer_iface.go:20:13
./fmt_stringer_iface.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:20:13
./fmt_stringer_iface.go:16:6: T(4) escapes to heap:
./fmt_stringer_iface.go:16:6:   flow: s = &{storage for T(4)}:
./fmt_stringer_iface.go:16:6:     from T(4) (spill) at ./fmt_stringer_iface.go:16:6
./fmt_stringer_iface.go:16:6:     from s = T(4) (assign) at ./fmt_stringer_iface.go:16:6
./fmt_stringer_iface.go:16:6:   flow: {storage for ... argument} = s:
./fmt_stringer_iface.go:16:6:     from s (interface-converted) at ./fmt_stringer_iface.go:18:13
./fmt_stringer_iface.go:16:6:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:18:12
./fmt_stringer_iface.go:16:6:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:16:6:     from ... argument (spill) at ./fmt_stringer_iface.go:18:12
./fmt_stringer_iface.go:16:6:     from fmt.Printf("%v %T %s\n", ... argument...) (call parameter) at ./fmt_stringer_iface.go:18:12
./fmt_stringer_iface.go:17:25: describe(T(5)) escapes to heap:
./fmt_stringer_iface.go:17:25:   flow: {storage for ... argument} = &{storage for describe(T(5))}:
./fmt_stringer_iface.go:17:25:     from describe(T(5)) (spill) at ./fmt_stringer_iface.go:17:25
./fmt_stringer_iface.go:17:25:     from ... argument (slice-literal-element) at ./fmt_stringer_iface.go:17:13
./fmt_stringer_iface.go:17:25:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_iface.go:17:25:     from ... argument (spill) at ./fmt_stringer_iface.go:17:13
./fmt_stringer_iface.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_iface.go:17:13
./fmt_stringer_iface.go:21:24: []fmt.Stringer{...} escapes to heap:
./fmt_stringer_iface.go:21:24:   flow: list = &{storage for []fmt.Stringer{...}}:
./fmt_stringer_iface.go:21:24:     from []fmt.Stringer{...} (spill) at ./fmt_stringer_iface.go:21:24
./fmt_stringer_iface.go:21:24:     from list := []fmt.Stringer{...} (assign) at ./fmt_stringer_iface.go:21:7
./fmt_stringer_iface.go:21:24:   flow: {storage for list} = list:
./fmt_stringer_iface.go:21:24:     from list (interface-converted) at ./fmt_stringer_iface.go:23:13
./fmt_stringer_iface.go:21:32: T(2) escapes to heap:
./fmt_stringer_iface.go:21:32:   flow: {storage for []fmt.Stringer{...}} = &{storage for T(2)}:
./fmt_stringer_iface.go:21:32:     from T(2) (spill) at ./fmt_stringer_iface.go:21:32
./fmt_stringer_iface.go:21:32:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_stringer_iface.go:21:24
./fmt_stringer_iface.go:21:26: T(1) escapes to heap:
./fmt_stringer_iface.go:21:26:   flow: {storage for []fmt.Stringer{...}} = &{storage for T(1)}:
./fmt_stringer_iface.go:21:26:     from T(1) (spill) at ./fmt_stringer_iface.go:21:26
./fmt_stringer_iface.go:21:26:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_stringer_iface.go:21:24
./fmt_stringer_iface.go:16:6: T(4) escapes to heap
./fmt_stringer_iface.go:17:13: ... argument does not escape
./fmt_stringer_iface.go:17:25: describe(T(5)) escapes to heap
./fmt_stringer_iface.go:17:27: T(5) escapes to heap
./fmt_stringer_iface.go:18:12: ... argument does not escape
./fmt_stringer_iface.go:20:13: ... argument does not escape
./fmt_stringer_iface.go:20:16: n == nil escapes to heap
./fmt_stringer_iface.go:21:24: []fmt.Stringer{...} escapes to heap
./fmt_stringer_iface.go:21:26: T(1) escapes to heap
./fmt_stringer_iface.go:21:32: T(2) escapes to heap
./fmt_stringer_iface.go:22:13: ... argument does not escape
./fmt_stringer_iface.go:22:13: list escapes to heap
./fmt_stringer_iface.go:23:12: ... argument does not escape
./fmt_stringer_iface.go:23:13: list escapes to heap
./fmt_stringer_iface.go:24:27: G{} escapes to heap
./fmt_stringer_iface.go:25:12: ... argument does not escape
./fmt_stringer_iface.go:27:14: ... argument does not escape
./fmt_stringer_iface.go:27:15: "is T" escapes to heap
./fmt_stringer_iface.go:27:15: t escapes to heap
./fmt_stringer_iface.go:29:6: T(9) escapes to heap
./fmt_stringer_iface.go:31:14: ... argument does not escape
./fmt_stringer_iface.go:31:15: "stringer" escapes to heap
./fmt_stringer_iface.go:31:36: st.String() escapes to heap
