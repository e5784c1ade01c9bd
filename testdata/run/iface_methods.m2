./iface_methods.go:21:7: c does not escape
./iface_methods.go:22:7: c does not escape
./iface_methods.go:34:7: b does not escape
./iface_methods.go:35:7: parameter b leaks to ~r0 with derefs=0:
./iface_methods.go:35:7:   flow: ~r0 = b:
./iface_methods.go:35:7:     from b.s (dot) at ./iface_methods.go:35:39
./iface_methods.go:35:7:     from return b.s (return) at ./iface_methods.go:35:31
./iface_methods.go:35:7: leaking param: b to result ~r0 level=0
./iface_methods.go:39:7: p does not escape
./iface_methods.go:40:7: p does not escape
./iface_methods.go:44:60: e.code escapes to heap:
./iface_methods.go:44:60:   flow: {storage for ... argument} = &{storage for e.code}:
./iface_methods.go:44:60:     from e.code (spill) at ./iface_methods.go:44:60
./iface_methods.go:44:60:     from ... argument (slice-literal-element) at ./iface_methods.go:44:49
./iface_methods.go:44:60:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:44:60:     from ... argument (spill) at ./iface_methods.go:44:49
./iface_methods.go:44:60:     from fmt.Sprint(... argument...) (call parameter) at ./iface_methods.go:44:49
./iface_methods.go:44:50: "code " escapes to heap:
./iface_methods.go:44:50:   flow: {storage for ... argument} = &{storage for "code "}:
./iface_methods.go:44:50:     from "code " (spill) at ./iface_methods.go:44:50
./iface_methods.go:44:50:     from ... argument (slice-literal-element) at ./iface_methods.go:44:49
./iface_methods.go:44:50:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:44:50:     from ... argument (spill) at ./iface_methods.go:44:49
./iface_methods.go:44:50:     from fmt.Sprint(... argument...) (call parameter) at ./iface_methods.go:44:49
./iface_methods.go:44:7: e does not escape
./iface_methods.go:44:49: ... argument does not escape
./iface_methods.go:44:50: "code " escapes to heap
./iface_methods.go:44:60: e.code escapes to heap
./iface_methods.go:46:12: parameter shapes leaks to {heap} with derefs=1:
./iface_methods.go:46:12:   flow: {temp} = shapes:
./iface_methods.go:46:12:   flow: s = *{temp}:
./iface_methods.go:46:12:     from for loop (range-deref) at ./iface_methods.go:48:14
./iface_methods.go:46:12:   flow: {heap} = s:
./iface_methods.go:46:12:     from s.Area() (call parameter) at ./iface_methods.go:49:14
./iface_methods.go:46:12: leaking param content: shapes
./iface_methods.go:58:9: &Err{...} escapes to heap:
./iface_methods.go:58:9:   flow: ~r0 = &{storage for &Err{...}}:
./iface_methods.go:58:9:     from &Err{...} (spill) at ./iface_methods.go:58:9
./iface_methods.go:58:9:     from &Err{...} (interface-converted) at ./iface_methods.go:58:9
./iface_methods.go:58:9:     from return &Err{...} (return) at ./iface_methods.go:58:2
./iface_methods.go:58:9: &Err{...} escapes to heap
./iface_methods.go:88:15: c.r escapes to heap:
./iface_methods.go:88:15:   flow: {storage for ... argument} = &{storage for c.r}:
./iface_methods.go:88:15:     from c.r (spill) at ./iface_methods.go:88:15
./iface_methods.go:88:15:     from ... argument (slice-literal-element) at ./iface_methods.go:88:13
./iface_methods.go:88:15:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:88:15:     from ... argument (spill) at ./iface_methods.go:88:13
./iface_methods.go:88:15:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:88:13
./iface_methods.go:86:17: sh == nil escapes to heap:
./iface_methods.go:86:17:   flow: {storage for ... argument} = &{storage for sh == nil}:
./iface_methods.go:86:17:     from sh == nil (spill) at ./iface_methods.go:86:17
./iface_methods.go:86:17:     from ... argument (slice-literal-element) at ./iface_methods.go:86:13
./iface_methods.go:86:17:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:86:17:     from ... argument (spill) at ./iface_methods.go:86:13
./iface_methods.go:86:17:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:86:13
./iface_methods.go:84:18: err == nil escapes to heap:
./iface_methods.go:84:18:   flow: {storage for ... argument} = &{storage for err == nil}:
./iface_methods.go:84:18:     from err == nil (spill) at ./iface_methods.go:84:18
./iface_methods.go:84:18:     from ... argument (slice-literal-element) at ./iface_methods.go:84:13
./iface_methods.go:84:18:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:84:18:     from ... argument (spill) at ./iface_methods.go:84:13
./iface_methods.go:84:18:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:84:13
./iface_methods.go:82:31: err != nil escapes to heap:
./iface_methods.go:82:31:   flow: {storage for ... argument} = &{storage for err != nil}:
./iface_methods.go:82:31:     from err != nil (spill) at ./iface_methods.go:82:31
./iface_methods.go:82:31:     from ... argument (slice-literal-element) at ./iface_methods.go:82:13
./iface_methods.go:82:31:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:82:31:     from ... argument (spill) at ./iface_methods.go:82:13
./iface_methods.go:82:31:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:82:13
./iface_methods.go:82:23: err.Error() escapes to heap:
./iface_methods.go:82:23:   flow: {storage for ... argument} = &{storage for err.Error()}:
./iface_methods.go:82:23:     from err.Error() (spill) at ./iface_methods.go:82:23
./iface_methods.go:82:23:     from ... argument (slice-literal-element) at ./iface_methods.go:82:13
./iface_methods.go:82:23:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:82:23:     from ... argument (spill) at ./iface_methods.go:82:13
./iface_methods.go:82:23:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:82:13
./iface_methods.go:80:13: ok escapes to heap:
./iface_methods.go:80:13:   flow: {storage for ... argument} = &{storage for ok}:
./iface_methods.go:80:13:     from ok (spill) at ./iface_methods.go:80:13
./iface_methods.go:80:13:     from ... argument (slice-literal-element) at ./iface_methods.go:80:13
./iface_methods.go:80:13:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:80:13:     from ... argument (spill) at ./iface_methods.go:80:13
./iface_methods.go:80:13:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:80:13
./iface_methods.go:77:27: b.s escapes to heap:
./iface_methods.go:77:27:   flow: {storage for ... argument} = &{storage for b.s}:
./iface_methods.go:77:27:     from b.s (spill) at ./iface_methods.go:77:27
./iface_methods.go:77:27:     from ... argument (slice-literal-element) at ./iface_methods.go:77:14
./iface_methods.go:77:27:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:77:27:     from ... argument (spill) at ./iface_methods.go:77:14
./iface_methods.go:77:27:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:77:14
./iface_methods.go:77:15: "is *Big" escapes to heap:
./iface_methods.go:77:15:   flow: {storage for ... argument} = &{storage for "is *Big"}:
./iface_methods.go:77:15:     from "is *Big" (spill) at ./iface_methods.go:77:15
./iface_methods.go:77:15:     from ... argument (slice-literal-element) at ./iface_methods.go:77:14
./iface_methods.go:77:15:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:77:15:     from ... argument (spill) at ./iface_methods.go:77:14
./iface_methods.go:77:15:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:77:14
./iface_methods.go:72:6: &Big{...} escapes to heap:
./iface_methods.go:72:6:   flow: s = &{storage for &Big{...}}:
./iface_methods.go:72:6:     from &Big{...} (spill) at ./iface_methods.go:72:6
./iface_methods.go:72:6:     from &Big{...} (interface-converted) at ./iface_methods.go:72:2
./iface_methods.go:72:6:     from s = &Big{...} (assign) at ./iface_methods.go:72:4
./iface_methods.go:72:6:   flow: {heap} = s:
./iface_methods.go:72:6:     from s.Name() (call parameter) at ./iface_methods.go:73:20
./iface_methods.go:73:30: s.Area() escapes to heap:
./iface_methods.go:73:30:   flow: {storage for ... argument} = &{storage for s.Area()}:
./iface_methods.go:73:30:     from s.Area() (spill) at ./iface_methods.go:73:30
./iface_methods.go:73:30:     from ... argument (slice-literal-element) at ./iface_methods.go:73:13
./iface_methods.go:73:30:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:73:30:     from ... argument (spill) at ./iface_methods.go:73:13
./iface_methods.go:73:30:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:73:13
./iface_methods.go:73:20: s.Name() escapes to heap:
./iface_methods.go:73:20:   flow: {storage for ... argument} = &{storage for s.Name()}:
./iface_methods.go:73:20:     from s.Name() (spill) at ./iface_methods.go:73:20
./iface_methods.go:73:20:     from ... argument (slice-literal-element) at ./iface_methods.go:73:13
./iface_methods.go:73:20:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:73:20:     from ... argument (spill) at ./iface_methods.go:73:13
./iface_methods.go:73:20:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:73:13
./iface_methods.go:69:2: Rect{} escapes to heap:
./iface_methods.go:69:2:   flow: nm = &{storage for Rect{}}:
./iface_methods.go:69:2:     from Rect{} (spill) at ./iface_methods.go:69:2
./iface_methods.go:69:2:     from nm = Rect{} (assign) at ./iface_methods.go:69:5
./iface_methods.go:69:2:   flow: {heap} = nm:
./iface_methods.go:69:2:     from nm.Name() (call parameter) at ./iface_methods.go:70:21
./iface_methods.go:70:21: nm.Name() escapes to heap:
./iface_methods.go:70:21:   flow: {storage for ... argument} = &{storage for nm.Name()}:
./iface_methods.go:70:21:     from nm.Name() (spill) at ./iface_methods.go:70:21
./iface_methods.go:70:21:     from ... argument (slice-literal-element) at ./iface_methods.go:70:13
./iface_methods.go:70:21:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:70:21:     from ... argument (spill) at ./iface_methods.go:70:13
./iface_methods.go:70:21:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:70:13
./iface_methods.go:62:2: n escapes to heap:
./iface_methods.go:62:2:   flow: {storage for []Shape{...}} = &n:
./iface_methods.go:62:2:     from &n (address-of) at ./iface_methods.go:63:86
./iface_methods.go:62:2:     from Ptr{...} (struct literal element) at ./iface_methods.go:63:85
./iface_methods.go:62:2:     from Ptr{...} (interface-converted) at ./iface_methods.go:63:85
./iface_methods.go:62:2:     from []Shape{...} (slice-literal-element) at ./iface_methods.go:63:19
./iface_methods.go:62:2:   flow: shapes = &{storage for []Shape{...}}:
./iface_methods.go:62:2:     from []Shape{...} (spill) at ./iface_methods.go:63:19
./iface_methods.go:62:2:     from shapes := []Shape{...} (assign) at ./iface_methods.go:63:9
./iface_methods.go:62:2:   flow: {heap} = *shapes:
./iface_methods.go:62:2:     from total(shapes) (call parameter) at ./iface_methods.go:67:19
./iface_methods.go:63:61: Big{...} escapes to heap:
./iface_methods.go:63:61:   flow: {storage for []Shape{...}} = &{storage for Big{...}}:
./iface_methods.go:63:61:     from Big{...} (spill) at ./iface_methods.go:63:61
./iface_methods.go:63:61:     from []Shape{...} (slice-literal-element) at ./iface_methods.go:63:19
./iface_methods.go:63:61:   flow: shapes = &{storage for []Shape{...}}:
./iface_methods.go:63:61:     from []Shape{...} (spill) at ./iface_methods.go:63:19
./iface_methods.go:63:61:     from shapes := []Shape{...} (assign) at ./iface_methods.go:63:9
./iface_methods.go:63:61:   flow: {heap} = *shapes:
./iface_methods.go:63:61:     from total(shapes) (call parameter) at ./iface_methods.go:67:19
./iface_methods.go:63:51: Celsius(4.5) escapes to heap:
./iface_methods.go:63:51:   flow: {storage for []Shape{...}} = &{storage for Celsius(4.5)}:
./iface_methods.go:63:51:     from Celsius(4.5) (spill) at ./iface_methods.go:63:51
./iface_methods.go:63:51:     from []Shape{...} (slice-literal-element) at ./iface_methods.go:63:19
./iface_methods.go:63:51:   flow: shapes = &{storage for []Shape{...}}:
./iface_methods.go:63:51:     from []Shape{...} (spill) at ./iface_methods.go:63:19
./iface_methods.go:63:51:     from shapes := []Shape{...} (assign) at ./iface_methods.go:63:9
./iface_methods.go:63:51:   flow: {heap} = *shapes:
./iface_methods.go:63:51:     from total(shapes) (call parameter) at ./iface_methods.go:67:19
./iface_methods.go:63:32: &Circle{...} escapes to heap:
./iface_methods.go:63:32:   flow: {storage for []Shape{...}} = &{storage for &Circle{...}}:
./iface_methods.go:63:32:     from &Circle{...} (spill) at ./iface_methods.go:63:32
./iface_methods.go:63:32:     from &Circle{...} (interface-converted) at ./iface_methods.go:63:32
./iface_methods.go:63:32:     from []Shape{...} (slice-literal-element) at ./iface_methods.go:63:19
./iface_methods.go:63:32:   flow: shapes = &{storage for []Shape{...}}:
./iface_methods.go:63:32:     from []Shape{...} (spill) at ./iface_methods.go:63:19
./iface_methods.go:63:32:     from shapes := []Shape{...} (assign) at ./iface_methods.go:63:9
./iface_methods.go:63:32:   flow: {heap} = *shapes:
./iface_methods.go:63:32:     from total(shapes) (call parameter) at ./iface_methods.go:67:19
./iface_methods.go:63:24: Rect{...} escapes to heap:
./iface_methods.go:63:24:   flow: {storage for []Shape{...}} = &{storage for Rect{...}}:
./iface_methods.go:63:24:     from Rect{...} (spill) at ./iface_methods.go:63:24
./iface_methods.go:63:24:     from []Shape{...} (slice-literal-element) at ./iface_methods.go:63:19
./iface_methods.go:63:24:   flow: shapes = &{storage for []Shape{...}}:
./iface_methods.go:63:24:     from []Shape{...} (spill) at ./iface_methods.go:63:19
./iface_methods.go:63:24:     from shapes := []Shape{...} (assign) at ./iface_methods.go:63:9
./iface_methods.go:63:24:   flow: {heap} = *shapes:
./iface_methods.go:63:24:     from total(shapes) (call parameter) at ./iface_methods.go:67:19
./iface_methods.go:67:19: total(shapes) escapes to heap:
./iface_methods.go:67:19:   flow: {storage for ... argument} = &{storage for total(shapes)}:
./iface_methods.go:67:19:     from total(shapes) (spill) at ./iface_methods.go:67:19
./iface_methods.go:67:19:     from ... argument (slice-literal-element) at ./iface_methods.go:67:13
./iface_methods.go:67:19:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:67:19:     from ... argument (spill) at ./iface_methods.go:67:13
./iface_methods.go:67:19:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:67:13
./iface_methods.go:65:31: s.Area() escapes to heap:
./iface_methods.go:65:31:   flow: {storage for ... argument} = &{storage for s.Area()}:
./iface_methods.go:65:31:     from s.Area() (spill) at ./iface_methods.go:65:31
./iface_methods.go:65:31:     from ... argument (slice-literal-element) at ./iface_methods.go:65:14
./iface_methods.go:65:31:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:65:31:     from ... argument (spill) at ./iface_methods.go:65:14
./iface_methods.go:65:31:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:65:14
./iface_methods.go:65:21: s.Name() escapes to heap:
./iface_methods.go:65:21:   flow: {storage for ... argument} = &{storage for s.Name()}:
./iface_methods.go:65:21:     from s.Name() (spill) at ./iface_methods.go:65:21
./iface_methods.go:65:21:     from ... argument (slice-literal-element) at ./iface_methods.go:65:14
./iface_methods.go:65:21:   flow: {heap} = {storage for ... argument}:
./iface_methods.go:65:21:     from ... argument (spill) at ./iface_methods.go:65:14
./iface_methods.go:65:21:     from fmt.Println(... argument...) (call parameter) at ./iface_methods.go:65:14
./iface_methods.go:62:2: moved to heap: n
./iface_methods.go:63:19: []Shape{...} does not escape
./iface_methods.go:63:24: Rect{...} escapes to heap
./iface_methods.go:63:32: &Circle{...} escapes to heap
./iface_methods.go:63:51: Celsius(4.5) escapes to heap
./iface_methods.go:63:61: Big{...} escapes to heap
./iface_methods.go:65:14: ... argument does not escape
./iface_methods.go:65:21: s.Name() escapes to heap
./iface_methods.go:65:31: s.Area() escapes to heap
./iface_methods.go:67:13: ... argument does not escape
./iface_methods.go:67:19: total(shapes) escapes to heap
./iface_methods.go:69:2: Rect{} escapes to heap
./iface_methods.go:70:13: ... argument does not escape
./iface_methods.go:70:21: nm.Name() escapes to heap
./iface_methods.go:72:6: &Big{...} escapes to heap
./iface_methods.go:73:13: ... argument does not escape
./iface_methods.go:73:20: s.Name() escapes to heap
./iface_methods.go:73:30: s.Area() escapes to heap
./iface_methods.go:75:13: ... argument does not escape
./iface_methods.go:77:14: ... argument does not escape
./iface_methods.go:77:15: "is *Big" escapes to heap
./iface_methods.go:77:27: b.s escapes to heap
./iface_methods.go:80:13: ... argument does not escape
./iface_methods.go:80:13: ok escapes to heap
./iface_methods.go:82:13: ... argument does not escape
./iface_methods.go:82:23: err.Error() escapes to heap
./iface_methods.go:82:31: err != nil escapes to heap
./iface_methods.go:84:13: ... argument does not escape
./iface_methods.go:84:18: err == nil escapes to heap
./iface_methods.go:86:13: ... argument does not escape
./iface_methods.go:86:17: sh == nil escapes to heap
./iface_methods.go:88:13: ... argument does not escape
./iface_methods.go:88:15: c.r escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Big.Name(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return Big.Name(.this) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
