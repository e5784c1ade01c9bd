./named_results.go:11:13: s does not escape
./named_results.go:39:11: parameter a leaks to ~r1 with derefs=0:
./named_results.go:39:11:   flow: ~r1 = a:
./named_results.go:39:11:     from return b, a (return) at ./named_results.go:39:43
./named_results.go:39:14: parameter b leaks to ~r0 with derefs=0:
./named_results.go:39:14:   flow: ~r0 = b:
./named_results.go:39:14:     from return b, a (return) at ./named_results.go:39:43
./named_results.go:39:11: leaking param: a to result ~r1 level=0
./named_results.go:39:14: leaking param: b to result ~r0 level=0
./named_results.go:43:18: b does not escape
./named_results.go:54:7: &Pair{...} escapes to heap:
./named_results.go:54:7:   flow: pp = &{storage for &Pair{...}}:
./named_results.go:54:7:     from &Pair{...} (spill) at ./named_results.go:54:7
./named_results.go:54:7:     from pp = &Pair{...} (assign) at ./named_results.go:54:5
./named_results.go:54:7: &Pair{...} escapes to heap
./named_results.go:74:16: x + y escapes to heap:
./named_results.go:74:16:   flow: {storage for ... argument} = &{storage for x + y}:
./named_results.go:74:16:     from x + y (spill) at ./named_results.go:74:16
./named_results.go:74:16:     from ... argument (slice-literal-element) at ./named_results.go:74:13
./named_results.go:74:16:   flow: {heap} = {storage for ... argument}:
./named_results.go:74:16:     from ... argument (spill) at ./named_results.go:74:13
./named_results.go:74:16:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:74:13
./named_results.go:72:13: y escapes to heap:
./named_results.go:72:13:   flow: {storage for ... argument} = &{storage for y}:
./named_results.go:72:13:     from y (spill) at ./named_results.go:72:13
./named_results.go:72:13:     from ... argument (slice-literal-element) at ./named_results.go:72:13
./named_results.go:72:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:72:13:     from ... argument (spill) at ./named_results.go:72:13
./named_results.go:72:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:72:13
./named_results.go:72:13: x escapes to heap:
./named_results.go:72:13:   flow: {storage for ... argument} = &{storage for x}:
./named_results.go:72:13:     from x (spill) at ./named_results.go:72:13
./named_results.go:72:13:     from ... argument (slice-literal-element) at ./named_results.go:72:13
./named_results.go:72:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:72:13:     from ... argument (spill) at ./named_results.go:72:13
./named_results.go:72:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:72:13
./named_results.go:70:21: *pp escapes to heap:
./named_results.go:70:21:   flow: {storage for ... argument} = &{storage for *pp}:
./named_results.go:70:21:     from *pp (spill) at ./named_results.go:70:21
./named_results.go:70:21:     from ... argument (slice-literal-element) at ./named_results.go:70:13
./named_results.go:70:21:   flow: {heap} = {storage for ... argument}:
./named_results.go:70:21:     from ... argument (spill) at ./named_results.go:70:13
./named_results.go:70:21:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:70:13
./named_results.go:70:13: p escapes to heap:
./named_results.go:70:13:   flow: {storage for ... argument} = &{storage for p}:
./named_results.go:70:13:     from p (spill) at ./named_results.go:70:13
./named_results.go:70:13:     from ... argument (slice-literal-element) at ./named_results.go:70:13
./named_results.go:70:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:70:13:     from ... argument (spill) at ./named_results.go:70:13
./named_results.go:70:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:70:13
./named_results.go:68:18: sum3(pass()) escapes to heap:
./named_results.go:68:18:   flow: {storage for ... argument} = &{storage for sum3(pass())}:
./named_results.go:68:18:     from sum3(pass()) (spill) at ./named_results.go:68:18
./named_results.go:68:18:     from ... argument (slice-literal-element) at ./named_results.go:68:13
./named_results.go:68:18:   flow: {heap} = {storage for ... argument}:
./named_results.go:68:18:     from ... argument (spill) at ./named_results.go:68:13
./named_results.go:68:18:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:68:13
./named_results.go:67:13: .autotmp_14 escapes to heap:
./named_results.go:67:13:   flow: {storage for ... argument} = &{storage for .autotmp_14}:
./named_results.go:67:13:     from .autotmp_14 (spill) at ./named_results.go:67:13
./named_results.go:67:13:     from ... argument (slice-literal-element) at ./named_results.go:67:13
./named_results.go:67:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:67:13:     from ... argument (spill) at ./named_results.go:67:13
./named_results.go:67:13:     from fmt.Println(swap("x", "y")) (call parameter) at ./named_results.go:67:13
./named_results.go:67:13: .autotmp_13 escapes to heap:
./named_results.go:67:13:   flow: {storage for ... argument} = &{storage for .autotmp_13}:
./named_results.go:67:13:     from .autotmp_13 (spill) at ./named_results.go:67:13
./named_results.go:67:13:     from ... argument (slice-literal-element) at ./named_results.go:67:13
./named_results.go:67:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:67:13:     from ... argument (spill) at ./named_results.go:67:13
./named_results.go:67:13:     from fmt.Println(swap("x", "y")) (call parameter) at ./named_results.go:67:13
./named_results.go:66:13: c escapes to heap:
./named_results.go:66:13:   flow: {storage for ... argument} = &{storage for c}:
./named_results.go:66:13:     from c (spill) at ./named_results.go:66:13
./named_results.go:66:13:     from ... argument (slice-literal-element) at ./named_results.go:66:13
./named_results.go:66:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:66:13:     from ... argument (spill) at ./named_results.go:66:13
./named_results.go:66:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:66:13
./named_results.go:66:13: b escapes to heap:
./named_results.go:66:13:   flow: {storage for ... argument} = &{storage for b}:
./named_results.go:66:13:     from b (spill) at ./named_results.go:66:13
./named_results.go:66:13:     from ... argument (slice-literal-element) at ./named_results.go:66:13
./named_results.go:66:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:66:13:     from ... argument (spill) at ./named_results.go:66:13
./named_results.go:66:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:66:13
./named_results.go:66:13: a escapes to heap:
./named_results.go:66:13:   flow: {storage for ... argument} = &{storage for a}:
./named_results.go:66:13:     from a (spill) at ./named_results.go:66:13
./named_results.go:66:13:     from ... argument (slice-literal-element) at ./named_results.go:66:13
./named_results.go:66:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:66:13:     from ... argument (spill) at ./named_results.go:66:13
./named_results.go:66:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:66:13
./named_results.go:64:20: shadow(7) escapes to heap:
./named_results.go:64:20:   flow: {storage for ... argument} = &{storage for shadow(7)}:
./named_results.go:64:20:     from shadow(7) (spill) at ./named_results.go:64:20
./named_results.go:64:20:     from ... argument (slice-literal-element) at ./named_results.go:64:13
./named_results.go:64:20:   flow: {heap} = {storage for ... argument}:
./named_results.go:64:20:     from ... argument (spill) at ./named_results.go:64:13
./named_results.go:64:20:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:64:13
./named_results.go:63:13: .autotmp_9 escapes to heap:
./named_results.go:63:13:   flow: {storage for ... argument} = &{storage for .autotmp_9}:
./named_results.go:63:13:     from .autotmp_9 (spill) at ./named_results.go:63:13
./named_results.go:63:13:     from ... argument (slice-literal-element) at ./named_results.go:63:13
./named_results.go:63:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:63:13:     from ... argument (spill) at ./named_results.go:63:13
./named_results.go:63:13:     from fmt.Println(minmax(nil)) (call parameter) at ./named_results.go:63:13
./named_results.go:63:13: .autotmp_8 escapes to heap:
./named_results.go:63:13:   flow: {storage for ... argument} = &{storage for .autotmp_8}:
./named_results.go:63:13:     from .autotmp_8 (spill) at ./named_results.go:63:13
./named_results.go:63:13:     from ... argument (slice-literal-element) at ./named_results.go:63:13
./named_results.go:63:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:63:13:     from ... argument (spill) at ./named_results.go:63:13
./named_results.go:63:13:     from fmt.Println(minmax(nil)) (call parameter) at ./named_results.go:63:13
./named_results.go:63:13: .autotmp_7 escapes to heap:
./named_results.go:63:13:   flow: {storage for ... argument} = &{storage for .autotmp_7}:
./named_results.go:63:13:     from .autotmp_7 (spill) at ./named_results.go:63:13
./named_results.go:63:13:     from ... argument (slice-literal-element) at ./named_results.go:63:13
./named_results.go:63:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:63:13:     from ... argument (spill) at ./named_results.go:63:13
./named_results.go:63:13:     from fmt.Println(minmax(nil)) (call parameter) at ./named_results.go:63:13
./named_results.go:62:13: .autotmp_6 escapes to heap:
./named_results.go:62:13:   flow: {storage for ... argument} = &{storage for .autotmp_6}:
./named_results.go:62:13:     from .autotmp_6 (spill) at ./named_results.go:62:13
./named_results.go:62:13:     from ... argument (slice-literal-element) at ./named_results.go:62:13
./named_results.go:62:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:62:13:     from ... argument (spill) at ./named_results.go:62:13
./named_results.go:62:13:     from fmt.Println(minmax([]int{...})) (call parameter) at ./named_results.go:62:13
./named_results.go:62:13: .autotmp_5 escapes to heap:
./named_results.go:62:13:   flow: {storage for ... argument} = &{storage for .autotmp_5}:
./named_results.go:62:13:     from .autotmp_5 (spill) at ./named_results.go:62:13
./named_results.go:62:13:     from ... argument (slice-literal-element) at ./named_results.go:62:13
./named_results.go:62:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:62:13:     from ... argument (spill) at ./named_results.go:62:13
./named_results.go:62:13:     from fmt.Println(minmax([]int{...})) (call parameter) at ./named_results.go:62:13
./named_results.go:62:13: .autotmp_4 escapes to heap:
./named_results.go:62:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./named_results.go:62:13:     from .autotmp_4 (spill) at ./named_results.go:62:13
./named_results.go:62:13:     from ... argument (slice-literal-element) at ./named_results.go:62:13
./named_results.go:62:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:62:13:     from ... argument (spill) at ./named_results.go:62:13
./named_results.go:62:13:     from fmt.Println(minmax([]int{...})) (call parameter) at ./named_results.go:62:13
./named_results.go:61:13: r escapes to heap:
./named_results.go:61:13:   flow: {storage for ... argument} = &{storage for r}:
./named_results.go:61:13:     from r (spill) at ./named_results.go:61:13
./named_results.go:61:13:     from ... argument (slice-literal-element) at ./named_results.go:61:13
./named_results.go:61:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:61:13:     from ... argument (spill) at ./named_results.go:61:13
./named_results.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:61:13
./named_results.go:61:13: q escapes to heap:
./named_results.go:61:13:   flow: {storage for ... argument} = &{storage for q}:
./named_results.go:61:13:     from q (spill) at ./named_results.go:61:13
./named_results.go:61:13:     from ... argument (slice-literal-element) at ./named_results.go:61:13
./named_results.go:61:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:61:13:     from ... argument (spill) at ./named_results.go:61:13
./named_results.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./named_results.go:61:13
./named_results.go:59:13: .autotmp_1 escapes to heap:
./named_results.go:59:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
./named_results.go:59:13:     from .autotmp_1 (spill) at ./named_results.go:59:13
./named_results.go:59:13:     from ... argument (slice-literal-element) at ./named_results.go:59:13
./named_results.go:59:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:59:13:     from ... argument (spill) at ./named_results.go:59:13
./named_results.go:59:13:     from fmt.Println(divmod(17, 5)) (call parameter) at ./named_results.go:59:13
./named_results.go:59:13: .autotmp_0 escapes to heap:
./named_results.go:59:13:   flow: {storage for ... argument} = &{storage for .autotmp_0}:
./named_results.go:59:13:     from .autotmp_0 (spill) at ./named_results.go:59:13
./named_results.go:59:13:     from ... argument (slice-literal-element) at ./named_results.go:59:13
./named_results.go:59:13:   flow: {heap} = {storage for ... argument}:
./named_results.go:59:13:     from ... argument (spill) at ./named_results.go:59:13
./named_results.go:59:13:     from fmt.Println(divmod(17, 5)) (call parameter) at ./named_results.go:59:13
./named_results.go:74:16: x + y escapes to heap:
./named_results.go:74:16:   flow: {storage for x + y} = &{storage for x + y}:
./named_results.go:74:16:     from x + y (spill) at ./named_results.go:74:16
./named_results.go:74:16:     from x + y (interface-converted) at ./named_results.go:74:16
./named_results.go:59:13: ... argument does not escape
./named_results.go:59:13: .autotmp_0 escapes to heap
./named_results.go:59:13: .autotmp_1 escapes to heap
./named_results.go:61:13: ... argument does not escape
./named_results.go:61:13: q escapes to heap
./named_results.go:61:13: r escapes to heap
./named_results.go:62:26: []int{...} does not escape
./named_results.go:62:13: ... argument does not escape
./named_results.go:62:13: .autotmp_4 escapes to heap
./named_results.go:62:13: .autotmp_5 escapes to heap
./named_results.go:62:13: .autotmp_6 escapes to heap
./named_results.go:63:13: ... argument does not escape
./named_results.go:63:13: .autotmp_7 escapes to heap
./named_results.go:63:13: .autotmp_8 escapes to heap
./named_results.go:63:13: .autotmp_9 escapes to heap
./named_results.go:64:13: ... argument does not escape
./named_results.go:64:20: shadow(7) escapes to heap
./named_results.go:66:13: ... argument does not escape
./named_results.go:66:13: a escapes to heap
./named_results.go:66:13: b escapes to heap
./named_results.go:66:13: c escapes to heap
./named_results.go:67:13: ... argument does not escape
./named_results.go:67:13: .autotmp_13 escapes to heap
./named_results.go:67:13: .autotmp_14 escapes to heap
./named_results.go:68:13: ... argument does not escape
./named_results.go:68:18: sum3(pass()) escapes to heap
./named_results.go:70:13: ... argument does not escape
./named_results.go:70:13: p escapes to heap
./named_results.go:70:21: *pp escapes to heap
./named_results.go:72:13: ... argument does not escape
./named_results.go:72:13: x escapes to heap
./named_results.go:72:13: y escapes to heap
./named_results.go:74:13: ... argument does not escape
./named_results.go:74:16: x + y escapes to heap
./named_results.go:74:16: x + y escapes to heap
