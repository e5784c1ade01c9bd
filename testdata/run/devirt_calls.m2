./devirt_calls.go:43:16: devirtualizing s.Name to Square
./devirt_calls.go:43:26: devirtualizing s.Area to Square
./devirt_calls.go:44:15: devirtualizing s.Double to Square
./devirt_calls.go:48:16: devirtualizing r.Name to Rect
./devirt_calls.go:48:26: devirtualizing r.Area to Rect
./devirt_calls.go:50:19: devirtualizing r2.Double to Rect
./devirt_calls.go:54:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:55:9: devirtualizing cs.Area to *Counter
./devirt_calls.go:56:17: devirtualizing cs.Name to *Counter
./devirt_calls.go:56:28: devirtualizing cs.Area to *Counter
./devirt_calls.go:57:11: devirtualizing cs.Double to *Counter
./devirt_calls.go:73:17: devirtualizing q.Area to Square
./devirt_calls.go:17:47: Square{...} escapes to heap:
./devirt_calls.go:17:47:   flow: ~r0 = &{storage for Square{...}}:
./devirt_calls.go:17:47:     from Square{...} (spill) at ./devirt_calls.go:17:47
./devirt_calls.go:17:47:     from return Square{...} (return) at ./devirt_calls.go:17:34
./devirt_calls.go:17:47: Square{...} escapes to heap
./devirt_calls.go:24:7: r does not escape
./devirt_calls.go:25:47: "rect " + r.tag escapes to heap:
./devirt_calls.go:25:47:   flow: ~r0 = &{storage for "rect " + r.tag}:
./devirt_calls.go:25:47:     from "rect " + r.tag (spill) at ./devirt_calls.go:25:47
./devirt_calls.go:25:47:     from return "rect " + r.tag (return) at ./devirt_calls.go:25:32
./devirt_calls.go:25:7: r does not escape
./devirt_calls.go:25:47: "rect " + r.tag escapes to heap
./devirt_calls.go:26:43: Rect{...} escapes to heap:
./devirt_calls.go:26:43:   flow: ~r0 = &{storage for Rect{...}}:
./devirt_calls.go:26:43:     from Rect{...} (spill) at ./devirt_calls.go:26:43
./devirt_calls.go:26:43:     from return Rect{...} (return) at ./devirt_calls.go:26:32
./devirt_calls.go:26:7: parameter r leaks to {storage for Rect{...}} with derefs=0:
./devirt_calls.go:26:7:   flow: {storage for Rect{...}} = r:
./devirt_calls.go:26:7:     from r.tag (dot) at ./devirt_calls.go:26:63
./devirt_calls.go:26:7:     from Rect{...} (struct literal element) at ./devirt_calls.go:26:43
./devirt_calls.go:26:7:     from Rect{...} (interface-converted) at ./devirt_calls.go:26:43
./devirt_calls.go:26:7: leaking param: r
./devirt_calls.go:26:43: Rect{...} escapes to heap
./devirt_calls.go:30:7: c does not escape
./devirt_calls.go:31:7: c does not escape
./devirt_calls.go:32:7: parameter c leaks to ~r0 with derefs=0:
./devirt_calls.go:32:7:   flow: ~r0 = c:
./devirt_calls.go:32:7:     from c (interface-converted) at ./devirt_calls.go:34:9
./devirt_calls.go:32:7:     from return c (return) at ./devirt_calls.go:34:2
./devirt_calls.go:32:7: leaking param: c to result ~r0 level=0
./devirt_calls.go:37:11: parameter s leaks to {heap} with derefs=0:
./devirt_calls.go:37:11:   flow: {heap} = s:
./devirt_calls.go:37:11:     from s.Name() (call parameter) at ./devirt_calls.go:38:16
./devirt_calls.go:37:11: leaking param: s
./devirt_calls.go:67:3: Rect{...} escapes to heap:
./devirt_calls.go:67:3:   flow: {heap} = &{storage for Rect{...}}:
./devirt_calls.go:67:3:     from Rect{...} (spill) at ./devirt_calls.go:67:3
./devirt_calls.go:67:3:     from *p = Rect{...} (assign) at ./devirt_calls.go:67:5
./devirt_calls.go:70:13: Square{...} escapes to heap:
./devirt_calls.go:70:13:   flow: {heap} = &{storage for Square{...}}:
./devirt_calls.go:70:13:     from Square{...} (spill) at ./devirt_calls.go:70:13
./devirt_calls.go:70:13:     from show(Square{...}) (call parameter) at ./devirt_calls.go:70:6
./devirt_calls.go:65:12: Shape(Square{...}) escapes to heap:
./devirt_calls.go:65:12:   flow: e = &{storage for Shape(Square{...})}:
./devirt_calls.go:65:12:     from Shape(Square{...}) (spill) at ./devirt_calls.go:65:12
./devirt_calls.go:65:12:     from e := Shape(Square{...}) (assign) at ./devirt_calls.go:65:4
./devirt_calls.go:65:12:   flow: {heap} = e:
./devirt_calls.go:65:12:     from e.Name() (call parameter) at ./devirt_calls.go:68:16
./devirt_calls.go:62:2: Rect{...} escapes to heap:
./devirt_calls.go:62:2:   flow: d = &{storage for Rect{...}}:
./devirt_calls.go:62:2:     from Rect{...} (spill) at ./devirt_calls.go:62:2
./devirt_calls.go:62:2:     from d = Rect{...} (assign) at ./devirt_calls.go:62:4
./devirt_calls.go:62:2:   flow: {heap} = d:
./devirt_calls.go:62:2:     from d.Name() (call parameter) at ./devirt_calls.go:63:16
./devirt_calls.go:61:12: Shape(Square{...}) escapes to heap:
./devirt_calls.go:61:12:   flow: d = &{storage for Shape(Square{...})}:
./devirt_calls.go:61:12:     from Shape(Square{...}) (spill) at ./devirt_calls.go:61:12
./devirt_calls.go:61:12:     from d := Shape(Square{...}) (assign) at ./devirt_calls.go:61:4
./devirt_calls.go:61:12:   flow: {heap} = d:
./devirt_calls.go:61:12:     from d.Name() (call parameter) at ./devirt_calls.go:63:16
./devirt_calls.go:42:22: Square{...} does not escape
./devirt_calls.go:47:12: Shape(Rect{...}) does not escape
./devirt_calls.go:52:7: &Counter{} does not escape
./devirt_calls.go:61:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:62:2: Rect{...} escapes to heap
./devirt_calls.go:65:12: Shape(Square{...}) escapes to heap
./devirt_calls.go:67:3: Rect{...} escapes to heap
./devirt_calls.go:70:13: Square{...} escapes to heap
./devirt_calls.go:72:24: Square{...} does not escape
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Double() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Rect.Double(.this) (call parameter) at <autogenerated>:1
