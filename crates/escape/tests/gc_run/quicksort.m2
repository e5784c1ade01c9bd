./quicksort.go:10:15: partition ignoring self-assignment in a[i], a[j] = a[j], a[i]
./quicksort.go:10:15: partition ignoring self-assignment in a[i], a[j] = a[j], a[i]
./quicksort.go:14:14: partition ignoring self-assignment in a[i], a[hi] = a[hi], a[i]
./quicksort.go:14:14: partition ignoring self-assignment in a[i], a[hi] = a[hi], a[i]
./quicksort.go:5:16: a does not escape
./quicksort.go:18:16: a does not escape
./quicksort.go:37:29: a[len(a) - 1] escapes to heap:
./quicksort.go:37:29:   flow: {storage for ... argument} = &{storage for a[len(a) - 1]}:
./quicksort.go:37:29:     from a[len(a) - 1] (spill) at ./quicksort.go:37:29
./quicksort.go:37:29:     from ... argument (slice-literal-element) at ./quicksort.go:37:13
./quicksort.go:37:29:   flow: {heap} = {storage for ... argument}:
./quicksort.go:37:29:     from ... argument (spill) at ./quicksort.go:37:13
./quicksort.go:37:29:     from fmt.Println(... argument...) (call parameter) at ./quicksort.go:37:13
./quicksort.go:37:23: a[0] escapes to heap:
./quicksort.go:37:23:   flow: {storage for ... argument} = &{storage for a[0]}:
./quicksort.go:37:23:     from a[0] (spill) at ./quicksort.go:37:23
./quicksort.go:37:23:     from ... argument (slice-literal-element) at ./quicksort.go:37:13
./quicksort.go:37:23:   flow: {heap} = {storage for ... argument}:
./quicksort.go:37:23:     from ... argument (spill) at ./quicksort.go:37:13
./quicksort.go:37:23:     from fmt.Println(... argument...) (call parameter) at ./quicksort.go:37:13
./quicksort.go:37:17: len(a) escapes to heap:
./quicksort.go:37:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./quicksort.go:37:17:     from len(a) (spill) at ./quicksort.go:37:17
./quicksort.go:37:17:     from ... argument (slice-literal-element) at ./quicksort.go:37:13
./quicksort.go:37:17:   flow: {heap} = {storage for ... argument}:
./quicksort.go:37:17:     from ... argument (spill) at ./quicksort.go:37:13
./quicksort.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./quicksort.go:37:13
./quicksort.go:36:13: a escapes to heap:
./quicksort.go:36:13:   flow: {storage for ... argument} = &{storage for a}:
./quicksort.go:36:13:     from a (spill) at ./quicksort.go:36:13
./quicksort.go:36:13:     from ... argument (slice-literal-element) at ./quicksort.go:36:13
./quicksort.go:36:13:   flow: {heap} = {storage for ... argument}:
./quicksort.go:36:13:     from ... argument (spill) at ./quicksort.go:36:13
./quicksort.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./quicksort.go:36:13
./quicksort.go:34:13: a escapes to heap:
./quicksort.go:34:13:   flow: {storage for ... argument} = &{storage for a}:
./quicksort.go:34:13:     from a (spill) at ./quicksort.go:34:13
./quicksort.go:34:13:     from ... argument (slice-literal-element) at ./quicksort.go:34:13
./quicksort.go:34:13:   flow: {heap} = {storage for ... argument}:
./quicksort.go:34:13:     from ... argument (spill) at ./quicksort.go:34:13
./quicksort.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./quicksort.go:34:13
./quicksort.go:34:13: ... argument does not escape
./quicksort.go:34:13: a escapes to heap
./quicksort.go:36:13: ... argument does not escape
./quicksort.go:36:13: a escapes to heap
./quicksort.go:37:13: ... argument does not escape
./quicksort.go:37:17: len(a) escapes to heap
./quicksort.go:37:23: a[0] escapes to heap
./quicksort.go:37:29: a[len(a) - 1] escapes to heap
