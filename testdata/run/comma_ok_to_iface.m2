./comma_ok_to_iface.go:7:8: parameter y leaks to {heap} with derefs=0:
./comma_ok_to_iface.go:7:8:   flow: {heap} = y:
./comma_ok_to_iface.go:7:8:     from y.(*int) (dot) at ./comma_ok_to_iface.go:9:18
./comma_ok_to_iface.go:7:8:     from sink, *(&ok) = y.(*int) (assign-pair-dot-type) at ./comma_ok_to_iface.go:9:15
./comma_ok_to_iface.go:7:8: leaking param: y
./comma_ok_to_iface.go:14:2: n escapes to heap:
./comma_ok_to_iface.go:14:2:   flow: {heap} = &n:
./comma_ok_to_iface.go:14:2:     from &n (address-of) at ./comma_ok_to_iface.go:15:37
./comma_ok_to_iface.go:14:2:     from &n (interface-converted) at ./comma_ok_to_iface.go:15:37
./comma_ok_to_iface.go:14:2:     from f(&n) (call parameter) at ./comma_ok_to_iface.go:15:36
./comma_ok_to_iface.go:15:54: sink.(*int) == &n escapes to heap:
./comma_ok_to_iface.go:15:54:   flow: {storage for ... argument} = &{storage for sink.(*int) == &n}:
./comma_ok_to_iface.go:15:54:     from sink.(*int) == &n (spill) at ./comma_ok_to_iface.go:15:54
./comma_ok_to_iface.go:15:54:     from ... argument (slice-literal-element) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:54:   flow: {heap} = {storage for ... argument}:
./comma_ok_to_iface.go:15:54:     from ... argument (spill) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:54:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:36: f(&n) escapes to heap:
./comma_ok_to_iface.go:15:36:   flow: {storage for ... argument} = &{storage for f(&n)}:
./comma_ok_to_iface.go:15:36:     from f(&n) (spill) at ./comma_ok_to_iface.go:15:36
./comma_ok_to_iface.go:15:36:     from ... argument (slice-literal-element) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:36:   flow: {heap} = {storage for ... argument}:
./comma_ok_to_iface.go:15:36:     from ... argument (spill) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:36:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:27: sink == nil escapes to heap:
./comma_ok_to_iface.go:15:27:   flow: {storage for ... argument} = &{storage for sink == nil}:
./comma_ok_to_iface.go:15:27:     from sink == nil (spill) at ./comma_ok_to_iface.go:15:27
./comma_ok_to_iface.go:15:27:     from ... argument (slice-literal-element) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:27:   flow: {heap} = {storage for ... argument}:
./comma_ok_to_iface.go:15:27:     from ... argument (spill) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:27:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:15: f(nil) escapes to heap:
./comma_ok_to_iface.go:15:15:   flow: {storage for ... argument} = &{storage for f(nil)}:
./comma_ok_to_iface.go:15:15:     from f(nil) (spill) at ./comma_ok_to_iface.go:15:15
./comma_ok_to_iface.go:15:15:     from ... argument (slice-literal-element) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:15:   flow: {heap} = {storage for ... argument}:
./comma_ok_to_iface.go:15:15:     from ... argument (spill) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./comma_ok_to_iface.go:15:13
./comma_ok_to_iface.go:14:2: moved to heap: n
./comma_ok_to_iface.go:15:13: ... argument does not escape
./comma_ok_to_iface.go:15:15: f(nil) escapes to heap
./comma_ok_to_iface.go:15:27: sink == nil escapes to heap
./comma_ok_to_iface.go:15:36: f(&n) escapes to heap
./comma_ok_to_iface.go:15:54: sink.(*int) == &n escapes to heap
