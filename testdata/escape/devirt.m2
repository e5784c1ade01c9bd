./devirt.go:38:5: devirtualizing x.M to Big
./devirt.go:41:5: devirtualizing y.M to Leaky
./devirt.go:44:9: devirtualizing z.M to *Ptr
./devirt.go:51:5: devirtualizing z.M to Big
./devirt.go:53:5: devirtualizing a.M to Big
./devirt.go:54:5: devirtualizing b.M to *Big
./devirt.go:56:5: devirtualizing c.M to *Ptr
./devirt.go:57:5: devirtualizing d.M to *Ptr
./devirt.go:59:6: devirtualizing e.M to Big
./devirt.go:61:13: devirtualizing M(Word{}).M to Word
./devirt.go:62:7: devirtualizing x.M to Big
./devirt.go:86:5: devirtualizing x.M to Big
./devirt.go:91:12: devirtualizing x.M to Word
./devirt.go:33:27: devirtualizing M(Word{}).M to Word
./devirt.go:12:7: parameter w leaks to ~r0 with derefs=0:
./devirt.go:12:7:   flow: ~r0 = w:
./devirt.go:12:7:     from w.p (dot) at ./devirt.go:12:34
./devirt.go:12:7:     from return w.p (return) at ./devirt.go:12:26
./devirt.go:12:7: leaking param: w to result ~r0 level=0
./devirt.go:19:7: b does not escape
./devirt.go:26:7: parameter l leaks to {heap} with derefs=0:
./devirt.go:26:7:   flow: {heap} = l:
./devirt.go:26:7:     from l.p (dot) at ./devirt.go:26:35
./devirt.go:26:7:     from l.p (interface-converted) at ./devirt.go:26:27
./devirt.go:26:7:     from sink = l.p (assign) at ./devirt.go:26:32
./devirt.go:26:7: leaking param: l
./devirt.go:30:7: parameter q leaks to ~r0 with derefs=1:
./devirt.go:30:7:   flow: ~r0 = *q:
./devirt.go:30:7:     from q.p (dot of pointer) at ./devirt.go:30:34
./devirt.go:30:7:     from return q.p (return) at ./devirt.go:30:26
./devirt.go:30:7: leaking param: q to result ~r0 level=1
./devirt.go:39:2: j escapes to heap:
./devirt.go:39:2:   flow: {storage for M(Leaky{...})} = &j:
./devirt.go:39:2:     from &j (address-of) at ./devirt.go:40:15
./devirt.go:39:2:     from Leaky{...} (struct literal element) at ./devirt.go:40:14
./devirt.go:39:2:     from M(Leaky{...}) (interface-converted) at ./devirt.go:40:8
./devirt.go:39:2:   flow: y = &{storage for M(Leaky{...})}:
./devirt.go:39:2:     from M(Leaky{...}) (spill) at ./devirt.go:40:8
./devirt.go:39:2:     from y := M(Leaky{...}) (assign) at ./devirt.go:40:4
./devirt.go:39:2:   flow: {heap} = *y:
./devirt.go:39:2:     from y.(Leaky) (dot) at ./devirt.go:41:3
./devirt.go:39:2:     from Leaky.M(y.(Leaky)) (call parameter) at ./devirt.go:41:5
./devirt.go:39:2: moved to heap: j
./devirt.go:37:17: Big{...} does not escape
./devirt.go:40:8: M(Leaky{...}) does not escape
./devirt.go:43:9: &Ptr{...} does not escape
./devirt.go:47:13: v does not escape
./devirt.go:48:8: M(v) does not escape
./devirt.go:52:11: M(v) does not escape
./devirt.go:55:15: &Ptr{} does not escape
./devirt.go:55:23: &Ptr{} does not escape
./devirt.go:58:11: M(v) does not escape
./devirt.go:65:23: parameter w leaks to {heap} with derefs=0:
./devirt.go:65:23:   flow: f = w:
./devirt.go:65:23:     from M(w) (interface-converted) at ./devirt.go:77:10
./devirt.go:65:23:     from f, _ = M(w), 1 (assign-pair) at ./devirt.go:77:7
./devirt.go:65:23:   flow: {heap} = f:
./devirt.go:65:23:     from f.M() (call parameter) at ./devirt.go:78:5
./devirt.go:76:8: M(v) escapes to heap:
./devirt.go:76:8:   flow: f = &{storage for M(v)}:
./devirt.go:76:8:     from M(v) (spill) at ./devirt.go:76:8
./devirt.go:76:8:     from f := M(v) (assign) at ./devirt.go:76:4
./devirt.go:76:8:   flow: {heap} = f:
./devirt.go:76:8:     from f.M() (call parameter) at ./devirt.go:78:5
./devirt.go:72:8: M(v) escapes to heap:
./devirt.go:72:8:   flow: z = &{storage for M(v)}:
./devirt.go:72:8:     from M(v) (spill) at ./devirt.go:72:8
./devirt.go:72:8:     from z := M(v) (assign) at ./devirt.go:72:4
./devirt.go:72:8:   flow: {heap} = z:
./devirt.go:72:8:     from z.M() (call parameter) at ./devirt.go:74:5
./devirt.go:69:8: M(v) escapes to heap:
./devirt.go:69:8:   flow: y = &{storage for M(v)}:
./devirt.go:69:8:     from M(v) (spill) at ./devirt.go:69:8
./devirt.go:69:8:     from y := M(v) (assign) at ./devirt.go:69:4
./devirt.go:69:8:   flow: {heap} = y:
./devirt.go:69:8:     from y.M() (call parameter) at ./devirt.go:71:5
./devirt.go:67:2: v escapes to heap:
./devirt.go:67:2:   flow: x = &{storage for v}:
./devirt.go:67:2:     from v (spill) at ./devirt.go:67:2
./devirt.go:67:2:     from x = v (assign) at ./devirt.go:67:4
./devirt.go:67:2:   flow: {heap} = x:
./devirt.go:67:2:     from x.M() (call parameter) at ./devirt.go:68:5
./devirt.go:65:16: parameter v leaks to {storage for M(v)} with derefs=0:
./devirt.go:65:16:   flow: {storage for M(v)} = v:
./devirt.go:65:16:     from M(v) (interface-converted) at ./devirt.go:76:8
./devirt.go:65:16: parameter v leaks to {storage for M(v)} with derefs=0:
./devirt.go:65:16:   flow: {storage for M(v)} = v:
./devirt.go:65:16:     from M(v) (interface-converted) at ./devirt.go:72:8
./devirt.go:65:16: parameter v leaks to {storage for M(v)} with derefs=0:
./devirt.go:65:16:   flow: {storage for M(v)} = v:
./devirt.go:65:16:     from M(v) (interface-converted) at ./devirt.go:69:8
./devirt.go:65:16: parameter v leaks to {storage for v} with derefs=0:
./devirt.go:65:16:   flow: {storage for v} = v:
./devirt.go:65:16:     from v (interface-converted) at ./devirt.go:67:2
./devirt.go:65:16: leaking param: v
./devirt.go:65:23: leaking param: w
./devirt.go:65:31: ms does not escape
./devirt.go:67:2: v escapes to heap
./devirt.go:69:8: M(v) escapes to heap
./devirt.go:72:8: M(v) escapes to heap
./devirt.go:76:8: M(v) escapes to heap
./devirt.go:82:13: v does not escape
./devirt.go:82:20: ms does not escape
./devirt.go:83:8: M(v) does not escape
./devirt.go:89:14: parameter v leaks to ~r0 with derefs=0:
./devirt.go:89:14:   flow: x = v:
./devirt.go:89:14:     from M(v) (interface-converted) at ./devirt.go:90:8
./devirt.go:89:14:     from x := M(v) (assign) at ./devirt.go:90:4
./devirt.go:89:14:   flow: ~r0 = x:
./devirt.go:89:14:     from x.(Word) (dot) at ./devirt.go:91:10
./devirt.go:89:14:     from Word.M(x.(Word)) (call parameter) at ./devirt.go:91:12
./devirt.go:89:14:     from return Word.M(x.(Word)) (return) at ./devirt.go:91:2
./devirt.go:89:14: leaking param: v to result ~r0 level=0
./devirt.go:98:19: []M{...} does not escape
./devirt.go:98:23: Big{} does not escape
./devirt.go:99:27: new(int) does not escape
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Leaky.M(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from Word.M(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return Word.M(.this) (return) at <autogenerated>:1
