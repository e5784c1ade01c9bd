./struct_eq_padding.go:20:17: parameter s leaks to ~r0 with derefs=0:
./struct_eq_padding.go:20:17:   flow: ~r0 = s:
./struct_eq_padding.go:20:17:     from P{...} (struct literal element) at ./struct_eq_padding.go:20:39
./struct_eq_padding.go:20:17:     from return P{...} (return) at ./struct_eq_padding.go:20:31
./struct_eq_padding.go:20:17: leaking param: s to result ~r0 level=0
./struct_eq_padding.go:61:17: p3 == p1 escapes to heap:
./struct_eq_padding.go:61:17:   flow: {storage for ... argument} = &{storage for p3 == p1}:
./struct_eq_padding.go:61:17:     from p3 == p1 (spill) at ./struct_eq_padding.go:61:17
./struct_eq_padding.go:61:17:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:61:13
./struct_eq_padding.go:61:17:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:61:17:     from ... argument (spill) at ./struct_eq_padding.go:61:13
./struct_eq_padding.go:61:17:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:61:13
./struct_eq_padding.go:59:17: p3 == p1 escapes to heap:
./struct_eq_padding.go:59:17:   flow: {storage for ... argument} = &{storage for p3 == p1}:
./struct_eq_padding.go:59:17:     from p3 == p1 (spill) at ./struct_eq_padding.go:59:17
./struct_eq_padding.go:59:17:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:59:13
./struct_eq_padding.go:59:17:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:59:17:     from ... argument (spill) at ./struct_eq_padding.go:59:13
./struct_eq_padding.go:59:17:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:59:13
./struct_eq_padding.go:56:33: s[0] == q3 escapes to heap:
./struct_eq_padding.go:56:33:   flow: {storage for ... argument} = &{storage for s[0] == q3}:
./struct_eq_padding.go:56:33:     from s[0] == q3 (spill) at ./struct_eq_padding.go:56:33
./struct_eq_padding.go:56:33:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:56:13
./struct_eq_padding.go:56:33:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:56:33:     from ... argument (spill) at ./struct_eq_padding.go:56:13
./struct_eq_padding.go:56:33:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:56:13
./struct_eq_padding.go:56:19: s[0] == s[1] escapes to heap:
./struct_eq_padding.go:56:19:   flow: {storage for ... argument} = &{storage for s[0] == s[1]}:
./struct_eq_padding.go:56:19:     from s[0] == s[1] (spill) at ./struct_eq_padding.go:56:19
./struct_eq_padding.go:56:19:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:56:13
./struct_eq_padding.go:56:19:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:56:19:     from ... argument (spill) at ./struct_eq_padding.go:56:13
./struct_eq_padding.go:56:19:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:56:13
./struct_eq_padding.go:54:59: q1.ps[1] == q3.ps[1] escapes to heap:
./struct_eq_padding.go:54:59:   flow: {storage for ... argument} = &{storage for q1.ps[1] == q3.ps[1]}:
./struct_eq_padding.go:54:59:     from q1.ps[1] == q3.ps[1] (spill) at ./struct_eq_padding.go:54:59
./struct_eq_padding.go:54:59:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:59:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:54:59:     from ... argument (spill) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:59:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:40: q1.ps == q2.ps escapes to heap:
./struct_eq_padding.go:54:40:   flow: {storage for ... argument} = &{storage for q1.ps == q2.ps}:
./struct_eq_padding.go:54:40:     from q1.ps == q2.ps (spill) at ./struct_eq_padding.go:54:40
./struct_eq_padding.go:54:40:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:40:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:54:40:     from ... argument (spill) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:40:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:27: q1 == q3 escapes to heap:
./struct_eq_padding.go:54:27:   flow: {storage for ... argument} = &{storage for q1 == q3}:
./struct_eq_padding.go:54:27:     from q1 == q3 (spill) at ./struct_eq_padding.go:54:27
./struct_eq_padding.go:54:27:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:27:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:54:27:     from ... argument (spill) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:27:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:17: q1 == q2 escapes to heap:
./struct_eq_padding.go:54:17:   flow: {storage for ... argument} = &{storage for q1 == q2}:
./struct_eq_padding.go:54:17:     from q1 == q2 (spill) at ./struct_eq_padding.go:54:17
./struct_eq_padding.go:54:17:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:17:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:54:17:     from ... argument (spill) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:54:17:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:54:13
./struct_eq_padding.go:50:50: arr == [3]P{...} escapes to heap:
./struct_eq_padding.go:50:50:   flow: {storage for ... argument} = &{storage for arr == [3]P{...}}:
./struct_eq_padding.go:50:50:     from arr == [3]P{...} (spill) at ./struct_eq_padding.go:50:50
./struct_eq_padding.go:50:50:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:50:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:50:50:     from ... argument (spill) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:50:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:39: arr[1] == p1 escapes to heap:
./struct_eq_padding.go:50:39:   flow: {storage for ... argument} = &{storage for arr[1] == p1}:
./struct_eq_padding.go:50:39:     from arr[1] == p1 (spill) at ./struct_eq_padding.go:50:39
./struct_eq_padding.go:50:39:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:39:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:50:39:     from ... argument (spill) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:39:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:21: arr[0] == arr[1] escapes to heap:
./struct_eq_padding.go:50:21:   flow: {storage for ... argument} = &{storage for arr[0] == arr[1]}:
./struct_eq_padding.go:50:21:     from arr[0] == arr[1] (spill) at ./struct_eq_padding.go:50:21
./struct_eq_padding.go:50:21:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:21:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:50:21:     from ... argument (spill) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:50:21:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:50:13
./struct_eq_padding.go:44:27: p1 != p2 escapes to heap:
./struct_eq_padding.go:44:27:   flow: {storage for ... argument} = &{storage for p1 != p2}:
./struct_eq_padding.go:44:27:     from p1 != p2 (spill) at ./struct_eq_padding.go:44:27
./struct_eq_padding.go:44:27:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:44:13
./struct_eq_padding.go:44:27:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:44:27:     from ... argument (spill) at ./struct_eq_padding.go:44:13
./struct_eq_padding.go:44:27:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:44:13
./struct_eq_padding.go:44:17: p1 == p2 escapes to heap:
./struct_eq_padding.go:44:17:   flow: {storage for ... argument} = &{storage for p1 == p2}:
./struct_eq_padding.go:44:17:     from p1 == p2 (spill) at ./struct_eq_padding.go:44:17
./struct_eq_padding.go:44:17:     from ... argument (slice-literal-element) at ./struct_eq_padding.go:44:13
./struct_eq_padding.go:44:17:   flow: {heap} = {storage for ... argument}:
./struct_eq_padding.go:44:17:     from ... argument (spill) at ./struct_eq_padding.go:44:13
./struct_eq_padding.go:44:17:     from fmt.Println(... argument...) (call parameter) at ./struct_eq_padding.go:44:13
./struct_eq_padding.go:44:13: ... argument does not escape
./struct_eq_padding.go:44:17: p1 == p2 escapes to heap
./struct_eq_padding.go:44:27: p1 != p2 escapes to heap
./struct_eq_padding.go:50:13: ... argument does not escape
./struct_eq_padding.go:50:21: arr[0] == arr[1] escapes to heap
./struct_eq_padding.go:50:39: arr[1] == p1 escapes to heap
./struct_eq_padding.go:50:50: arr == [3]P{...} escapes to heap
./struct_eq_padding.go:54:13: ... argument does not escape
./struct_eq_padding.go:54:17: q1 == q2 escapes to heap
./struct_eq_padding.go:54:27: q1 == q3 escapes to heap
./struct_eq_padding.go:54:40: q1.ps == q2.ps escapes to heap
./struct_eq_padding.go:54:59: q1.ps[1] == q3.ps[1] escapes to heap
./struct_eq_padding.go:55:10: []Q{...} does not escape
./struct_eq_padding.go:56:13: ... argument does not escape
./struct_eq_padding.go:56:19: s[0] == s[1] escapes to heap
./struct_eq_padding.go:56:33: s[0] == q3 escapes to heap
./struct_eq_padding.go:58:15: string([]byte{...}) does not escape
./struct_eq_padding.go:58:22: []byte{...} does not escape
./struct_eq_padding.go:59:13: ... argument does not escape
./struct_eq_padding.go:59:17: p3 == p1 escapes to heap
./struct_eq_padding.go:61:13: ... argument does not escape
./struct_eq_padding.go:61:17: p3 == p1 escapes to heap
