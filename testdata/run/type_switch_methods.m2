./type_switch_methods.go:20:7: r does not escape
./type_switch_methods.go:24:58: int(n) escapes to heap:
./type_switch_methods.go:24:58:   flow: {storage for ... argument} = &{storage for int(n)}:
./type_switch_methods.go:24:58:     from int(n) (spill) at ./type_switch_methods.go:24:58
./type_switch_methods.go:24:58:     from ... argument (slice-literal-element) at ./type_switch_methods.go:24:47
./type_switch_methods.go:24:58:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:24:58:     from ... argument (spill) at ./type_switch_methods.go:24:47
./type_switch_methods.go:24:58:     from fmt.Sprint(... argument...) (call parameter) at ./type_switch_methods.go:24:47
./type_switch_methods.go:24:48: "num" escapes to heap:
./type_switch_methods.go:24:48:   flow: {storage for ... argument} = &{storage for "num"}:
./type_switch_methods.go:24:48:     from "num" (spill) at ./type_switch_methods.go:24:48
./type_switch_methods.go:24:48:     from ... argument (slice-literal-element) at ./type_switch_methods.go:24:47
./type_switch_methods.go:24:48:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:24:48:     from ... argument (spill) at ./type_switch_methods.go:24:47
./type_switch_methods.go:24:48:     from fmt.Sprint(... argument...) (call parameter) at ./type_switch_methods.go:24:47
./type_switch_methods.go:24:47: ... argument does not escape
./type_switch_methods.go:24:48: "num" escapes to heap
./type_switch_methods.go:24:58: int(n) escapes to heap
./type_switch_methods.go:35:30: v.Area() escapes to heap:
./type_switch_methods.go:35:30:   flow: {storage for ... argument} = &{storage for v.Area()}:
./type_switch_methods.go:35:30:     from v.Area() (spill) at ./type_switch_methods.go:35:30
./type_switch_methods.go:35:30:     from ... argument (slice-literal-element) at ./type_switch_methods.go:35:14
./type_switch_methods.go:35:30:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:35:30:     from ... argument (spill) at ./type_switch_methods.go:35:14
./type_switch_methods.go:35:30:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:35:14
./type_switch_methods.go:35:15: "other" escapes to heap:
./type_switch_methods.go:35:15:   flow: {storage for ... argument} = &{storage for "other"}:
./type_switch_methods.go:35:15:     from "other" (spill) at ./type_switch_methods.go:35:15
./type_switch_methods.go:35:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:35:14
./type_switch_methods.go:35:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:35:15:     from ... argument (spill) at ./type_switch_methods.go:35:14
./type_switch_methods.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:35:14
./type_switch_methods.go:33:39: (*Rect).Area(v) escapes to heap:
./type_switch_methods.go:33:39:   flow: {storage for ... argument} = &{storage for (*Rect).Area(v)}:
./type_switch_methods.go:33:39:     from (*Rect).Area(v) (spill) at ./type_switch_methods.go:33:39
./type_switch_methods.go:33:39:     from ... argument (slice-literal-element) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:39:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:33:39:     from ... argument (spill) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:39:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:29: v.h escapes to heap:
./type_switch_methods.go:33:29:   flow: {storage for ... argument} = &{storage for v.h}:
./type_switch_methods.go:33:29:     from v.h (spill) at ./type_switch_methods.go:33:29
./type_switch_methods.go:33:29:     from ... argument (slice-literal-element) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:29:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:33:29:     from ... argument (spill) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:29:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:24: v.w escapes to heap:
./type_switch_methods.go:33:24:   flow: {storage for ... argument} = &{storage for v.w}:
./type_switch_methods.go:33:24:     from v.w (spill) at ./type_switch_methods.go:33:24
./type_switch_methods.go:33:24:     from ... argument (slice-literal-element) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:24:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:33:24:     from ... argument (spill) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:24:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:15: "rect" escapes to heap:
./type_switch_methods.go:33:15:   flow: {storage for ... argument} = &{storage for "rect"}:
./type_switch_methods.go:33:15:     from "rect" (spill) at ./type_switch_methods.go:33:15
./type_switch_methods.go:33:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:33:15:     from ... argument (spill) at ./type_switch_methods.go:33:14
./type_switch_methods.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:33:14
./type_switch_methods.go:26:15: parameter s leaks to {heap} with derefs=0:
./type_switch_methods.go:26:15:   flow: {heap} = s:
./type_switch_methods.go:26:15:     from s.Area() (call parameter) at ./type_switch_methods.go:31:40
./type_switch_methods.go:31:40: s.Area() escapes to heap:
./type_switch_methods.go:31:40:   flow: {storage for ... argument} = &{storage for s.Area()}:
./type_switch_methods.go:31:40:     from s.Area() (spill) at ./type_switch_methods.go:31:40
./type_switch_methods.go:31:40:     from ... argument (slice-literal-element) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:40:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:31:40:     from ... argument (spill) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:40:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:30: v.Name() escapes to heap:
./type_switch_methods.go:31:30:   flow: {storage for ... argument} = &{storage for v.Name()}:
./type_switch_methods.go:31:30:     from v.Name() (spill) at ./type_switch_methods.go:31:30
./type_switch_methods.go:31:30:     from ... argument (slice-literal-element) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:30:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:31:30:     from ... argument (spill) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:30:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:15: "named" escapes to heap:
./type_switch_methods.go:31:15:   flow: {storage for ... argument} = &{storage for "named"}:
./type_switch_methods.go:31:15:     from "named" (spill) at ./type_switch_methods.go:31:15
./type_switch_methods.go:31:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:31:15:     from ... argument (spill) at ./type_switch_methods.go:31:14
./type_switch_methods.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:31:14
./type_switch_methods.go:29:15: "nil shape" escapes to heap:
./type_switch_methods.go:29:15:   flow: {storage for ... argument} = &{storage for "nil shape"}:
./type_switch_methods.go:29:15:     from "nil shape" (spill) at ./type_switch_methods.go:29:15
./type_switch_methods.go:29:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:29:14
./type_switch_methods.go:29:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:29:15:     from ... argument (spill) at ./type_switch_methods.go:29:14
./type_switch_methods.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:29:14
./type_switch_methods.go:26:15: leaking param: s
./type_switch_methods.go:29:14: ... argument does not escape
./type_switch_methods.go:29:15: "nil shape" escapes to heap
./type_switch_methods.go:31:14: ... argument does not escape
./type_switch_methods.go:31:15: "named" escapes to heap
./type_switch_methods.go:31:30: v.Name() escapes to heap
./type_switch_methods.go:31:40: s.Area() escapes to heap
./type_switch_methods.go:33:14: ... argument does not escape
./type_switch_methods.go:33:15: "rect" escapes to heap
./type_switch_methods.go:33:24: v.w escapes to heap
./type_switch_methods.go:33:29: v.h escapes to heap
./type_switch_methods.go:33:39: (*Rect).Area(v) escapes to heap
./type_switch_methods.go:35:14: ... argument does not escape
./type_switch_methods.go:35:15: "other" escapes to heap
./type_switch_methods.go:35:30: v.Area() escapes to heap
./type_switch_methods.go:39:10: parameter x leaks to {heap} with derefs=0:
./type_switch_methods.go:39:10:   flow: {temp} = x:
./type_switch_methods.go:39:10:   flow: v = {temp}:
./type_switch_methods.go:39:10:     from case error: return "error " + v.Error() (switch case) at ./type_switch_methods.go:47:2
./type_switch_methods.go:39:10:   flow: {heap} = v:
./type_switch_methods.go:39:10:     from v.Error() (call parameter) at ./type_switch_methods.go:48:28
./type_switch_methods.go:44:37: v.Area() escapes to heap:
./type_switch_methods.go:44:37:   flow: {storage for ... argument} = &{storage for v.Area()}:
./type_switch_methods.go:44:37:     from v.Area() (spill) at ./type_switch_methods.go:44:37
./type_switch_methods.go:44:37:     from ... argument (slice-literal-element) at ./type_switch_methods.go:44:20
./type_switch_methods.go:44:37:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:44:37:     from ... argument (spill) at ./type_switch_methods.go:44:20
./type_switch_methods.go:44:37:     from fmt.Sprint(... argument...) (call parameter) at ./type_switch_methods.go:44:20
./type_switch_methods.go:44:21: "shape " escapes to heap:
./type_switch_methods.go:44:21:   flow: {storage for ... argument} = &{storage for "shape "}:
./type_switch_methods.go:44:21:     from "shape " (spill) at ./type_switch_methods.go:44:21
./type_switch_methods.go:44:21:     from ... argument (slice-literal-element) at ./type_switch_methods.go:44:20
./type_switch_methods.go:44:21:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:44:21:     from ... argument (spill) at ./type_switch_methods.go:44:20
./type_switch_methods.go:44:21:     from fmt.Sprint(... argument...) (call parameter) at ./type_switch_methods.go:44:20
./type_switch_methods.go:42:21: "int or string " escapes to heap:
./type_switch_methods.go:42:21:   flow: {storage for ... argument} = &{storage for "int or string "}:
./type_switch_methods.go:42:21:     from "int or string " (spill) at ./type_switch_methods.go:42:21
./type_switch_methods.go:42:21:     from ... argument (slice-literal-element) at ./type_switch_methods.go:42:20
./type_switch_methods.go:42:21:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:42:21:     from ... argument (spill) at ./type_switch_methods.go:42:20
./type_switch_methods.go:42:21:     from fmt.Sprint(... argument...) (call parameter) at ./type_switch_methods.go:42:20
./type_switch_methods.go:48:19: "error " + v.Error() escapes to heap:
./type_switch_methods.go:48:19:   flow: ~r0 = &{storage for "error " + v.Error()}:
./type_switch_methods.go:48:19:     from "error " + v.Error() (spill) at ./type_switch_methods.go:48:19
./type_switch_methods.go:48:19:     from return "error " + v.Error() (return) at ./type_switch_methods.go:48:3
./type_switch_methods.go:46:19: "named " + v.Name() escapes to heap:
./type_switch_methods.go:46:19:   flow: ~r0 = &{storage for "named " + v.Name()}:
./type_switch_methods.go:46:19:     from "named " + v.Name() (spill) at ./type_switch_methods.go:46:19
./type_switch_methods.go:46:19:     from return "named " + v.Name() (return) at ./type_switch_methods.go:46:3
./type_switch_methods.go:39:10: leaking param: x
./type_switch_methods.go:42:20: ... argument does not escape
./type_switch_methods.go:42:21: "int or string " escapes to heap
./type_switch_methods.go:44:20: ... argument does not escape
./type_switch_methods.go:44:21: "shape " escapes to heap
./type_switch_methods.go:44:37: v.Area() escapes to heap
./type_switch_methods.go:46:19: "named " + v.Name() escapes to heap
./type_switch_methods.go:48:19: "error " + v.Error() escapes to heap
./type_switch_methods.go:61:13: Sq{...} escapes to heap:
./type_switch_methods.go:61:13:   flow: {heap} = &{storage for Sq{...}}:
./type_switch_methods.go:61:13:     from Sq{...} (spill) at ./type_switch_methods.go:61:13
./type_switch_methods.go:61:13:     from classify(Sq{...}) (call parameter) at ./type_switch_methods.go:61:10
./type_switch_methods.go:62:11: &Rect{...} escapes to heap:
./type_switch_methods.go:62:11:   flow: {heap} = &{storage for &Rect{...}}:
./type_switch_methods.go:62:11:     from &Rect{...} (spill) at ./type_switch_methods.go:62:11
./type_switch_methods.go:62:11:     from &Rect{...} (interface-converted) at ./type_switch_methods.go:62:11
./type_switch_methods.go:62:11:     from classify(&Rect{...}) (call parameter) at ./type_switch_methods.go:62:10
./type_switch_methods.go:63:11: &Sq{...} escapes to heap:
./type_switch_methods.go:63:11:   flow: {heap} = &{storage for &Sq{...}}:
./type_switch_methods.go:63:11:     from &Sq{...} (spill) at ./type_switch_methods.go:63:11
./type_switch_methods.go:63:11:     from &Sq{...} (interface-converted) at ./type_switch_methods.go:63:11
./type_switch_methods.go:63:11:     from classify(&Sq{...}) (call parameter) at ./type_switch_methods.go:63:10
./type_switch_methods.go:64:18: 1 escapes to heap:
./type_switch_methods.go:64:18:   flow: {heap} = &{storage for 1}:
./type_switch_methods.go:64:18:     from 1 (spill) at ./type_switch_methods.go:64:18
./type_switch_methods.go:64:18:     from any(1) (call parameter) at ./type_switch_methods.go:64:17
./type_switch_methods.go:65:18: "s" escapes to heap:
./type_switch_methods.go:65:18:   flow: {heap} = &{storage for "s"}:
./type_switch_methods.go:65:18:     from "s" (spill) at ./type_switch_methods.go:65:18
./type_switch_methods.go:65:18:     from any("s") (call parameter) at ./type_switch_methods.go:65:17
./type_switch_methods.go:66:20: Sq{...} escapes to heap:
./type_switch_methods.go:66:20:   flow: {heap} = &{storage for Sq{...}}:
./type_switch_methods.go:66:20:     from Sq{...} (spill) at ./type_switch_methods.go:66:20
./type_switch_methods.go:66:20:     from any(Sq{...}) (call parameter) at ./type_switch_methods.go:66:17
./type_switch_methods.go:67:21: Num(7) escapes to heap:
./type_switch_methods.go:67:21:   flow: {heap} = &{storage for Num(7)}:
./type_switch_methods.go:67:21:     from Num(7) (spill) at ./type_switch_methods.go:67:21
./type_switch_methods.go:67:21:     from any(Num(7)) (call parameter) at ./type_switch_methods.go:67:17
./type_switch_methods.go:68:18: &myErr{} escapes to heap:
./type_switch_methods.go:68:18:   flow: {heap} = &{storage for &myErr{}}:
./type_switch_methods.go:68:18:     from &myErr{} (spill) at ./type_switch_methods.go:68:18
./type_switch_methods.go:68:18:     from &myErr{} (interface-converted) at ./type_switch_methods.go:68:18
./type_switch_methods.go:68:18:     from any(&myErr{}) (call parameter) at ./type_switch_methods.go:68:17
./type_switch_methods.go:69:18: 2.5 escapes to heap:
./type_switch_methods.go:69:18:   flow: {heap} = &{storage for 2.5}:
./type_switch_methods.go:69:18:     from 2.5 (spill) at ./type_switch_methods.go:69:18
./type_switch_methods.go:69:18:     from any(2.5) (call parameter) at ./type_switch_methods.go:69:17
./type_switch_methods.go:78:15: "num is just named" escapes to heap:
./type_switch_methods.go:78:15:   flow: {storage for ... argument} = &{storage for "num is just named"}:
./type_switch_methods.go:78:15:     from "num is just named" (spill) at ./type_switch_methods.go:78:15
./type_switch_methods.go:78:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:78:14
./type_switch_methods.go:78:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:78:15:     from ... argument (spill) at ./type_switch_methods.go:78:14
./type_switch_methods.go:78:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:78:14
./type_switch_methods.go:76:15: "num is a stringer" escapes to heap:
./type_switch_methods.go:76:15:   flow: {storage for ... argument} = &{storage for "num is a stringer"}:
./type_switch_methods.go:76:15:     from "num is a stringer" (spill) at ./type_switch_methods.go:76:15
./type_switch_methods.go:76:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:76:14
./type_switch_methods.go:76:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:76:15:     from ... argument (spill) at ./type_switch_methods.go:76:14
./type_switch_methods.go:76:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:76:14
./type_switch_methods.go:74:15: "num is a shape" escapes to heap:
./type_switch_methods.go:74:15:   flow: {storage for ... argument} = &{storage for "num is a shape"}:
./type_switch_methods.go:74:15:     from "num is a shape" (spill) at ./type_switch_methods.go:74:15
./type_switch_methods.go:74:15:     from ... argument (slice-literal-element) at ./type_switch_methods.go:74:14
./type_switch_methods.go:74:15:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:74:15:     from ... argument (spill) at ./type_switch_methods.go:74:14
./type_switch_methods.go:74:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:74:14
./type_switch_methods.go:70:17: any(nil) escapes to heap:
./type_switch_methods.go:70:17:   flow: {storage for ... argument} = &{storage for any(nil)}:
./type_switch_methods.go:70:17:     from any(nil) (spill) at ./type_switch_methods.go:70:17
./type_switch_methods.go:70:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:70:13
./type_switch_methods.go:70:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:70:17:     from ... argument (spill) at ./type_switch_methods.go:70:13
./type_switch_methods.go:70:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:70:13
./type_switch_methods.go:69:17: any(2.5) escapes to heap:
./type_switch_methods.go:69:17:   flow: {storage for ... argument} = &{storage for any(2.5)}:
./type_switch_methods.go:69:17:     from any(2.5) (spill) at ./type_switch_methods.go:69:17
./type_switch_methods.go:69:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:69:13
./type_switch_methods.go:69:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:69:17:     from ... argument (spill) at ./type_switch_methods.go:69:13
./type_switch_methods.go:69:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:69:13
./type_switch_methods.go:68:17: any(&myErr{}) escapes to heap:
./type_switch_methods.go:68:17:   flow: {storage for ... argument} = &{storage for any(&myErr{})}:
./type_switch_methods.go:68:17:     from any(&myErr{}) (spill) at ./type_switch_methods.go:68:17
./type_switch_methods.go:68:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:68:13
./type_switch_methods.go:68:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:68:17:     from ... argument (spill) at ./type_switch_methods.go:68:13
./type_switch_methods.go:68:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:68:13
./type_switch_methods.go:67:17: any(Num(7)) escapes to heap:
./type_switch_methods.go:67:17:   flow: {storage for ... argument} = &{storage for any(Num(7))}:
./type_switch_methods.go:67:17:     from any(Num(7)) (spill) at ./type_switch_methods.go:67:17
./type_switch_methods.go:67:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:67:13
./type_switch_methods.go:67:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:67:17:     from ... argument (spill) at ./type_switch_methods.go:67:13
./type_switch_methods.go:67:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:67:13
./type_switch_methods.go:66:17: any(Sq{...}) escapes to heap:
./type_switch_methods.go:66:17:   flow: {storage for ... argument} = &{storage for any(Sq{...})}:
./type_switch_methods.go:66:17:     from any(Sq{...}) (spill) at ./type_switch_methods.go:66:17
./type_switch_methods.go:66:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:66:13
./type_switch_methods.go:66:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:66:17:     from ... argument (spill) at ./type_switch_methods.go:66:13
./type_switch_methods.go:66:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:66:13
./type_switch_methods.go:65:17: any("s") escapes to heap:
./type_switch_methods.go:65:17:   flow: {storage for ... argument} = &{storage for any("s")}:
./type_switch_methods.go:65:17:     from any("s") (spill) at ./type_switch_methods.go:65:17
./type_switch_methods.go:65:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:65:13
./type_switch_methods.go:65:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:65:17:     from ... argument (spill) at ./type_switch_methods.go:65:13
./type_switch_methods.go:65:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:65:13
./type_switch_methods.go:64:17: any(1) escapes to heap:
./type_switch_methods.go:64:17:   flow: {storage for ... argument} = &{storage for any(1)}:
./type_switch_methods.go:64:17:     from any(1) (spill) at ./type_switch_methods.go:64:17
./type_switch_methods.go:64:17:     from ... argument (slice-literal-element) at ./type_switch_methods.go:64:13
./type_switch_methods.go:64:17:   flow: {heap} = {storage for ... argument}:
./type_switch_methods.go:64:17:     from ... argument (spill) at ./type_switch_methods.go:64:13
./type_switch_methods.go:64:17:     from fmt.Println(... argument...) (call parameter) at ./type_switch_methods.go:64:13
./type_switch_methods.go:61:13: Sq{...} escapes to heap
./type_switch_methods.go:62:11: &Rect{...} escapes to heap
./type_switch_methods.go:63:11: &Sq{...} escapes to heap
./type_switch_methods.go:64:13: ... argument does not escape
./type_switch_methods.go:64:17: any(1) escapes to heap
./type_switch_methods.go:64:18: 1 escapes to heap
./type_switch_methods.go:65:13: ... argument does not escape
./type_switch_methods.go:65:17: any("s") escapes to heap
./type_switch_methods.go:65:18: "s" escapes to heap
./type_switch_methods.go:66:13: ... argument does not escape
./type_switch_methods.go:66:17: any(Sq{...}) escapes to heap
./type_switch_methods.go:66:20: Sq{...} escapes to heap
./type_switch_methods.go:67:13: ... argument does not escape
./type_switch_methods.go:67:17: any(Num(7)) escapes to heap
./type_switch_methods.go:67:21: Num(7) escapes to heap
./type_switch_methods.go:68:13: ... argument does not escape
./type_switch_methods.go:68:17: any(&myErr{}) escapes to heap
./type_switch_methods.go:68:18: &myErr{} escapes to heap
./type_switch_methods.go:69:13: ... argument does not escape
./type_switch_methods.go:69:17: any(2.5) escapes to heap
./type_switch_methods.go:69:18: 2.5 escapes to heap
./type_switch_methods.go:70:13: ... argument does not escape
./type_switch_methods.go:70:17: any(nil) escapes to heap
./type_switch_methods.go:71:6: Num(3) does not escape
./type_switch_methods.go:74:14: ... argument does not escape
./type_switch_methods.go:74:15: "num is a shape" escapes to heap
./type_switch_methods.go:76:14: ... argument does not escape
./type_switch_methods.go:76:15: "num is a stringer" escapes to heap
./type_switch_methods.go:78:14: ... argument does not escape
./type_switch_methods.go:78:15: "num is just named" escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.String() (call parameter) at <autogenerated>:1
