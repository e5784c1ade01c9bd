./iface_local_types.go:16:10: L{...} escapes to heap:
./iface_local_types.go:16:10:   flow: ~r0 = &{storage for L{...}}:
./iface_local_types.go:16:10:     from L{...} (spill) at ./iface_local_types.go:16:10
./iface_local_types.go:16:10:     from return L{...} (return) at ./iface_local_types.go:16:2
./iface_local_types.go:16:12: T(1) escapes to heap:
./iface_local_types.go:16:12:   flow: {storage for L{...}} = &{storage for T(1)}:
./iface_local_types.go:16:12:     from T(1) (spill) at ./iface_local_types.go:16:12
./iface_local_types.go:16:12:     from L{...} (struct literal element) at ./iface_local_types.go:16:10
./iface_local_types.go:16:12:     from L{...} (interface-converted) at ./iface_local_types.go:16:10
./iface_local_types.go:16:10: L{...} escapes to heap
./iface_local_types.go:16:12: T(1) escapes to heap
./iface_local_types.go:24:10: L{...} escapes to heap:
./iface_local_types.go:24:10:   flow: ~r0 = &{storage for L{...}}:
./iface_local_types.go:24:10:     from L{...} (spill) at ./iface_local_types.go:24:10
./iface_local_types.go:24:10:     from return L{...} (return) at ./iface_local_types.go:24:2
./iface_local_types.go:24:15: T(2) escapes to heap:
./iface_local_types.go:24:15:   flow: {storage for L{...}} = &{storage for T(2)}:
./iface_local_types.go:24:15:     from T(2) (spill) at ./iface_local_types.go:24:15
./iface_local_types.go:24:15:     from L{...} (struct literal element) at ./iface_local_types.go:24:10
./iface_local_types.go:24:15:     from L{...} (interface-converted) at ./iface_local_types.go:24:10
./iface_local_types.go:24:10: L{...} escapes to heap
./iface_local_types.go:24:15: T(2) escapes to heap
./iface_local_types.go:27:8: x does not escape
./iface_local_types.go:39:13: ok escapes to heap:
./iface_local_types.go:39:13:   flow: {storage for ... argument} = &{storage for ok}:
./iface_local_types.go:39:13:     from ok (spill) at ./iface_local_types.go:39:13
./iface_local_types.go:39:13:     from ... argument (slice-literal-element) at ./iface_local_types.go:39:13
./iface_local_types.go:39:13:   flow: {heap} = {storage for ... argument}:
./iface_local_types.go:39:13:     from ... argument (spill) at ./iface_local_types.go:39:13
./iface_local_types.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./iface_local_types.go:39:13
./iface_local_types.go:36:23: c(b()) escapes to heap:
./iface_local_types.go:36:23:   flow: {storage for ... argument} = &{storage for c(b())}:
./iface_local_types.go:36:23:     from c(b()) (spill) at ./iface_local_types.go:36:23
./iface_local_types.go:36:23:     from ... argument (slice-literal-element) at ./iface_local_types.go:36:13
./iface_local_types.go:36:23:   flow: {heap} = {storage for ... argument}:
./iface_local_types.go:36:23:     from ... argument (spill) at ./iface_local_types.go:36:13
./iface_local_types.go:36:23:     from fmt.Println(... argument...) (call parameter) at ./iface_local_types.go:36:13
./iface_local_types.go:36:15: c(a()) escapes to heap:
./iface_local_types.go:36:15:   flow: {storage for ... argument} = &{storage for c(a())}:
./iface_local_types.go:36:15:     from c(a()) (spill) at ./iface_local_types.go:36:15
./iface_local_types.go:36:15:     from ... argument (slice-literal-element) at ./iface_local_types.go:36:13
./iface_local_types.go:36:15:   flow: {heap} = {storage for ... argument}:
./iface_local_types.go:36:15:     from ... argument (spill) at ./iface_local_types.go:36:13
./iface_local_types.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./iface_local_types.go:36:13
./iface_local_types.go:35:26: ib.M() escapes to heap:
./iface_local_types.go:35:26:   flow: {storage for ... argument} = &{storage for ib.M()}:
./iface_local_types.go:35:26:     from ib.M() (spill) at ./iface_local_types.go:35:26
./iface_local_types.go:35:26:     from ... argument (slice-literal-element) at ./iface_local_types.go:35:13
./iface_local_types.go:35:26:   flow: {heap} = {storage for ... argument}:
./iface_local_types.go:35:26:     from ... argument (spill) at ./iface_local_types.go:35:13
./iface_local_types.go:35:26:     from fmt.Println(... argument...) (call parameter) at ./iface_local_types.go:35:13
./iface_local_types.go:35:18: ia.M() escapes to heap:
./iface_local_types.go:35:18:   flow: {storage for ... argument} = &{storage for ia.M()}:
./iface_local_types.go:35:18:     from ia.M() (spill) at ./iface_local_types.go:35:18
./iface_local_types.go:35:18:     from ... argument (slice-literal-element) at ./iface_local_types.go:35:13
./iface_local_types.go:35:18:   flow: {heap} = {storage for ... argument}:
./iface_local_types.go:35:18:     from ... argument (spill) at ./iface_local_types.go:35:13
./iface_local_types.go:35:18:     from fmt.Println(... argument...) (call parameter) at ./iface_local_types.go:35:13
./iface_local_types.go:35:13: ... argument does not escape
./iface_local_types.go:35:18: ia.M() escapes to heap
./iface_local_types.go:35:26: ib.M() escapes to heap
./iface_local_types.go:36:13: ... argument does not escape
./iface_local_types.go:36:15: c(a()) escapes to heap
./iface_local_types.go:36:23: c(b()) escapes to heap
./iface_local_types.go:39:13: ... argument does not escape
./iface_local_types.go:39:13: ok escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
