./devirt_calls.go:57:16: devirtualizing s.Name to Square
./devirt_calls.go:57:26: devirtualizing s.Area to Square
./devirt_calls.go:58:14: devirtualizing s.Scale to Square
./devirt_calls.go:62:16: devirtualizing r.Name to Rect
./devirt_calls.go:62:26: devirtualizing r.Area to Rect
./devirt_calls.go:64:18: devirtualizing r2.Scale to Rect
./devirt_calls.go:68:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:69:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:70:17: devirtualizing cs.Name to *Counter
./devirt_calls.go:70:28: devirtualizing cs.Area to *Counter
./devirt_calls.go:71:10: devirtualizing cs.Scale to *Counter
./devirt_calls.go:75:17: devirtualizing sum.Sum to adder
./devirt_calls.go:75:29: devirtualizing sum.Sum to adder
./devirt_calls.go:75:47: devirtualizing sum.Sum to adder
./devirt_calls.go:90:17: devirtualizing q.Area to Square
./devirt_calls.go:17:51: Square{...} escapes to heap:
./devirt_calls.go:17:51:   flow: ~r0 = &{storage for Square{...}}:
./devirt_calls.go:17:51:     from Square{...} (spill) at ./devirt_calls.go:17:51
./devirt_calls.go:17:51:     from return Square{...} (return) at ./devirt_calls.go:17:38
./devirt_calls.go:17:51: Square{...} escapes to heap
./devirt_calls.go:24:7: r does not escape
./devirt_calls.go:25:51: "rect " + r.tag escapes to heap:
./devirt_calls.go:25:51:   flow: ~r0 = &{storage for "rect " + r.tag}:
./devirt_calls.go:25:51:     from "rect " + r.tag (spill) at ./devirt_calls.go:25:51
./devirt_calls.go:25:51:     from return "rect " + r.tag (return) at ./devirt_calls.go:25:36
./devirt_calls.go:25:7: r does not escape
./devirt_calls.go:25:51: "rect " + r.tag escapes to heap
./devirt_calls.go:26:47: Rect{...} escapes to heap:
./devirt_calls.go:26:47:   flow: ~r0 = &{storage for Rect{...}}:
./devirt_calls.go:26:47:     from Rect{...} (spill) at ./devirt_calls.go:26:47
./devirt_calls.go:26:47:     from return Rect{...} (return) at ./devirt_calls.go:26:36
./devirt_calls.go:26:7: parameter r leaks to {storage for Rect{...}} with derefs=0:
./devirt_calls.go:26:7:   flow: {storage for Rect{...}} = r:
./devirt_calls.go:26:7:     from r.tag (dot) at ./devirt_calls.go:26:67
./devirt_calls.go:26:7:     from Rect{...} (struct literal element) at ./devirt_calls.go:26:47
./devirt_calls.go:26:7:     from Rect{...} (interface-converted) at ./devirt_calls.go:26:47
./devirt_calls.go:26:7: leaking param: r
./devirt_calls.go:26:47: Rect{...} escapes to heap
./devirt_calls.go:30:7: c does not escape
./devirt_calls.go:31:7: c does not escape
./devirt_calls.go:32:7: parameter c leaks to ~r0 with derefs=0:
./devirt_calls.go:32:7:   flow: ~r0 = c:
./devirt_calls.go:32:7:     from c (interface-converted) at ./devirt_calls.go:34:9
./devirt_calls.go:32:7:     from return c (return) at ./devirt_calls.go:34:2
./devirt_calls.go:32:7: leaking param: c to result ~r0 level=0
./devirt_calls.go:43:30: xs does not escape
./devirt_calls.go:51:11: parameter s leaks to {heap} with derefs=0:
./devirt_calls.go:51:11:   flow: {heap} = s:
./devirt_calls.go:51:11:     from s.Name() (call parameter) at ./devirt_calls.go:52:16
./devirt_calls.go:51:11: leaking param: s
./devirt_calls.go:84:3: Rect{...} escapes to heap:
./devirt_calls.go:84:3:   flow: {heap} = &{storage for Rect{...}}:
./devirt_calls.go:84:3:     from Rect{...} (spill) at ./devirt_calls.go:84:3
./devirt_calls.go:84:3:     from *p = Rect{...} (assign) at ./devirt_calls.go:84:5
./devirt_calls.go:87:13: Square{...} escapes to heap:
./devirt_calls.go:87:13:   flow: {heap} = &{storage for Square{...}}:
./devirt_calls.go:87:13:     from Square{...} (spill) at ./devirt_calls.go:87:13
./devirt_calls.go:87:13:     from show(Square{...}) (call parameter) at ./devirt_calls.go:87:6
./devirt_calls.go:82:12: Shape(Square{...}) escapes to heap:
./devirt_calls.go:82:12:   flow: e = &{storage for Shape(Square{...})}:
./devirt_calls.go:82:12:     from Shape(Square{...}) (spill) at ./devirt_calls.go:82:12
./devirt_calls.go:82:12:     from e := Shape(Square{...}) (assign) at ./devirt_calls.go:82:4
./devirt_calls.go:82:12:   flow: {heap} = e:
./devirt_calls.go:82:12:     from e.Name() (call parameter) at ./devirt_calls.go:85:16
./devirt_calls.go:79:2: Rect{...} escapes to heap:
./devirt_calls.go:79:2:   flow: d = &{storage for Rect{...}}:
./devirt_calls.go:79:2:     from Rect{...} (spill) at ./devirt_calls.go:79:2
./devirt_calls.go:79:2:     from d = Rect{...} (assign) at ./devirt_calls.go:79:4
./devirt_calls.go:79:2:   flow: {heap} = d:
./devirt_calls.go:79:2:     from d.Name() (call parameter) at ./devirt_calls.go:80:16
./devirt_calls.go:78:12: Shape(Square{...}) escapes to heap:
./devirt_calls.go:78:12:   flow: d = &{storage for Shape(Square{...})}:
./devirt_calls.go:78:12:     from Shape(Square{...}) (spill) at ./devirt_calls.go:78:12
./devirt_calls.go:78:12:     from d := Shape(Square{...}) (assign) at ./devirt_calls.go:78:4
./devirt_calls.go:78:12:   flow: {heap} = d:
./devirt_calls.go:78:12:     from d.Name() (call parameter) at ./devirt_calls.go:80:16
./devirt_calls.go:56:22: Square{...} does not escape
./devirt_calls.go:61:12: Shape(Rect{...}) does not escape
./devirt_calls.go:66:7: &Counter{} does not escape
./devirt_calls.go:74:24: adder{...} does not escape
./devirt_calls.go:75:29: ... argument does not escape
./devirt_calls.go:75:56: []int{...} does not escape
./devirt_calls.go:78:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:79:2: Rect{...} escapes to heap
./devirt_calls.go:82:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:84:3: Rect{...} escapes to heap
./devirt_calls.go:87:13: Square{...} escapes to heap
./devirt_calls.go:89:24: Square{...} does not escape
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Scale(k) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Rect.Scale(.this, k) (call parameter) at <autogenerated>:1
./devirt_calls.go:38:16: parameter xs leaks to {heap} with derefs=0:
./devirt_calls.go:38:16:   flow: {heap} = xs:
./devirt_calls.go:38:16:     from .this.Sum(base, xs...) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Sum(base, xs...) (call parameter) at <autogenerated>:1
