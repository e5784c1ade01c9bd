./mutual_recursion.go:36:45: to escapes to heap:
./mutual_recursion.go:36:45:   flow: {storage for ... argument} = &{storage for to}:
./mutual_recursion.go:36:45:     from to (spill) at ./mutual_recursion.go:36:45
./mutual_recursion.go:36:45:     from ... argument (slice-literal-element) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:45:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:36:45:     from ... argument (spill) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:45:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:45: "to" escapes to heap:
./mutual_recursion.go:36:45:   flow: {storage for ... argument} = &{storage for "to"}:
./mutual_recursion.go:36:45:     from "to" (spill) at ./mutual_recursion.go:36:45
./mutual_recursion.go:36:45:     from ... argument (slice-literal-element) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:45:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:36:45:     from ... argument (spill) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:45:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:31: from escapes to heap:
./mutual_recursion.go:36:31:   flow: {storage for ... argument} = &{storage for from}:
./mutual_recursion.go:36:31:     from from (spill) at ./mutual_recursion.go:36:31
./mutual_recursion.go:36:31:     from ... argument (slice-literal-element) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:31:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:36:31:     from ... argument (spill) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:31:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:31: "from" escapes to heap:
./mutual_recursion.go:36:31:   flow: {storage for ... argument} = &{storage for "from"}:
./mutual_recursion.go:36:31:     from "from" (spill) at ./mutual_recursion.go:36:31
./mutual_recursion.go:36:31:     from ... argument (slice-literal-element) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:31:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:36:31:     from ... argument (spill) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:31:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:15: n escapes to heap:
./mutual_recursion.go:36:15:   flow: {storage for ... argument} = &{storage for n}:
./mutual_recursion.go:36:15:     from n (spill) at ./mutual_recursion.go:36:15
./mutual_recursion.go:36:15:     from ... argument (slice-literal-element) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:15:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:36:15:     from ... argument (spill) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:15: "move disk" escapes to heap:
./mutual_recursion.go:36:15:   flow: {storage for ... argument} = &{storage for "move disk"}:
./mutual_recursion.go:36:15:     from "move disk" (spill) at ./mutual_recursion.go:36:15
./mutual_recursion.go:36:15:     from ... argument (slice-literal-element) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:15:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:36:15:     from ... argument (spill) at ./mutual_recursion.go:36:14
./mutual_recursion.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:36:14
./mutual_recursion.go:29:25: parameter to leaks to {storage for to} with derefs=0:
./mutual_recursion.go:29:25:   flow: {storage for to} = to:
./mutual_recursion.go:29:25:     from to (interface-converted) at ./mutual_recursion.go:36:45
./mutual_recursion.go:29:29: parameter via leaks to {storage for to} with derefs=0:
./mutual_recursion.go:29:29:   flow: to = via:
./mutual_recursion.go:29:29:     from hanoi(n - 1, from, via, to, moves) (call parameter) at ./mutual_recursion.go:33:7
./mutual_recursion.go:29:29:   flow: {storage for to} = to:
./mutual_recursion.go:29:29:     from to (interface-converted) at ./mutual_recursion.go:36:45
./mutual_recursion.go:29:19: parameter from leaks to {storage for to} with derefs=0:
./mutual_recursion.go:29:19:   flow: via = from:
./mutual_recursion.go:29:19:     from hanoi(n - 1, via, to, from, moves) (call parameter) at ./mutual_recursion.go:38:7
./mutual_recursion.go:29:19:   flow: to = via:
./mutual_recursion.go:29:19:     from hanoi(n - 1, from, via, to, moves) (call parameter) at ./mutual_recursion.go:33:7
./mutual_recursion.go:29:19:   flow: {storage for to} = to:
./mutual_recursion.go:29:19:     from to (interface-converted) at ./mutual_recursion.go:36:45
./mutual_recursion.go:29:19: parameter from leaks to {storage for from} with derefs=0:
./mutual_recursion.go:29:19:   flow: {storage for from} = from:
./mutual_recursion.go:29:19:     from from (interface-converted) at ./mutual_recursion.go:36:31
./mutual_recursion.go:29:29: parameter via leaks to {storage for from} with derefs=0:
./mutual_recursion.go:29:29:   flow: from = via:
./mutual_recursion.go:29:29:     from hanoi(n - 1, via, to, from, moves) (call parameter) at ./mutual_recursion.go:38:7
./mutual_recursion.go:29:29:   flow: {storage for from} = from:
./mutual_recursion.go:29:29:     from from (interface-converted) at ./mutual_recursion.go:36:31
./mutual_recursion.go:29:25: parameter to leaks to {storage for from} with derefs=0:
./mutual_recursion.go:29:25:   flow: via = to:
./mutual_recursion.go:29:25:     from hanoi(n - 1, from, via, to, moves) (call parameter) at ./mutual_recursion.go:33:7
./mutual_recursion.go:29:25:   flow: from = via:
./mutual_recursion.go:29:25:     from hanoi(n - 1, via, to, from, moves) (call parameter) at ./mutual_recursion.go:38:7
./mutual_recursion.go:29:25:   flow: {storage for from} = from:
./mutual_recursion.go:29:25:     from from (interface-converted) at ./mutual_recursion.go:36:31
./mutual_recursion.go:29:19: leaking param: from
./mutual_recursion.go:29:25: leaking param: to
./mutual_recursion.go:29:29: leaking param: via
./mutual_recursion.go:29:41: moves does not escape
./mutual_recursion.go:36:14: ... argument does not escape
./mutual_recursion.go:36:15: "move disk" escapes to heap
./mutual_recursion.go:36:15: n escapes to heap
./mutual_recursion.go:36:31: "from" escapes to heap
./mutual_recursion.go:36:31: from escapes to heap
./mutual_recursion.go:36:45: "to" escapes to heap
./mutual_recursion.go:36:45: to escapes to heap
./mutual_recursion.go:46:14: moves escapes to heap:
./mutual_recursion.go:46:14:   flow: {storage for ... argument} = &{storage for moves}:
./mutual_recursion.go:46:14:     from moves (spill) at ./mutual_recursion.go:46:14
./mutual_recursion.go:46:14:     from ... argument (slice-literal-element) at ./mutual_recursion.go:46:13
./mutual_recursion.go:46:14:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:46:14:     from ... argument (spill) at ./mutual_recursion.go:46:13
./mutual_recursion.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:46:13
./mutual_recursion.go:46:14: "moves" escapes to heap:
./mutual_recursion.go:46:14:   flow: {storage for ... argument} = &{storage for "moves"}:
./mutual_recursion.go:46:14:     from "moves" (spill) at ./mutual_recursion.go:46:14
./mutual_recursion.go:46:14:     from ... argument (slice-literal-element) at ./mutual_recursion.go:46:13
./mutual_recursion.go:46:14:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:46:14:     from ... argument (spill) at ./mutual_recursion.go:46:13
./mutual_recursion.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:46:13
./mutual_recursion.go:43:40: ackermann(3, 3) escapes to heap:
./mutual_recursion.go:43:40:   flow: {storage for ... argument} = &{storage for ackermann(3, 3)}:
./mutual_recursion.go:43:40:     from ackermann(3, 3) (spill) at ./mutual_recursion.go:43:40
./mutual_recursion.go:43:40:     from ... argument (slice-literal-element) at ./mutual_recursion.go:43:13
./mutual_recursion.go:43:40:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:43:40:     from ... argument (spill) at ./mutual_recursion.go:43:13
./mutual_recursion.go:43:40:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:43:13
./mutual_recursion.go:43:23: ackermann(2, 3) escapes to heap:
./mutual_recursion.go:43:23:   flow: {storage for ... argument} = &{storage for ackermann(2, 3)}:
./mutual_recursion.go:43:23:     from ackermann(2, 3) (spill) at ./mutual_recursion.go:43:23
./mutual_recursion.go:43:23:     from ... argument (slice-literal-element) at ./mutual_recursion.go:43:13
./mutual_recursion.go:43:23:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:43:23:     from ... argument (spill) at ./mutual_recursion.go:43:13
./mutual_recursion.go:43:23:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:43:13
./mutual_recursion.go:42:53: isOdd(7) escapes to heap:
./mutual_recursion.go:42:53:   flow: {storage for ... argument} = &{storage for isOdd(7)}:
./mutual_recursion.go:42:53:     from isOdd(7) (spill) at ./mutual_recursion.go:42:53
./mutual_recursion.go:42:53:     from ... argument (slice-literal-element) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:53:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:42:53:     from ... argument (spill) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:53:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:43: isEven(7) escapes to heap:
./mutual_recursion.go:42:43:   flow: {storage for ... argument} = &{storage for isEven(7)}:
./mutual_recursion.go:42:43:     from isEven(7) (spill) at ./mutual_recursion.go:42:43
./mutual_recursion.go:42:43:     from ... argument (slice-literal-element) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:43:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:42:43:     from ... argument (spill) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:43:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:31: isOdd(10) escapes to heap:
./mutual_recursion.go:42:31:   flow: {storage for ... argument} = &{storage for isOdd(10)}:
./mutual_recursion.go:42:31:     from isOdd(10) (spill) at ./mutual_recursion.go:42:31
./mutual_recursion.go:42:31:     from ... argument (slice-literal-element) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:31:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:42:31:     from ... argument (spill) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:31:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:20: isEven(10) escapes to heap:
./mutual_recursion.go:42:20:   flow: {storage for ... argument} = &{storage for isEven(10)}:
./mutual_recursion.go:42:20:     from isEven(10) (spill) at ./mutual_recursion.go:42:20
./mutual_recursion.go:42:20:     from ... argument (slice-literal-element) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:20:   flow: {heap} = {storage for ... argument}:
./mutual_recursion.go:42:20:     from ... argument (spill) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:20:     from fmt.Println(... argument...) (call parameter) at ./mutual_recursion.go:42:13
./mutual_recursion.go:42:13: ... argument does not escape
./mutual_recursion.go:42:20: isEven(10) escapes to heap
./mutual_recursion.go:42:31: isOdd(10) escapes to heap
./mutual_recursion.go:42:43: isEven(7) escapes to heap
./mutual_recursion.go:42:53: isOdd(7) escapes to heap
./mutual_recursion.go:43:13: ... argument does not escape
./mutual_recursion.go:43:23: ackermann(2, 3) escapes to heap
./mutual_recursion.go:43:40: ackermann(3, 3) escapes to heap
./mutual_recursion.go:46:13: ... argument does not escape
./mutual_recursion.go:46:14: "moves" escapes to heap
./mutual_recursion.go:46:14: moves escapes to heap
