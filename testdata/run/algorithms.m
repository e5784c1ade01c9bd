./algorithms.go:19:15: quicksort ignoring self-assignment in s[i], s[j] = s[j], s[i]
./algorithms.go:19:15: quicksort ignoring self-assignment in s[i], s[j] = s[j], s[i]
./algorithms.go:5:16: s does not escape
./algorithms.go:29:14: make([]bool, n + 1) escapes to heap
./algorithms.go:50:16: s does not escape
./algorithms.go:83:15: string(buf[i:]) escapes to heap
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
