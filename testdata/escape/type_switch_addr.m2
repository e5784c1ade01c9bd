./type_switch_addr.go:11:10: v escapes to heap:
./type_switch_addr.go:11:10:   flow: {heap} = &v:
./type_switch_addr.go:11:10:     from &v (address-of) at ./type_switch_addr.go:12:8
./type_switch_addr.go:11:10:     from gi = &v (assign) at ./type_switch_addr.go:12:6
./type_switch_addr.go:13:13: v escapes to heap:
./type_switch_addr.go:13:13:   flow: {heap} = &v:
./type_switch_addr.go:13:13:     from &v (address-of) at ./type_switch_addr.go:14:8
./type_switch_addr.go:13:13:     from gs = &v (assign) at ./type_switch_addr.go:14:6
./type_switch_addr.go:15:9: v escapes to heap:
./type_switch_addr.go:15:9:   flow: {heap} = &v:
./type_switch_addr.go:15:9:     from &v (address-of) at ./type_switch_addr.go:16:8
./type_switch_addr.go:15:9:     from ge = &v (assign) at ./type_switch_addr.go:16:6
./type_switch_addr.go:9:8: parameter x leaks to v with derefs=0:
./type_switch_addr.go:9:8:   flow: {temp} = x:
./type_switch_addr.go:9:8:   flow: v = {temp}:
./type_switch_addr.go:9:8:     from default: ge = &v (switch case) at ./type_switch_addr.go:15:2
./type_switch_addr.go:9:8: parameter x leaks to v with derefs=1:
./type_switch_addr.go:9:8:   flow: {temp} = x:
./type_switch_addr.go:9:8:   flow: v = *{temp}:
./type_switch_addr.go:9:8:     from case string: gs = &v (switch case) at ./type_switch_addr.go:13:2
./type_switch_addr.go:9:8: leaking param: x
./type_switch_addr.go:11:10: moved to heap: v
./type_switch_addr.go:13:13: moved to heap: v
./type_switch_addr.go:15:9: moved to heap: v
./type_switch_addr.go:20:17: 1 escapes to heap:
./type_switch_addr.go:20:17:   flow: {heap} = &{storage for 1}:
./type_switch_addr.go:20:17:     from 1 (spill) at ./type_switch_addr.go:20:17
./type_switch_addr.go:20:17:     from f(1) (call parameter) at ./type_switch_addr.go:20:16
./type_switch_addr.go:20:17: 1 escapes to heap
