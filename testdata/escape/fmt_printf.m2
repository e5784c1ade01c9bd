./fmt_printf.go:14:13: q escapes to heap:
./fmt_printf.go:14:13:   flow: {storage for ... argument} = &{storage for q}:
./fmt_printf.go:14:13:     from q (spill) at ./fmt_printf.go:14:13
./fmt_printf.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:14:13:     from ... argument (spill) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13:     from fmt.Printf("%d %s %v %v\n", ... argument...) (call parameter) at ./fmt_printf.go:14:12
./fmt_printf.go:13:34: parameter p leaks to {heap} with derefs=0:
./fmt_printf.go:13:34:   flow: {storage for ... argument} = p:
./fmt_printf.go:13:34:     from p (interface-converted) at ./fmt_printf.go:14:13
./fmt_printf.go:13:34:     from ... argument (slice-literal-element) at ./fmt_printf.go:14:12
./fmt_printf.go:13:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:13:34:     from ... argument (spill) at ./fmt_printf.go:14:12
./fmt_printf.go:13:34:     from fmt.Printf("%d %s %v %v\n", ... argument...) (call parameter) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13: s escapes to heap:
./fmt_printf.go:14:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_printf.go:14:13:     from s (spill) at ./fmt_printf.go:14:13
./fmt_printf.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:14:13:     from ... argument (spill) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13:     from fmt.Printf("%d %s %v %v\n", ... argument...) (call parameter) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13: x escapes to heap:
./fmt_printf.go:14:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf.go:14:13:     from x (spill) at ./fmt_printf.go:14:13
./fmt_printf.go:14:13:     from ... argument (slice-literal-element) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:14:13:     from ... argument (spill) at ./fmt_printf.go:14:12
./fmt_printf.go:14:13:     from fmt.Printf("%d %s %v %v\n", ... argument...) (call parameter) at ./fmt_printf.go:14:12
./fmt_printf.go:13:24: parameter s leaks to {storage for s} with derefs=0:
./fmt_printf.go:13:24:   flow: {storage for s} = s:
./fmt_printf.go:13:24:     from s (interface-converted) at ./fmt_printf.go:14:13
./fmt_printf.go:13:24: leaking param: s
./fmt_printf.go:13:34: leaking param: p
./fmt_printf.go:14:12: ... argument does not escape
./fmt_printf.go:14:13: x escapes to heap
./fmt_printf.go:14:13: s escapes to heap
./fmt_printf.go:14:13: q escapes to heap
./fmt_printf.go:18:35: true escapes to heap:
./fmt_printf.go:18:35:   flow: {storage for ... argument} = &{storage for true}:
./fmt_printf.go:18:35:     from true (spill) at ./fmt_printf.go:18:35
./fmt_printf.go:18:35:     from ... argument (slice-literal-element) at ./fmt_printf.go:18:12
./fmt_printf.go:18:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:18:35:     from ... argument (spill) at ./fmt_printf.go:18:12
./fmt_printf.go:18:35:     from fmt.Printf("%d %s %v\n", ... argument...) (call parameter) at ./fmt_printf.go:18:12
./fmt_printf.go:18:30: "a" escapes to heap:
./fmt_printf.go:18:30:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_printf.go:18:30:     from "a" (spill) at ./fmt_printf.go:18:30
./fmt_printf.go:18:30:     from ... argument (slice-literal-element) at ./fmt_printf.go:18:12
./fmt_printf.go:18:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:18:30:     from ... argument (spill) at ./fmt_printf.go:18:12
./fmt_printf.go:18:30:     from fmt.Printf("%d %s %v\n", ... argument...) (call parameter) at ./fmt_printf.go:18:12
./fmt_printf.go:18:27: 1 escapes to heap:
./fmt_printf.go:18:27:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf.go:18:27:     from 1 (spill) at ./fmt_printf.go:18:27
./fmt_printf.go:18:27:     from ... argument (slice-literal-element) at ./fmt_printf.go:18:12
./fmt_printf.go:18:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:18:27:     from ... argument (spill) at ./fmt_printf.go:18:12
./fmt_printf.go:18:27:     from fmt.Printf("%d %s %v\n", ... argument...) (call parameter) at ./fmt_printf.go:18:12
./fmt_printf.go:18:12: ... argument does not escape
./fmt_printf.go:18:27: 1 escapes to heap
./fmt_printf.go:18:30: "a" escapes to heap
./fmt_printf.go:18:35: true escapes to heap
./fmt_printf.go:23:21: x escapes to heap:
./fmt_printf.go:23:21:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf.go:23:21:     from x (spill) at ./fmt_printf.go:23:21
./fmt_printf.go:23:21:     from ... argument (slice-literal-element) at ./fmt_printf.go:23:20
./fmt_printf.go:23:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:23:21:     from ... argument (spill) at ./fmt_printf.go:23:20
./fmt_printf.go:23:21:     from fmt.Sprintf("%05d", ... argument...) (call parameter) at ./fmt_printf.go:23:20
./fmt_printf.go:23:20: ... argument does not escape
./fmt_printf.go:23:21: x escapes to heap
./fmt_printf.go:27:19: x escapes to heap:
./fmt_printf.go:27:19:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf.go:27:19:     from x (spill) at ./fmt_printf.go:27:19
./fmt_printf.go:27:19:     from ... argument (slice-literal-element) at ./fmt_printf.go:27:18
./fmt_printf.go:27:19:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:27:19:     from ... argument (spill) at ./fmt_printf.go:27:18
./fmt_printf.go:27:19:     from fmt.Sprintf("%d", ... argument...) (call parameter) at ./fmt_printf.go:27:18
./fmt_printf.go:27:18: ... argument does not escape
./fmt_printf.go:27:19: x escapes to heap
./fmt_printf.go:32:22: b escapes to heap:
./fmt_printf.go:32:22:   flow: {storage for ... argument} = &{storage for b}:
./fmt_printf.go:32:22:     from b (spill) at ./fmt_printf.go:32:22
./fmt_printf.go:32:22:     from ... argument (slice-literal-element) at ./fmt_printf.go:32:21
./fmt_printf.go:32:22:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:32:22:     from ... argument (spill) at ./fmt_printf.go:32:21
./fmt_printf.go:32:22:     from fmt.Sprintf("%s-%s", ... argument...) (call parameter) at ./fmt_printf.go:32:21
./fmt_printf.go:32:22: a escapes to heap:
./fmt_printf.go:32:22:   flow: {storage for ... argument} = &{storage for a}:
./fmt_printf.go:32:22:     from a (spill) at ./fmt_printf.go:32:22
./fmt_printf.go:32:22:     from ... argument (slice-literal-element) at ./fmt_printf.go:32:21
./fmt_printf.go:32:22:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:32:22:     from ... argument (spill) at ./fmt_printf.go:32:21
./fmt_printf.go:32:22:     from fmt.Sprintf("%s-%s", ... argument...) (call parameter) at ./fmt_printf.go:32:21
./fmt_printf.go:31:21: parameter b leaks to {storage for b} with derefs=0:
./fmt_printf.go:31:21:   flow: {storage for b} = b:
./fmt_printf.go:31:21:     from b (interface-converted) at ./fmt_printf.go:32:22
./fmt_printf.go:31:18: parameter a leaks to {storage for a} with derefs=0:
./fmt_printf.go:31:18:   flow: {storage for a} = a:
./fmt_printf.go:31:18:     from a (interface-converted) at ./fmt_printf.go:32:22
./fmt_printf.go:31:18: leaking param: a
./fmt_printf.go:31:21: leaking param: b
./fmt_printf.go:32:21: ... argument does not escape
./fmt_printf.go:32:22: a escapes to heap
./fmt_printf.go:32:22: b escapes to heap
./fmt_printf.go:36:27: *p escapes to heap:
./fmt_printf.go:36:27:   flow: {storage for ... argument} = &{storage for *p}:
./fmt_printf.go:36:27:     from *p (spill) at ./fmt_printf.go:36:27
./fmt_printf.go:36:27:     from ... argument (slice-literal-element) at ./fmt_printf.go:36:19
./fmt_printf.go:36:27:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:36:27:     from ... argument (spill) at ./fmt_printf.go:36:19
./fmt_printf.go:36:27:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_printf.go:36:19
./fmt_printf.go:36:19: xs escapes to heap:
./fmt_printf.go:36:19:   flow: {storage for ... argument} = &{storage for xs}:
./fmt_printf.go:36:19:     from xs (spill) at ./fmt_printf.go:36:19
./fmt_printf.go:36:19:     from ... argument (slice-literal-element) at ./fmt_printf.go:36:19
./fmt_printf.go:36:19:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:36:19:     from ... argument (spill) at ./fmt_printf.go:36:19
./fmt_printf.go:36:19:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_printf.go:36:19
./fmt_printf.go:35:17: parameter p leaks to {heap} with derefs=0:
./fmt_printf.go:35:17:   flow: {storage for ... argument} = p:
./fmt_printf.go:35:17:     from p (interface-converted) at ./fmt_printf.go:36:19
./fmt_printf.go:35:17:     from ... argument (slice-literal-element) at ./fmt_printf.go:36:19
./fmt_printf.go:35:17:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:35:17:     from ... argument (spill) at ./fmt_printf.go:36:19
./fmt_printf.go:35:17:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_printf.go:36:19
./fmt_printf.go:35:27: parameter xs leaks to {storage for xs} with derefs=0:
./fmt_printf.go:35:27:   flow: {storage for xs} = xs:
./fmt_printf.go:35:27:     from xs (interface-converted) at ./fmt_printf.go:36:19
./fmt_printf.go:35:17: leaking param: p
./fmt_printf.go:35:27: leaking param: xs
./fmt_printf.go:36:19: ... argument does not escape
./fmt_printf.go:36:19: xs escapes to heap
./fmt_printf.go:36:27: *p escapes to heap
./fmt_printf.go:40:31: len(b) escapes to heap:
./fmt_printf.go:40:31:   flow: {storage for ... argument} = &{storage for len(b)}:
./fmt_printf.go:40:31:     from len(b) (spill) at ./fmt_printf.go:40:31
./fmt_printf.go:40:31:     from ... argument (slice-literal-element) at ./fmt_printf.go:40:21
./fmt_printf.go:40:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:40:31:     from ... argument (spill) at ./fmt_printf.go:40:21
./fmt_printf.go:40:31:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21: b escapes to heap:
./fmt_printf.go:40:21:   flow: {storage for ... argument} = &{storage for b}:
./fmt_printf.go:40:21:     from b (spill) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21:     from ... argument (slice-literal-element) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:40:21:     from ... argument (spill) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21: a escapes to heap:
./fmt_printf.go:40:21:   flow: {storage for ... argument} = &{storage for a}:
./fmt_printf.go:40:21:     from a (spill) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21:     from ... argument (slice-literal-element) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:40:21:     from ... argument (spill) at ./fmt_printf.go:40:21
./fmt_printf.go:40:21:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_printf.go:40:21
./fmt_printf.go:39:29: parameter b leaks to {storage for b} with derefs=0:
./fmt_printf.go:39:29:   flow: {storage for b} = b:
./fmt_printf.go:39:29:     from b (interface-converted) at ./fmt_printf.go:40:21
./fmt_printf.go:39:19: parameter a leaks to {storage for a} with derefs=0:
./fmt_printf.go:39:19:   flow: {storage for a} = a:
./fmt_printf.go:39:19:     from a (interface-converted) at ./fmt_printf.go:40:21
./fmt_printf.go:39:19: leaking param: a
./fmt_printf.go:39:29: leaking param: b
./fmt_printf.go:40:21: ... argument does not escape
./fmt_printf.go:40:21: a escapes to heap
./fmt_printf.go:40:21: b escapes to heap
./fmt_printf.go:40:31: len(b) escapes to heap
./fmt_printf.go:43:13: parameter args leaks to {heap} with derefs=1:
./fmt_printf.go:43:13:   flow: {heap} = *args:
./fmt_printf.go:43:13:     from fmt.Printf("%v %v\n", args...) (call parameter) at ./fmt_printf.go:44:12
./fmt_printf.go:43:13: leaking param content: args
./fmt_printf.go:48:12: parameter x leaks to {heap} with derefs=0:
./fmt_printf.go:48:12:   flow: {storage for ... argument} = &x:
./fmt_printf.go:48:12:     from &x (address-of) at ./fmt_printf.go:49:24
./fmt_printf.go:48:12:     from &x (interface-converted) at ./fmt_printf.go:49:24
./fmt_printf.go:48:12:     from ... argument (slice-literal-element) at ./fmt_printf.go:49:12
./fmt_printf.go:48:12:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:48:12:     from ... argument (spill) at ./fmt_printf.go:49:12
./fmt_printf.go:48:12:     from fmt.Printf("%p %v\n", ... argument...) (call parameter) at ./fmt_printf.go:49:12
./fmt_printf.go:48:12: x escapes to heap:
./fmt_printf.go:48:12:   flow: {storage for ... argument} = &x:
./fmt_printf.go:48:12:     from &x (address-of) at ./fmt_printf.go:49:24
./fmt_printf.go:48:12:     from &x (interface-converted) at ./fmt_printf.go:49:24
./fmt_printf.go:48:12:     from ... argument (slice-literal-element) at ./fmt_printf.go:49:12
./fmt_printf.go:48:12:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:48:12:     from ... argument (spill) at ./fmt_printf.go:49:12
./fmt_printf.go:48:12:     from fmt.Printf("%p %v\n", ... argument...) (call parameter) at ./fmt_printf.go:49:12
./fmt_printf.go:48:12: moved to heap: x
./fmt_printf.go:49:12: ... argument does not escape
./fmt_printf.go:53:28: 1 escapes to heap:
./fmt_printf.go:53:28:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf.go:53:28:     from 1 (spill) at ./fmt_printf.go:53:28
./fmt_printf.go:53:28:     from ... argument (slice-literal-element) at ./fmt_printf.go:53:19
./fmt_printf.go:53:28:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:53:28:     from ... argument (spill) at ./fmt_printf.go:53:19
./fmt_printf.go:53:28:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_printf.go:53:19
./fmt_printf.go:53:19: ... argument does not escape
./fmt_printf.go:53:28: 1 escapes to heap
./fmt_printf.go:57:12: x escapes to heap:
./fmt_printf.go:57:12:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf.go:57:12:     from x (spill) at ./fmt_printf.go:57:12
./fmt_printf.go:57:12:     from ... argument (slice-literal-element) at ./fmt_printf.go:57:12
./fmt_printf.go:57:12:   flow: {heap} = {storage for ... argument}:
./fmt_printf.go:57:12:     from ... argument (spill) at ./fmt_printf.go:57:12
./fmt_printf.go:57:12:     from fmt.Printf(f, ... argument...) (call parameter) at ./fmt_printf.go:57:12
./fmt_printf.go:56:16: f does not escape
./fmt_printf.go:57:12: ... argument does not escape
./fmt_printf.go:57:12: x escapes to heap
./fmt_printf.go:61:21: &Point{...} escapes to heap:
./fmt_printf.go:61:21:   flow: {heap} = &{storage for &Point{...}}:
./fmt_printf.go:61:21:     from &Point{...} (spill) at ./fmt_printf.go:61:21
./fmt_printf.go:61:21:     from printfArgs(1, "s", &Point{...}, Point{...}) (call parameter) at ./fmt_printf.go:61:12
./fmt_printf.go:66:17: &Point{} escapes to heap:
./fmt_printf.go:66:17:   flow: {heap} = &{storage for &Point{}}:
./fmt_printf.go:66:17:     from &Point{} (spill) at ./fmt_printf.go:66:17
./fmt_printf.go:66:17:     from sprintArgs(&Point{}, []int{...}) (call parameter) at ./fmt_printf.go:66:16
./fmt_printf.go:66:32: []int{...} escapes to heap:
./fmt_printf.go:66:32:   flow: {heap} = &{storage for []int{...}}:
./fmt_printf.go:66:32:     from []int{...} (spill) at ./fmt_printf.go:66:32
./fmt_printf.go:66:32:     from sprintArgs(&Point{}, []int{...}) (call parameter) at ./fmt_printf.go:66:16
./fmt_printf.go:67:30: ([]byte)("y") escapes to heap:
./fmt_printf.go:67:30:   flow: {heap} = &{storage for ([]byte)("y")}:
./fmt_printf.go:67:30:     from ([]byte)("y") (spill) at ./fmt_printf.go:67:30
./fmt_printf.go:67:30:     from sprintlnArgs("x", ([]byte)("y")) (call parameter) at ./fmt_printf.go:67:18
./fmt_printf.go:68:26: "a" escapes to heap:
./fmt_printf.go:68:26:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
./fmt_printf.go:68:26:     from "a" (spill) at ./fmt_printf.go:68:26
./fmt_printf.go:68:26:     from []interface {}{...} (slice-literal-element) at ./fmt_printf.go:68:22
./fmt_printf.go:68:26:   flow: {heap} = {storage for []interface {}{...}}:
./fmt_printf.go:68:26:     from []interface {}{...} (spill) at ./fmt_printf.go:68:22
./fmt_printf.go:68:26:     from spread([]interface {}{...}) (call parameter) at ./fmt_printf.go:68:8
./fmt_printf.go:68:23: 1 escapes to heap:
./fmt_printf.go:68:23:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./fmt_printf.go:68:23:     from 1 (spill) at ./fmt_printf.go:68:23
./fmt_printf.go:68:23:     from []interface {}{...} (slice-literal-element) at ./fmt_printf.go:68:22
./fmt_printf.go:68:23:   flow: {heap} = {storage for []interface {}{...}}:
./fmt_printf.go:68:23:     from []interface {}{...} (spill) at ./fmt_printf.go:68:22
./fmt_printf.go:68:23:     from spread([]interface {}{...}) (call parameter) at ./fmt_printf.go:68:8
./fmt_printf.go:61:21: &Point{...} escapes to heap
./fmt_printf.go:66:17: &Point{} escapes to heap
./fmt_printf.go:66:32: []int{...} escapes to heap
./fmt_printf.go:67:30: ([]byte)("y") escapes to heap
./fmt_printf.go:68:22: []interface {}{...} does not escape
./fmt_printf.go:68:23: 1 escapes to heap
./fmt_printf.go:68:26: "a" escapes to heap
