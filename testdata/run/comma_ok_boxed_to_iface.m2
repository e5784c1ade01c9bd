./comma_ok_boxed_to_iface.go:11:56: p.b escapes to heap:
./comma_ok_boxed_to_iface.go:11:56:   flow: {storage for ... argument} = &{storage for p.b}:
./comma_ok_boxed_to_iface.go:11:56:     from p.b (spill) at ./comma_ok_boxed_to_iface.go:11:56
./comma_ok_boxed_to_iface.go:11:56:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:56:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:11:56:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:56:     from fmt.Sprint(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:51: p.a escapes to heap:
./comma_ok_boxed_to_iface.go:11:51:   flow: {storage for ... argument} = &{storage for p.a}:
./comma_ok_boxed_to_iface.go:11:51:     from p.a (spill) at ./comma_ok_boxed_to_iface.go:11:51
./comma_ok_boxed_to_iface.go:11:51:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:51:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:11:51:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:51:     from fmt.Sprint(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:45: "P" escapes to heap:
./comma_ok_boxed_to_iface.go:11:45:   flow: {storage for ... argument} = &{storage for "P"}:
./comma_ok_boxed_to_iface.go:11:45:     from "P" (spill) at ./comma_ok_boxed_to_iface.go:11:45
./comma_ok_boxed_to_iface.go:11:45:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:45:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:11:45:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:45:     from fmt.Sprint(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:11:44
./comma_ok_boxed_to_iface.go:11:44: ... argument does not escape
./comma_ok_boxed_to_iface.go:11:45: "P" escapes to heap
./comma_ok_boxed_to_iface.go:11:51: p.a escapes to heap
./comma_ok_boxed_to_iface.go:11:56: p.b escapes to heap
./comma_ok_boxed_to_iface.go:13:8: y does not escape
./comma_ok_boxed_to_iface.go:23:19: s escapes to heap:
./comma_ok_boxed_to_iface.go:23:19:   flow: {storage for ... argument} = &{storage for s}:
./comma_ok_boxed_to_iface.go:23:19:     from s (spill) at ./comma_ok_boxed_to_iface.go:23:19
./comma_ok_boxed_to_iface.go:23:19:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:23:19
./comma_ok_boxed_to_iface.go:23:19:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:23:19:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:23:19
./comma_ok_boxed_to_iface.go:23:19:     from fmt.Sprint(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:23:19
./comma_ok_boxed_to_iface.go:19:8: parameter y leaks to {storage for s} with derefs=1:
./comma_ok_boxed_to_iface.go:19:8:   flow: s = *y:
./comma_ok_boxed_to_iface.go:19:8:     from y.(string) (dot) at ./comma_ok_boxed_to_iface.go:22:10
./comma_ok_boxed_to_iface.go:19:8:     from s, o = y.(string) (assign-pair-dot-type) at ./comma_ok_boxed_to_iface.go:22:7
./comma_ok_boxed_to_iface.go:19:8:   flow: {storage for s} = s:
./comma_ok_boxed_to_iface.go:19:8:     from s (interface-converted) at ./comma_ok_boxed_to_iface.go:23:19
./comma_ok_boxed_to_iface.go:19:8: leaking param content: y
./comma_ok_boxed_to_iface.go:23:19: ... argument does not escape
./comma_ok_boxed_to_iface.go:23:19: s escapes to heap
./comma_ok_boxed_to_iface.go:30:13: ok escapes to heap:
./comma_ok_boxed_to_iface.go:30:13:   flow: {storage for ... argument} = &{storage for ok}:
./comma_ok_boxed_to_iface.go:30:13:     from ok (spill) at ./comma_ok_boxed_to_iface.go:30:13
./comma_ok_boxed_to_iface.go:30:13:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:30:13
./comma_ok_boxed_to_iface.go:30:13:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:30:13:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:30:13
./comma_ok_boxed_to_iface.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:30:13
./comma_ok_boxed_to_iface.go:26:8: y does not escape
./comma_ok_boxed_to_iface.go:30:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:30:13: ok escapes to heap
./comma_ok_boxed_to_iface.go:33:8: parameter y leaks to {heap} with derefs=0:
./comma_ok_boxed_to_iface.go:33:8:   flow: e = y:
./comma_ok_boxed_to_iface.go:33:8:     from y.(Stringer) (dot) at ./comma_ok_boxed_to_iface.go:39:11
./comma_ok_boxed_to_iface.go:33:8:     from e, ok = y.(Stringer) (assign-pair-dot-type) at ./comma_ok_boxed_to_iface.go:39:8
./comma_ok_boxed_to_iface.go:33:8:   flow: {storage for ... argument} = e:
./comma_ok_boxed_to_iface.go:33:8:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:40:13
./comma_ok_boxed_to_iface.go:33:8:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:33:8:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:40:13
./comma_ok_boxed_to_iface.go:33:8:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:40:13
./comma_ok_boxed_to_iface.go:37:20: st.Str() escapes to heap:
./comma_ok_boxed_to_iface.go:37:20:   flow: {storage for ... argument} = &{storage for st.Str()}:
./comma_ok_boxed_to_iface.go:37:20:     from st.Str() (spill) at ./comma_ok_boxed_to_iface.go:37:20
./comma_ok_boxed_to_iface.go:37:20:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:37:13
./comma_ok_boxed_to_iface.go:37:20:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:37:20:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:37:13
./comma_ok_boxed_to_iface.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:37:13
./comma_ok_boxed_to_iface.go:33:8: leaking param: y
./comma_ok_boxed_to_iface.go:37:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:37:20: st.Str() escapes to heap
./comma_ok_boxed_to_iface.go:40:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:51:5: P{...} escapes to heap:
./comma_ok_boxed_to_iface.go:51:5:   flow: {heap} = &{storage for P{...}}:
./comma_ok_boxed_to_iface.go:51:5:     from P{...} (spill) at ./comma_ok_boxed_to_iface.go:51:5
./comma_ok_boxed_to_iface.go:51:5:     from k(P{...}) (call parameter) at ./comma_ok_boxed_to_iface.go:51:3
./comma_ok_boxed_to_iface.go:48:23: g(1) escapes to heap:
./comma_ok_boxed_to_iface.go:48:23:   flow: {storage for ... argument} = &{storage for g(1)}:
./comma_ok_boxed_to_iface.go:48:23:     from g(1) (spill) at ./comma_ok_boxed_to_iface.go:48:23
./comma_ok_boxed_to_iface.go:48:23:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:48:13
./comma_ok_boxed_to_iface.go:48:23:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:48:23:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:48:13
./comma_ok_boxed_to_iface.go:48:23:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:48:13
./comma_ok_boxed_to_iface.go:48:15: g("s") escapes to heap:
./comma_ok_boxed_to_iface.go:48:15:   flow: {storage for ... argument} = &{storage for g("s")}:
./comma_ok_boxed_to_iface.go:48:15:     from g("s") (spill) at ./comma_ok_boxed_to_iface.go:48:15
./comma_ok_boxed_to_iface.go:48:15:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:48:13
./comma_ok_boxed_to_iface.go:48:15:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:48:15:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:48:13
./comma_ok_boxed_to_iface.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:48:13
./comma_ok_boxed_to_iface.go:46:15: f("x") escapes to heap:
./comma_ok_boxed_to_iface.go:46:15:   flow: {storage for ... argument} = &{storage for f("x")}:
./comma_ok_boxed_to_iface.go:46:15:     from f("x") (spill) at ./comma_ok_boxed_to_iface.go:46:15
./comma_ok_boxed_to_iface.go:46:15:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:46:13
./comma_ok_boxed_to_iface.go:46:15:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:46:15:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:46:13
./comma_ok_boxed_to_iface.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:46:13
./comma_ok_boxed_to_iface.go:44:15: f(3) escapes to heap:
./comma_ok_boxed_to_iface.go:44:15:   flow: {storage for ... argument} = &{storage for f(3)}:
./comma_ok_boxed_to_iface.go:44:15:     from f(3) (spill) at ./comma_ok_boxed_to_iface.go:44:15
./comma_ok_boxed_to_iface.go:44:15:     from ... argument (slice-literal-element) at ./comma_ok_boxed_to_iface.go:44:13
./comma_ok_boxed_to_iface.go:44:15:   flow: {heap} = {storage for ... argument}:
./comma_ok_boxed_to_iface.go:44:15:     from ... argument (spill) at ./comma_ok_boxed_to_iface.go:44:13
./comma_ok_boxed_to_iface.go:44:15:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_boxed_to_iface.go:44:13
./comma_ok_boxed_to_iface.go:44:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:44:15: f(3) escapes to heap
./comma_ok_boxed_to_iface.go:44:16: 3 does not escape
./comma_ok_boxed_to_iface.go:45:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:46:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:46:15: f("x") escapes to heap
./comma_ok_boxed_to_iface.go:46:16: "x" does not escape
./comma_ok_boxed_to_iface.go:47:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:48:13: ... argument does not escape
./comma_ok_boxed_to_iface.go:48:15: g("s") escapes to heap
./comma_ok_boxed_to_iface.go:48:16: "s" does not escape
./comma_ok_boxed_to_iface.go:48:23: g(1) escapes to heap
./comma_ok_boxed_to_iface.go:48:24: 1 does not escape
./comma_ok_boxed_to_iface.go:49:5: P{...} does not escape
./comma_ok_boxed_to_iface.go:51:5: P{...} escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Str() (call parameter) at <autogenerated>:1
