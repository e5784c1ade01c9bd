./goto_labels.go:84:14: "done" escapes to heap:
./goto_labels.go:84:14:   flow: {storage for ... argument} = &{storage for "done"}:
./goto_labels.go:84:14:     from "done" (spill) at ./goto_labels.go:84:14
./goto_labels.go:84:14:     from ... argument (slice-literal-element) at ./goto_labels.go:84:13
./goto_labels.go:84:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:84:14:     from ... argument (spill) at ./goto_labels.go:84:13
./goto_labels.go:84:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:84:13
./goto_labels.go:78:17: b escapes to heap:
./goto_labels.go:78:17:   flow: {storage for ... argument} = &{storage for b}:
./goto_labels.go:78:17:     from b (spill) at ./goto_labels.go:78:17
./goto_labels.go:78:17:     from ... argument (slice-literal-element) at ./goto_labels.go:78:16
./goto_labels.go:78:17:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:78:17:     from ... argument (spill) at ./goto_labels.go:78:16
./goto_labels.go:78:17:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:78:16
./goto_labels.go:78:17: a escapes to heap:
./goto_labels.go:78:17:   flow: {storage for ... argument} = &{storage for a}:
./goto_labels.go:78:17:     from a (spill) at ./goto_labels.go:78:17
./goto_labels.go:78:17:     from ... argument (slice-literal-element) at ./goto_labels.go:78:16
./goto_labels.go:78:17:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:78:17:     from ... argument (spill) at ./goto_labels.go:78:16
./goto_labels.go:78:17:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:78:16
./goto_labels.go:78:17: "found" escapes to heap:
./goto_labels.go:78:17:   flow: {storage for ... argument} = &{storage for "found"}:
./goto_labels.go:78:17:     from "found" (spill) at ./goto_labels.go:78:17
./goto_labels.go:78:17:     from ... argument (slice-literal-element) at ./goto_labels.go:78:16
./goto_labels.go:78:17:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:78:17:     from ... argument (spill) at ./goto_labels.go:78:16
./goto_labels.go:78:17:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:78:16
./goto_labels.go:72:14: n escapes to heap:
./goto_labels.go:72:14:   flow: {storage for ... argument} = &{storage for n}:
./goto_labels.go:72:14:     from n (spill) at ./goto_labels.go:72:14
./goto_labels.go:72:14:     from ... argument (slice-literal-element) at ./goto_labels.go:72:13
./goto_labels.go:72:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:72:14:     from ... argument (spill) at ./goto_labels.go:72:13
./goto_labels.go:72:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:72:13
./goto_labels.go:72:14: "n" escapes to heap:
./goto_labels.go:72:14:   flow: {storage for ... argument} = &{storage for "n"}:
./goto_labels.go:72:14:     from "n" (spill) at ./goto_labels.go:72:14
./goto_labels.go:72:14:     from ... argument (slice-literal-element) at ./goto_labels.go:72:13
./goto_labels.go:72:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:72:14:     from ... argument (spill) at ./goto_labels.go:72:13
./goto_labels.go:72:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:72:13
./goto_labels.go:58:14: x escapes to heap:
./goto_labels.go:58:14:   flow: {storage for ... argument} = &{storage for x}:
./goto_labels.go:58:14:     from x (spill) at ./goto_labels.go:58:14
./goto_labels.go:58:14:     from ... argument (slice-literal-element) at ./goto_labels.go:58:13
./goto_labels.go:58:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:58:14:     from ... argument (spill) at ./goto_labels.go:58:13
./goto_labels.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:58:13
./goto_labels.go:58:14: "x" escapes to heap:
./goto_labels.go:58:14:   flow: {storage for ... argument} = &{storage for "x"}:
./goto_labels.go:58:14:     from "x" (spill) at ./goto_labels.go:58:14
./goto_labels.go:58:14:     from ... argument (slice-literal-element) at ./goto_labels.go:58:13
./goto_labels.go:58:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:58:14:     from ... argument (spill) at ./goto_labels.go:58:13
./goto_labels.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:58:13
./goto_labels.go:52:14: x escapes to heap:
./goto_labels.go:52:14:   flow: {storage for ... argument} = &{storage for x}:
./goto_labels.go:52:14:     from x (spill) at ./goto_labels.go:52:14
./goto_labels.go:52:14:     from ... argument (slice-literal-element) at ./goto_labels.go:52:13
./goto_labels.go:52:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:52:14:     from ... argument (spill) at ./goto_labels.go:52:13
./goto_labels.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:52:13
./goto_labels.go:52:14: "x" escapes to heap:
./goto_labels.go:52:14:   flow: {storage for ... argument} = &{storage for "x"}:
./goto_labels.go:52:14:     from "x" (spill) at ./goto_labels.go:52:14
./goto_labels.go:52:14:     from ... argument (slice-literal-element) at ./goto_labels.go:52:13
./goto_labels.go:52:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:52:14:     from ... argument (spill) at ./goto_labels.go:52:13
./goto_labels.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:52:13
./goto_labels.go:41:14: i escapes to heap:
./goto_labels.go:41:14:   flow: {storage for ... argument} = &{storage for i}:
./goto_labels.go:41:14:     from i (spill) at ./goto_labels.go:41:14
./goto_labels.go:41:14:     from ... argument (slice-literal-element) at ./goto_labels.go:41:13
./goto_labels.go:41:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:41:14:     from ... argument (spill) at ./goto_labels.go:41:13
./goto_labels.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:41:13
./goto_labels.go:41:14: "i" escapes to heap:
./goto_labels.go:41:14:   flow: {storage for ... argument} = &{storage for "i"}:
./goto_labels.go:41:14:     from "i" (spill) at ./goto_labels.go:41:14
./goto_labels.go:41:14:     from ... argument (slice-literal-element) at ./goto_labels.go:41:13
./goto_labels.go:41:14:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:41:14:     from ... argument (spill) at ./goto_labels.go:41:13
./goto_labels.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:41:13
./goto_labels.go:34:21: collatz(27) escapes to heap:
./goto_labels.go:34:21:   flow: {storage for ... argument} = &{storage for collatz(27)}:
./goto_labels.go:34:21:     from collatz(27) (spill) at ./goto_labels.go:34:21
./goto_labels.go:34:21:     from ... argument (slice-literal-element) at ./goto_labels.go:34:13
./goto_labels.go:34:21:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:34:21:     from ... argument (spill) at ./goto_labels.go:34:13
./goto_labels.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:34:13
./goto_labels.go:33:30: gcd(17, 5) escapes to heap:
./goto_labels.go:33:30:   flow: {storage for ... argument} = &{storage for gcd(17, 5)}:
./goto_labels.go:33:30:     from gcd(17, 5) (spill) at ./goto_labels.go:33:30
./goto_labels.go:33:30:     from ... argument (slice-literal-element) at ./goto_labels.go:33:13
./goto_labels.go:33:30:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:33:30:     from ... argument (spill) at ./goto_labels.go:33:13
./goto_labels.go:33:30:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:33:13
./goto_labels.go:33:17: gcd(48, 18) escapes to heap:
./goto_labels.go:33:17:   flow: {storage for ... argument} = &{storage for gcd(48, 18)}:
./goto_labels.go:33:17:     from gcd(48, 18) (spill) at ./goto_labels.go:33:17
./goto_labels.go:33:17:     from ... argument (slice-literal-element) at ./goto_labels.go:33:13
./goto_labels.go:33:17:   flow: {heap} = {storage for ... argument}:
./goto_labels.go:33:17:     from ... argument (spill) at ./goto_labels.go:33:13
./goto_labels.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./goto_labels.go:33:13
./goto_labels.go:33:13: ... argument does not escape
./goto_labels.go:33:17: gcd(48, 18) escapes to heap
./goto_labels.go:33:30: gcd(17, 5) escapes to heap
./goto_labels.go:34:13: ... argument does not escape
./goto_labels.go:34:21: collatz(27) escapes to heap
./goto_labels.go:41:13: ... argument does not escape
./goto_labels.go:41:14: "i" escapes to heap
./goto_labels.go:41:14: i escapes to heap
./goto_labels.go:52:13: ... argument does not escape
./goto_labels.go:52:14: "x" escapes to heap
./goto_labels.go:52:14: x escapes to heap
./goto_labels.go:58:13: ... argument does not escape
./goto_labels.go:58:14: "x" escapes to heap
./goto_labels.go:58:14: x escapes to heap
./goto_labels.go:72:13: ... argument does not escape
./goto_labels.go:72:14: "n" escapes to heap
./goto_labels.go:72:14: n escapes to heap
./goto_labels.go:78:16: ... argument does not escape
./goto_labels.go:78:17: "found" escapes to heap
./goto_labels.go:78:17: a escapes to heap
./goto_labels.go:78:17: b escapes to heap
./goto_labels.go:84:13: ... argument does not escape
./goto_labels.go:84:14: "done" escapes to heap
