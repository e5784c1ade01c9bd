./algorithms.go:19:15: quicksort ignoring self-assignment in s[i], s[j] = s[j], s[i]
./algorithms.go:19:15: quicksort ignoring self-assignment in s[i], s[j] = s[j], s[i]
./algorithms.go:5:16: s does not escape
./algorithms.go:29:14: make([]bool, n + 1) escapes to heap:
./algorithms.go:29:14:   flow: {heap} = &{storage for make([]bool, n + 1)}:
./algorithms.go:29:14:     from make([]bool, n + 1) (non-constant size) at ./algorithms.go:29:14
./algorithms.go:29:14: make([]bool, n + 1) escapes to heap
./algorithms.go:50:16: s does not escape
./algorithms.go:83:15: string(buf[i:]) escapes to heap:
./algorithms.go:83:15:   flow: ~r0 = &{storage for string(buf[i:])}:
./algorithms.go:83:15:     from string(buf[i:]) (spill) at ./algorithms.go:83:15
./algorithms.go:83:15:     from return string(buf[i:]) (return) at ./algorithms.go:83:2
./algorithms.go:83:15: string(buf[i:]) escapes to heap
./algorithms.go:130:47: int8(h32) escapes to heap:
./algorithms.go:130:47:   flow: {storage for ... argument} = &{storage for int8(h32)}:
./algorithms.go:130:47:     from int8(h32) (spill) at ./algorithms.go:130:47
./algorithms.go:130:47:     from ... argument (slice-literal-element) at ./algorithms.go:130:13
./algorithms.go:130:47:   flow: {heap} = {storage for ... argument}:
./algorithms.go:130:47:     from ... argument (spill) at ./algorithms.go:130:13
./algorithms.go:130:47:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:130:13
./algorithms.go:130:36: int16(h32) escapes to heap:
./algorithms.go:130:36:   flow: {storage for ... argument} = &{storage for int16(h32)}:
./algorithms.go:130:36:     from int16(h32) (spill) at ./algorithms.go:130:36
./algorithms.go:130:36:     from ... argument (slice-literal-element) at ./algorithms.go:130:13
./algorithms.go:130:36:   flow: {heap} = {storage for ... argument}:
./algorithms.go:130:36:     from ... argument (spill) at ./algorithms.go:130:13
./algorithms.go:130:36:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:130:13
./algorithms.go:130:24: int32(h32) escapes to heap:
./algorithms.go:130:24:   flow: {storage for ... argument} = &{storage for int32(h32)}:
./algorithms.go:130:24:     from int32(h32) (spill) at ./algorithms.go:130:24
./algorithms.go:130:24:     from ... argument (slice-literal-element) at ./algorithms.go:130:13
./algorithms.go:130:24:   flow: {heap} = {storage for ... argument}:
./algorithms.go:130:24:     from ... argument (spill) at ./algorithms.go:130:13
./algorithms.go:130:24:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:130:13
./algorithms.go:130:13: h32 escapes to heap:
./algorithms.go:130:13:   flow: {storage for ... argument} = &{storage for h32}:
./algorithms.go:130:13:     from h32 (spill) at ./algorithms.go:130:13
./algorithms.go:130:13:     from ... argument (slice-literal-element) at ./algorithms.go:130:13
./algorithms.go:130:13:   flow: {heap} = {storage for ... argument}:
./algorithms.go:130:13:     from ... argument (spill) at ./algorithms.go:130:13
./algorithms.go:130:13:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:130:13
./algorithms.go:125:13: h escapes to heap:
./algorithms.go:125:13:   flow: {storage for ... argument} = &{storage for h}:
./algorithms.go:125:13:     from h (spill) at ./algorithms.go:125:13
./algorithms.go:125:13:     from ... argument (slice-literal-element) at ./algorithms.go:125:13
./algorithms.go:125:13:   flow: {heap} = {storage for ... argument}:
./algorithms.go:125:13:     from ... argument (spill) at ./algorithms.go:125:13
./algorithms.go:125:13:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:125:13
./algorithms.go:119:13: arg escapes to heap:
./algorithms.go:119:13:   flow: {storage for ... argument} = &{storage for arg}:
./algorithms.go:119:13:     from arg (spill) at ./algorithms.go:119:13
./algorithms.go:119:13:     from ... argument (slice-literal-element) at ./algorithms.go:119:13
./algorithms.go:119:13:   flow: {heap} = {storage for ... argument}:
./algorithms.go:119:13:     from ... argument (spill) at ./algorithms.go:119:13
./algorithms.go:119:13:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:119:13
./algorithms.go:119:13: best escapes to heap:
./algorithms.go:119:13:   flow: {storage for ... argument} = &{storage for best}:
./algorithms.go:119:13:     from best (spill) at ./algorithms.go:119:13
./algorithms.go:119:13:     from ... argument (slice-literal-element) at ./algorithms.go:119:13
./algorithms.go:119:13:   flow: {heap} = {storage for ... argument}:
./algorithms.go:119:13:     from ... argument (spill) at ./algorithms.go:119:13
./algorithms.go:119:13:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:119:13
./algorithms.go:112:82: itoa(42) escapes to heap:
./algorithms.go:112:82:   flow: {storage for ... argument} = &{storage for itoa(42)}:
./algorithms.go:112:82:     from itoa(42) (spill) at ./algorithms.go:112:82
./algorithms.go:112:82:     from ... argument (slice-literal-element) at ./algorithms.go:112:13
./algorithms.go:112:82:   flow: {heap} = {storage for ... argument}:
./algorithms.go:112:82:     from ... argument (spill) at ./algorithms.go:112:13
./algorithms.go:112:82:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:112:13
./algorithms.go:112:55: itoa(9223372036854775807) escapes to heap:
./algorithms.go:112:55:   flow: {storage for ... argument} = &{storage for itoa(9223372036854775807)}:
./algorithms.go:112:55:     from itoa(9223372036854775807) (spill) at ./algorithms.go:112:55
./algorithms.go:112:55:     from ... argument (slice-literal-element) at ./algorithms.go:112:13
./algorithms.go:112:55:   flow: {heap} = {storage for ... argument}:
./algorithms.go:112:55:     from ... argument (spill) at ./algorithms.go:112:13
./algorithms.go:112:55:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:112:13
./algorithms.go:112:27: itoa(-9223372036854775808) escapes to heap:
./algorithms.go:112:27:   flow: {storage for ... argument} = &{storage for itoa(-9223372036854775808)}:
./algorithms.go:112:27:     from itoa(-9223372036854775808) (spill) at ./algorithms.go:112:27
./algorithms.go:112:27:     from ... argument (slice-literal-element) at ./algorithms.go:112:13
./algorithms.go:112:27:   flow: {heap} = {storage for ... argument}:
./algorithms.go:112:27:     from ... argument (spill) at ./algorithms.go:112:13
./algorithms.go:112:27:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:112:13
./algorithms.go:112:18: itoa(0) escapes to heap:
./algorithms.go:112:18:   flow: {storage for ... argument} = &{storage for itoa(0)}:
./algorithms.go:112:18:     from itoa(0) (spill) at ./algorithms.go:112:18
./algorithms.go:112:18:     from ... argument (slice-literal-element) at ./algorithms.go:112:13
./algorithms.go:112:18:   flow: {heap} = {storage for ... argument}:
./algorithms.go:112:18:     from ... argument (spill) at ./algorithms.go:112:13
./algorithms.go:112:18:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:112:13
./algorithms.go:111:33: gcd(1 << 62, 1 << 40 * 3) escapes to heap:
./algorithms.go:111:33:   flow: {storage for ... argument} = &{storage for gcd(1 << 62, 1 << 40 * 3)}:
./algorithms.go:111:33:     from gcd(1 << 62, 1 << 40 * 3) (spill) at ./algorithms.go:111:33
./algorithms.go:111:33:     from ... argument (slice-literal-element) at ./algorithms.go:111:13
./algorithms.go:111:33:   flow: {heap} = {storage for ... argument}:
./algorithms.go:111:33:     from ... argument (spill) at ./algorithms.go:111:13
./algorithms.go:111:33:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:111:13
./algorithms.go:111:17: gcd(1071, 462) escapes to heap:
./algorithms.go:111:17:   flow: {storage for ... argument} = &{storage for gcd(1071, 462)}:
./algorithms.go:111:17:     from gcd(1071, 462) (spill) at ./algorithms.go:111:17
./algorithms.go:111:17:     from ... argument (slice-literal-element) at ./algorithms.go:111:13
./algorithms.go:111:17:   flow: {heap} = {storage for ... argument}:
./algorithms.go:111:17:     from ... argument (spill) at ./algorithms.go:111:13
./algorithms.go:111:17:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:111:13
./algorithms.go:110:23: p[len(p) - 5:] escapes to heap:
./algorithms.go:110:23:   flow: {storage for ... argument} = &{storage for p[len(p) - 5:]}:
./algorithms.go:110:23:     from p[len(p) - 5:] (spill) at ./algorithms.go:110:23
./algorithms.go:110:23:     from ... argument (slice-literal-element) at ./algorithms.go:110:13
./algorithms.go:110:23:   flow: {heap} = {storage for ... argument}:
./algorithms.go:110:23:     from ... argument (spill) at ./algorithms.go:110:13
./algorithms.go:110:23:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:110:13
./algorithms.go:110:17: len(p) escapes to heap:
./algorithms.go:110:17:   flow: {storage for ... argument} = &{storage for len(p)}:
./algorithms.go:110:17:     from len(p) (spill) at ./algorithms.go:110:17
./algorithms.go:110:17:     from ... argument (slice-literal-element) at ./algorithms.go:110:13
./algorithms.go:110:17:   flow: {heap} = {storage for ... argument}:
./algorithms.go:110:17:     from ... argument (spill) at ./algorithms.go:110:13
./algorithms.go:110:17:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:110:13
./algorithms.go:108:60: binsearch(s, 5000) escapes to heap:
./algorithms.go:108:60:   flow: {storage for ... argument} = &{storage for binsearch(s, 5000)}:
./algorithms.go:108:60:     from binsearch(s, 5000) (spill) at ./algorithms.go:108:60
./algorithms.go:108:60:     from ... argument (slice-literal-element) at ./algorithms.go:108:13
./algorithms.go:108:60:   flow: {heap} = {storage for ... argument}:
./algorithms.go:108:60:     from ... argument (spill) at ./algorithms.go:108:13
./algorithms.go:108:60:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:108:13
./algorithms.go:108:42: binsearch(s, -1) escapes to heap:
./algorithms.go:108:42:   flow: {storage for ... argument} = &{storage for binsearch(s, -1)}:
./algorithms.go:108:42:     from binsearch(s, -1) (spill) at ./algorithms.go:108:42
./algorithms.go:108:42:     from ... argument (slice-literal-element) at ./algorithms.go:108:13
./algorithms.go:108:42:   flow: {heap} = {storage for ... argument}:
./algorithms.go:108:42:     from ... argument (spill) at ./algorithms.go:108:13
./algorithms.go:108:42:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:108:13
./algorithms.go:108:23: binsearch(s, 500) escapes to heap:
./algorithms.go:108:23:   flow: {storage for ... argument} = &{storage for binsearch(s, 500)}:
./algorithms.go:108:23:     from binsearch(s, 500) (spill) at ./algorithms.go:108:23
./algorithms.go:108:23:     from ... argument (slice-literal-element) at ./algorithms.go:108:13
./algorithms.go:108:23:   flow: {heap} = {storage for ... argument}:
./algorithms.go:108:23:     from ... argument (spill) at ./algorithms.go:108:13
./algorithms.go:108:23:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:108:13
./algorithms.go:107:13: s escapes to heap:
./algorithms.go:107:13:   flow: {storage for ... argument} = &{storage for s}:
./algorithms.go:107:13:     from s (spill) at ./algorithms.go:107:13
./algorithms.go:107:13:     from ... argument (slice-literal-element) at ./algorithms.go:107:13
./algorithms.go:107:13:   flow: {heap} = {storage for ... argument}:
./algorithms.go:107:13:     from ... argument (spill) at ./algorithms.go:107:13
./algorithms.go:107:13:     from fmt.Println(... argument...) (call parameter) at ./algorithms.go:107:13
./algorithms.go:101:11: make([]int, 50) escapes to heap:
./algorithms.go:101:11:   flow: s = &{storage for make([]int, 50)}:
./algorithms.go:101:11:     from make([]int, 50) (spill) at ./algorithms.go:101:11
./algorithms.go:101:11:     from s := make([]int, 50) (assign) at ./algorithms.go:101:4
./algorithms.go:101:11:   flow: {storage for s} = s:
./algorithms.go:101:11:     from s (interface-converted) at ./algorithms.go:107:13
./algorithms.go:101:11: make([]int, 50) escapes to heap
./algorithms.go:107:13: ... argument does not escape
./algorithms.go:107:13: s escapes to heap
./algorithms.go:108:13: ... argument does not escape
./algorithms.go:108:23: binsearch(s, 500) escapes to heap
./algorithms.go:108:42: binsearch(s, -1) escapes to heap
./algorithms.go:108:60: binsearch(s, 5000) escapes to heap
./algorithms.go:110:13: ... argument does not escape
./algorithms.go:110:17: len(p) escapes to heap
./algorithms.go:110:23: p[len(p) - 5:] escapes to heap
./algorithms.go:111:13: ... argument does not escape
./algorithms.go:111:17: gcd(1071, 462) escapes to heap
./algorithms.go:111:33: gcd(1 << 62, 1 << 40 * 3) escapes to heap
./algorithms.go:112:13: ... argument does not escape
./algorithms.go:112:18: itoa(0) escapes to heap
./algorithms.go:112:27: itoa(-9223372036854775808) escapes to heap
./algorithms.go:112:55: itoa(9223372036854775807) escapes to heap
./algorithms.go:112:82: itoa(42) escapes to heap
./algorithms.go:119:13: ... argument does not escape
./algorithms.go:119:13: best escapes to heap
./algorithms.go:119:13: arg escapes to heap
./algorithms.go:121:26: ([]byte)("the quick brown fox") does not escape
./algorithms.go:125:13: ... argument does not escape
./algorithms.go:125:13: h escapes to heap
./algorithms.go:130:13: ... argument does not escape
./algorithms.go:130:13: h32 escapes to heap
./algorithms.go:130:24: int32(h32) escapes to heap
./algorithms.go:130:36: int16(h32) escapes to heap
./algorithms.go:130:47: int8(h32) escapes to heap
