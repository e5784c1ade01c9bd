./mutual_recursion.go:7:11: parameter p leaks to ~r0 with derefs=0:
./mutual_recursion.go:7:11:   flow: ~r0 = p:
./mutual_recursion.go:7:11:     from return p (return) at ./mutual_recursion.go:9:3
./mutual_recursion.go:7:11:   flow: ~r0 = ~r0:
./mutual_recursion.go:7:11:     from return ping(p, n - 1) (return) at ./mutual_recursion.go:18:2
./mutual_recursion.go:14:11: parameter p leaks to ~r0 with derefs=0:
./mutual_recursion.go:14:11:   flow: ~r0 = p:
./mutual_recursion.go:14:11:     from return p (return) at ./mutual_recursion.go:16:3
./mutual_recursion.go:14:11: parameter p leaks to ~r0 with derefs=0:
./mutual_recursion.go:14:11:   flow: ~r0 = p:
./mutual_recursion.go:14:11:     from return p (return) at ./mutual_recursion.go:16:3
./mutual_recursion.go:14:11:   flow: ~r0 = ~r0:
./mutual_recursion.go:14:11:     from return pong(p, n - 1) (return) at ./mutual_recursion.go:11:2
./mutual_recursion.go:7:11: parameter p leaks to ~r0 with derefs=0:
./mutual_recursion.go:7:11:   flow: ~r0 = p:
./mutual_recursion.go:7:11:     from return p (return) at ./mutual_recursion.go:9:3
./mutual_recursion.go:7:11: leaking param: p
./mutual_recursion.go:14:11: leaking param: p
./mutual_recursion.go:28:10: parameter p leaks to {heap} with derefs=0:
./mutual_recursion.go:28:10:   flow: {heap} = p:
./mutual_recursion.go:28:10:     from sink = p (assign) at ./mutual_recursion.go:30:8
./mutual_recursion.go:21:11: parameter p leaks to {heap} with derefs=0:
./mutual_recursion.go:21:11:   flow: p = p:
./mutual_recursion.go:21:11:     from odd(p, n - 1) (call parameter) at ./mutual_recursion.go:25:12
./mutual_recursion.go:21:11:   flow: {heap} = p:
./mutual_recursion.go:21:11:     from sink = p (assign) at ./mutual_recursion.go:30:8
./mutual_recursion.go:21:11: leaking param: p
./mutual_recursion.go:28:10: leaking param: p
./mutual_recursion.go:37:2: x escapes to heap:
./mutual_recursion.go:37:2:   flow: {heap} = &x:
./mutual_recursion.go:37:2:     from &x (address-of) at ./mutual_recursion.go:39:16
./mutual_recursion.go:37:2:     from ping(&x, 3) (call parameter) at ./mutual_recursion.go:39:15
./mutual_recursion.go:38:2: y escapes to heap:
./mutual_recursion.go:38:2:   flow: {heap} = &y:
./mutual_recursion.go:38:2:     from &y (address-of) at ./mutual_recursion.go:39:29
./mutual_recursion.go:38:2:     from even(&y, 4) (call parameter) at ./mutual_recursion.go:39:28
./mutual_recursion.go:37:2: moved to heap: x
./mutual_recursion.go:38:2: moved to heap: y
