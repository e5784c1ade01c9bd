./math_funcs.go:33:50: math.Float64bits(total) escapes to heap:
./math_funcs.go:33:50:   flow: {storage for ... argument} = &{storage for math.Float64bits(total)}:
./math_funcs.go:33:50:     from math.Float64bits(total) (spill) at ./math_funcs.go:33:50
./math_funcs.go:33:50:     from ... argument (slice-literal-element) at ./math_funcs.go:33:12
./math_funcs.go:33:50:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:33:50:     from ... argument (spill) at ./math_funcs.go:33:12
./math_funcs.go:33:50:     from fmt.Printf("%.17g %x\n", ... argument...) (call parameter) at ./math_funcs.go:33:12
./math_funcs.go:33:13: total escapes to heap:
./math_funcs.go:33:13:   flow: {storage for ... argument} = &{storage for total}:
./math_funcs.go:33:13:     from total (spill) at ./math_funcs.go:33:13
./math_funcs.go:33:13:     from ... argument (slice-literal-element) at ./math_funcs.go:33:12
./math_funcs.go:33:13:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:33:13:     from ... argument (spill) at ./math_funcs.go:33:12
./math_funcs.go:33:13:     from fmt.Printf("%.17g %x\n", ... argument...) (call parameter) at ./math_funcs.go:33:12
./math_funcs.go:26:100: sign escapes to heap:
./math_funcs.go:26:100:   flow: {storage for ... argument} = &{storage for sign}:
./math_funcs.go:26:100:     from sign (spill) at ./math_funcs.go:26:100
./math_funcs.go:26:100:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:100:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:100:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:100:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:100: lg escapes to heap:
./math_funcs.go:26:100:   flow: {storage for ... argument} = &{storage for lg}:
./math_funcs.go:26:100:     from lg (spill) at ./math_funcs.go:26:100
./math_funcs.go:26:100:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:100:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:100:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:100:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:100: math.Gamma(x) escapes to heap:
./math_funcs.go:26:100:   flow: {storage for ... argument} = &{storage for math.Gamma(x)}:
./math_funcs.go:26:100:     from math.Gamma(x) (spill) at ./math_funcs.go:26:100
./math_funcs.go:26:100:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:100:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:100:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:100:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:81: math.Erfcinv(x / 300) escapes to heap:
./math_funcs.go:26:81:   flow: {storage for ... argument} = &{storage for math.Erfcinv(x / 300)}:
./math_funcs.go:26:81:     from math.Erfcinv(x / 300) (spill) at ./math_funcs.go:26:81
./math_funcs.go:26:81:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:81:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:81:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:81:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:60: math.Erfinv(x / 300) escapes to heap:
./math_funcs.go:26:60:   flow: {storage for ... argument} = &{storage for math.Erfinv(x / 300)}:
./math_funcs.go:26:60:     from math.Erfinv(x / 300) (spill) at ./math_funcs.go:26:60
./math_funcs.go:26:60:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:60:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:60:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:60:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:42: math.Erfc(x / 4) escapes to heap:
./math_funcs.go:26:42:   flow: {storage for ... argument} = &{storage for math.Erfc(x / 4)}:
./math_funcs.go:26:42:     from math.Erfc(x / 4) (spill) at ./math_funcs.go:26:42
./math_funcs.go:26:42:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:42:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:42:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:42:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:26: math.Erf(x / 4) escapes to heap:
./math_funcs.go:26:26:   flow: {storage for ... argument} = &{storage for math.Erf(x / 4)}:
./math_funcs.go:26:26:     from math.Erf(x / 4) (spill) at ./math_funcs.go:26:26
./math_funcs.go:26:26:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:26:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:26:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:26:14: x escapes to heap:
./math_funcs.go:26:14:   flow: {storage for ... argument} = &{storage for x}:
./math_funcs.go:26:14:     from x (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:14:     from ... argument (slice-literal-element) at ./math_funcs.go:26:14
./math_funcs.go:26:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:26:14:     from ... argument (spill) at ./math_funcs.go:26:14
./math_funcs.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:26:14
./math_funcs.go:23:73: math.Exp(math.Log(7)) escapes to heap:
./math_funcs.go:23:73:   flow: {storage for ... argument} = &{storage for math.Exp(math.Log(7))}:
./math_funcs.go:23:73:     from math.Exp(math.Log(7)) (spill) at ./math_funcs.go:23:73
./math_funcs.go:23:73:     from ... argument (slice-literal-element) at ./math_funcs.go:23:13
./math_funcs.go:23:73:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:23:73:     from ... argument (spill) at ./math_funcs.go:23:13
./math_funcs.go:23:73:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:23:13
./math_funcs.go:23:50: math.Sqrt(math.Exp(1)) escapes to heap:
./math_funcs.go:23:50:   flow: {storage for ... argument} = &{storage for math.Sqrt(math.Exp(1))}:
./math_funcs.go:23:50:     from math.Sqrt(math.Exp(1)) (spill) at ./math_funcs.go:23:50
./math_funcs.go:23:50:     from ... argument (slice-literal-element) at ./math_funcs.go:23:13
./math_funcs.go:23:50:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:23:50:     from ... argument (spill) at ./math_funcs.go:23:13
./math_funcs.go:23:50:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:23:13
./math_funcs.go:23:36: math.Log(0) escapes to heap:
./math_funcs.go:23:36:   flow: {storage for ... argument} = &{storage for math.Log(0)}:
./math_funcs.go:23:36:     from math.Log(0) (spill) at ./math_funcs.go:23:36
./math_funcs.go:23:36:     from ... argument (slice-literal-element) at ./math_funcs.go:23:13
./math_funcs.go:23:36:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:23:36:     from ... argument (spill) at ./math_funcs.go:23:13
./math_funcs.go:23:36:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:23:13
./math_funcs.go:23:22: math.Log(-1) escapes to heap:
./math_funcs.go:23:22:   flow: {storage for ... argument} = &{storage for math.Log(-1)}:
./math_funcs.go:23:22:     from math.Log(-1) (spill) at ./math_funcs.go:23:22
./math_funcs.go:23:22:     from ... argument (slice-literal-element) at ./math_funcs.go:23:13
./math_funcs.go:23:22:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:23:22:     from ... argument (spill) at ./math_funcs.go:23:13
./math_funcs.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:23:13
./math_funcs.go:22:121: math.Nextafter32(0, 1) escapes to heap:
./math_funcs.go:22:121:   flow: {storage for ... argument} = &{storage for math.Nextafter32(0, 1)}:
./math_funcs.go:22:121:     from math.Nextafter32(0, 1) (spill) at ./math_funcs.go:22:121
./math_funcs.go:22:121:     from ... argument (slice-literal-element) at ./math_funcs.go:22:13
./math_funcs.go:22:121:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:22:121:     from ... argument (spill) at ./math_funcs.go:22:13
./math_funcs.go:22:121:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:22:13
./math_funcs.go:22:97: math.Nextafter32(1, 2) escapes to heap:
./math_funcs.go:22:97:   flow: {storage for ... argument} = &{storage for math.Nextafter32(1, 2)}:
./math_funcs.go:22:97:     from math.Nextafter32(1, 2) (spill) at ./math_funcs.go:22:97
./math_funcs.go:22:97:     from ... argument (slice-literal-element) at ./math_funcs.go:22:13
./math_funcs.go:22:97:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:22:97:     from ... argument (spill) at ./math_funcs.go:22:13
./math_funcs.go:22:97:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:22:13
./math_funcs.go:22:72: math.Nextafter(0, -1) escapes to heap:
./math_funcs.go:22:72:   flow: {storage for ... argument} = &{storage for math.Nextafter(0, -1)}:
./math_funcs.go:22:72:     from math.Nextafter(0, -1) (spill) at ./math_funcs.go:22:72
./math_funcs.go:22:72:     from ... argument (slice-literal-element) at ./math_funcs.go:22:13
./math_funcs.go:22:72:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:22:72:     from ... argument (spill) at ./math_funcs.go:22:13
./math_funcs.go:22:72:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:22:13
./math_funcs.go:22:50: math.Nextafter(1, 0) escapes to heap:
./math_funcs.go:22:50:   flow: {storage for ... argument} = &{storage for math.Nextafter(1, 0)}:
./math_funcs.go:22:50:     from math.Nextafter(1, 0) (spill) at ./math_funcs.go:22:50
./math_funcs.go:22:50:     from ... argument (slice-literal-element) at ./math_funcs.go:22:13
./math_funcs.go:22:50:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:22:50:     from ... argument (spill) at ./math_funcs.go:22:13
./math_funcs.go:22:50:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:22:13
./math_funcs.go:22:28: math.Nextafter(1, 2) escapes to heap:
./math_funcs.go:22:28:   flow: {storage for ... argument} = &{storage for math.Nextafter(1, 2)}:
./math_funcs.go:22:28:     from math.Nextafter(1, 2) (spill) at ./math_funcs.go:22:28
./math_funcs.go:22:28:     from ... argument (slice-literal-element) at ./math_funcs.go:22:13
./math_funcs.go:22:28:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:22:28:     from ... argument (spill) at ./math_funcs.go:22:13
./math_funcs.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:22:13
./math_funcs.go:21:73: math.Pow10(-400) escapes to heap:
./math_funcs.go:21:73:   flow: {storage for ... argument} = &{storage for math.Pow10(-400)}:
./math_funcs.go:21:73:     from math.Pow10(-400) (spill) at ./math_funcs.go:21:73
./math_funcs.go:21:73:     from ... argument (slice-literal-element) at ./math_funcs.go:21:13
./math_funcs.go:21:73:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:21:73:     from ... argument (spill) at ./math_funcs.go:21:13
./math_funcs.go:21:73:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:21:13
./math_funcs.go:21:56: math.Pow10(400) escapes to heap:
./math_funcs.go:21:56:   flow: {storage for ... argument} = &{storage for math.Pow10(400)}:
./math_funcs.go:21:56:     from math.Pow10(400) (spill) at ./math_funcs.go:21:56
./math_funcs.go:21:56:     from ... argument (slice-literal-element) at ./math_funcs.go:21:13
./math_funcs.go:21:56:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:21:56:     from ... argument (spill) at ./math_funcs.go:21:13
./math_funcs.go:21:56:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:21:13
./math_funcs.go:21:40: math.Pow10(20) escapes to heap:
./math_funcs.go:21:40:   flow: {storage for ... argument} = &{storage for math.Pow10(20)}:
./math_funcs.go:21:40:     from math.Pow10(20) (spill) at ./math_funcs.go:21:40
./math_funcs.go:21:40:     from ... argument (slice-literal-element) at ./math_funcs.go:21:13
./math_funcs.go:21:40:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:21:40:     from ... argument (spill) at ./math_funcs.go:21:13
./math_funcs.go:21:40:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:21:13
./math_funcs.go:21:24: math.Pow10(-5) escapes to heap:
./math_funcs.go:21:24:   flow: {storage for ... argument} = &{storage for math.Pow10(-5)}:
./math_funcs.go:21:24:     from math.Pow10(-5) (spill) at ./math_funcs.go:21:24
./math_funcs.go:21:24:     from ... argument (slice-literal-element) at ./math_funcs.go:21:13
./math_funcs.go:21:24:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:21:24:     from ... argument (spill) at ./math_funcs.go:21:13
./math_funcs.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:21:13
./math_funcs.go:20:93: math.Dim(4, 1.5) escapes to heap:
./math_funcs.go:20:93:   flow: {storage for ... argument} = &{storage for math.Dim(4, 1.5)}:
./math_funcs.go:20:93:     from math.Dim(4, 1.5) (spill) at ./math_funcs.go:20:93
./math_funcs.go:20:93:     from ... argument (slice-literal-element) at ./math_funcs.go:20:13
./math_funcs.go:20:93:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:20:93:     from ... argument (spill) at ./math_funcs.go:20:13
./math_funcs.go:20:93:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:20:13
./math_funcs.go:20:74: math.Remainder(-7.5, 2) escapes to heap:
./math_funcs.go:20:74:   flow: {storage for ... argument} = &{storage for math.Remainder(-7.5, 2)}:
./math_funcs.go:20:74:     from math.Remainder(-7.5, 2) (spill) at ./math_funcs.go:20:74
./math_funcs.go:20:74:     from ... argument (slice-literal-element) at ./math_funcs.go:20:13
./math_funcs.go:20:74:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:20:74:     from ... argument (spill) at ./math_funcs.go:20:13
./math_funcs.go:20:74:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:20:13
./math_funcs.go:20:51: math.Remainder(11, 3) escapes to heap:
./math_funcs.go:20:51:   flow: {storage for ... argument} = &{storage for math.Remainder(11, 3)}:
./math_funcs.go:20:51:     from math.Remainder(11, 3) (spill) at ./math_funcs.go:20:51
./math_funcs.go:20:51:     from ... argument (slice-literal-element) at ./math_funcs.go:20:13
./math_funcs.go:20:51:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:20:51:     from ... argument (spill) at ./math_funcs.go:20:13
./math_funcs.go:20:51:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:20:13
./math_funcs.go:20:28: math.Remainder(10, 3) escapes to heap:
./math_funcs.go:20:28:   flow: {storage for ... argument} = &{storage for math.Remainder(10, 3)}:
./math_funcs.go:20:28:     from math.Remainder(10, 3) (spill) at ./math_funcs.go:20:28
./math_funcs.go:20:28:     from ... argument (slice-literal-element) at ./math_funcs.go:20:13
./math_funcs.go:20:28:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:20:28:     from ... argument (spill) at ./math_funcs.go:20:13
./math_funcs.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:20:13
./math_funcs.go:19:99: math.Hypot(math.Inf(-1), math.NaN()) escapes to heap:
./math_funcs.go:19:99:   flow: {storage for ... argument} = &{storage for math.Hypot(math.Inf(-1), math.NaN())}:
./math_funcs.go:19:99:     from math.Hypot(math.Inf(-1), math.NaN()) (spill) at ./math_funcs.go:19:99
./math_funcs.go:19:99:     from ... argument (slice-literal-element) at ./math_funcs.go:19:13
./math_funcs.go:19:99:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:19:99:     from ... argument (spill) at ./math_funcs.go:19:13
./math_funcs.go:19:99:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:19:13
./math_funcs.go:19:81: math.Hypot(3, 4) escapes to heap:
./math_funcs.go:19:81:   flow: {storage for ... argument} = &{storage for math.Hypot(3, 4)}:
./math_funcs.go:19:81:     from math.Hypot(3, 4) (spill) at ./math_funcs.go:19:81
./math_funcs.go:19:81:     from ... argument (slice-literal-element) at ./math_funcs.go:19:13
./math_funcs.go:19:81:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:19:81:     from ... argument (spill) at ./math_funcs.go:19:13
./math_funcs.go:19:81:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:19:13
./math_funcs.go:19:62: math.Atan2(0, -1) escapes to heap:
./math_funcs.go:19:62:   flow: {storage for ... argument} = &{storage for math.Atan2(0, -1)}:
./math_funcs.go:19:62:     from math.Atan2(0, -1) (spill) at ./math_funcs.go:19:62
./math_funcs.go:19:62:     from ... argument (slice-literal-element) at ./math_funcs.go:19:13
./math_funcs.go:19:62:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:19:62:     from ... argument (spill) at ./math_funcs.go:19:13
./math_funcs.go:19:62:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:19:13
./math_funcs.go:19:42: math.Atan2(-1, -1) escapes to heap:
./math_funcs.go:19:42:   flow: {storage for ... argument} = &{storage for math.Atan2(-1, -1)}:
./math_funcs.go:19:42:     from math.Atan2(-1, -1) (spill) at ./math_funcs.go:19:42
./math_funcs.go:19:42:     from ... argument (slice-literal-element) at ./math_funcs.go:19:13
./math_funcs.go:19:42:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:19:42:     from ... argument (spill) at ./math_funcs.go:19:13
./math_funcs.go:19:42:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:19:13
./math_funcs.go:19:24: math.Atan2(1, 1) escapes to heap:
./math_funcs.go:19:24:   flow: {storage for ... argument} = &{storage for math.Atan2(1, 1)}:
./math_funcs.go:19:24:     from math.Atan2(1, 1) (spill) at ./math_funcs.go:19:24
./math_funcs.go:19:24:     from ... argument (slice-literal-element) at ./math_funcs.go:19:13
./math_funcs.go:19:24:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:19:24:     from ... argument (spill) at ./math_funcs.go:19:13
./math_funcs.go:19:24:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:19:13
./math_funcs.go:18:112: math.Pow(10, -3) escapes to heap:
./math_funcs.go:18:112:   flow: {storage for ... argument} = &{storage for math.Pow(10, -3)}:
./math_funcs.go:18:112:     from math.Pow(10, -3) (spill) at ./math_funcs.go:18:112
./math_funcs.go:18:112:     from ... argument (slice-literal-element) at ./math_funcs.go:18:13
./math_funcs.go:18:112:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:18:112:     from ... argument (spill) at ./math_funcs.go:18:13
./math_funcs.go:18:112:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:18:13
./math_funcs.go:18:95: math.Pow(0, -1) escapes to heap:
./math_funcs.go:18:95:   flow: {storage for ... argument} = &{storage for math.Pow(0, -1)}:
./math_funcs.go:18:95:     from math.Pow(0, -1) (spill) at ./math_funcs.go:18:95
./math_funcs.go:18:95:     from ... argument (slice-literal-element) at ./math_funcs.go:18:13
./math_funcs.go:18:95:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:18:95:     from ... argument (spill) at ./math_funcs.go:18:13
./math_funcs.go:18:95:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:18:13
./math_funcs.go:18:78: math.Pow(-2, 3) escapes to heap:
./math_funcs.go:18:78:   flow: {storage for ... argument} = &{storage for math.Pow(-2, 3)}:
./math_funcs.go:18:78:     from math.Pow(-2, 3) (spill) at ./math_funcs.go:18:78
./math_funcs.go:18:78:     from ... argument (slice-literal-element) at ./math_funcs.go:18:13
./math_funcs.go:18:78:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:18:78:     from ... argument (spill) at ./math_funcs.go:18:13
./math_funcs.go:18:78:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:18:13
./math_funcs.go:18:57: math.Pow(-8, 1.0 / 3) escapes to heap:
./math_funcs.go:18:57:   flow: {storage for ... argument} = &{storage for math.Pow(-8, 1.0 / 3)}:
./math_funcs.go:18:57:     from math.Pow(-8, 1.0 / 3) (spill) at ./math_funcs.go:18:57
./math_funcs.go:18:57:     from ... argument (slice-literal-element) at ./math_funcs.go:18:13
./math_funcs.go:18:57:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:18:57:     from ... argument (spill) at ./math_funcs.go:18:13
./math_funcs.go:18:57:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:18:13
./math_funcs.go:18:39: math.Pow(2, 0.5) escapes to heap:
./math_funcs.go:18:39:   flow: {storage for ... argument} = &{storage for math.Pow(2, 0.5)}:
./math_funcs.go:18:39:     from math.Pow(2, 0.5) (spill) at ./math_funcs.go:18:39
./math_funcs.go:18:39:     from ... argument (slice-literal-element) at ./math_funcs.go:18:13
./math_funcs.go:18:39:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:18:39:     from ... argument (spill) at ./math_funcs.go:18:13
./math_funcs.go:18:39:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:18:13
./math_funcs.go:18:22: math.Pow(2, 10) escapes to heap:
./math_funcs.go:18:22:   flow: {storage for ... argument} = &{storage for math.Pow(2, 10)}:
./math_funcs.go:18:22:     from math.Pow(2, 10) (spill) at ./math_funcs.go:18:22
./math_funcs.go:18:22:     from ... argument (slice-literal-element) at ./math_funcs.go:18:13
./math_funcs.go:18:22:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:18:22:     from ... argument (spill) at ./math_funcs.go:18:13
./math_funcs.go:18:22:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:18:13
./math_funcs.go:16:104: math.Ilogb(x) escapes to heap:
./math_funcs.go:16:104:   flow: {storage for ... argument} = &{storage for math.Ilogb(x)}:
./math_funcs.go:16:104:     from math.Ilogb(x) (spill) at ./math_funcs.go:16:104
./math_funcs.go:16:104:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:104:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:104:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:104:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:89: math.Logb(x) escapes to heap:
./math_funcs.go:16:89:   flow: {storage for ... argument} = &{storage for math.Logb(x)}:
./math_funcs.go:16:89:     from math.Logb(x) (spill) at ./math_funcs.go:16:89
./math_funcs.go:16:89:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:89:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:89:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:89:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:63: math.Ldexp(math.Frexp(x)) escapes to heap:
./math_funcs.go:16:63:   flow: {storage for ... argument} = &{storage for math.Ldexp(math.Frexp(x))}:
./math_funcs.go:16:63:     from math.Ldexp(math.Frexp(x)) (spill) at ./math_funcs.go:16:63
./math_funcs.go:16:63:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:63:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:63:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:63:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:44: math.Ldexp(fr, e) escapes to heap:
./math_funcs.go:16:44:   flow: {storage for ... argument} = &{storage for math.Ldexp(fr, e)}:
./math_funcs.go:16:44:     from math.Ldexp(fr, e) (spill) at ./math_funcs.go:16:44
./math_funcs.go:16:44:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:44:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:44:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:44:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:14: e escapes to heap:
./math_funcs.go:16:14:   flow: {storage for ... argument} = &{storage for e}:
./math_funcs.go:16:14:     from e (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:14:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:14: fr escapes to heap:
./math_funcs.go:16:14:   flow: {storage for ... argument} = &{storage for fr}:
./math_funcs.go:16:14:     from fr (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:14:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:14: f escapes to heap:
./math_funcs.go:16:14:   flow: {storage for ... argument} = &{storage for f}:
./math_funcs.go:16:14:     from f (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:14:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:14: i escapes to heap:
./math_funcs.go:16:14:   flow: {storage for ... argument} = &{storage for i}:
./math_funcs.go:16:14:     from i (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:14:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:14: c escapes to heap:
./math_funcs.go:16:14:   flow: {storage for ... argument} = &{storage for c}:
./math_funcs.go:16:14:     from c (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:14:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:16:14: s escapes to heap:
./math_funcs.go:16:14:   flow: {storage for ... argument} = &{storage for s}:
./math_funcs.go:16:14:     from s (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from ... argument (slice-literal-element) at ./math_funcs.go:16:14
./math_funcs.go:16:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:16:14:     from ... argument (spill) at ./math_funcs.go:16:14
./math_funcs.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:16:14
./math_funcs.go:12:111: math.Cosh(x) escapes to heap:
./math_funcs.go:12:111:   flow: {storage for ... argument} = &{storage for math.Cosh(x)}:
./math_funcs.go:12:111:     from math.Cosh(x) (spill) at ./math_funcs.go:12:111
./math_funcs.go:12:111:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:111:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:111:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:111:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:12:97: math.Cbrt(x) escapes to heap:
./math_funcs.go:12:97:   flow: {storage for ... argument} = &{storage for math.Cbrt(x)}:
./math_funcs.go:12:97:     from math.Cbrt(x) (spill) at ./math_funcs.go:12:97
./math_funcs.go:12:97:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:97:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:97:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:97:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:12:83: math.Atanh(x) escapes to heap:
./math_funcs.go:12:83:   flow: {storage for ... argument} = &{storage for math.Atanh(x)}:
./math_funcs.go:12:83:     from math.Atanh(x) (spill) at ./math_funcs.go:12:83
./math_funcs.go:12:83:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:83:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:83:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:83:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:12:68: math.Acosh(x) escapes to heap:
./math_funcs.go:12:68:   flow: {storage for ... argument} = &{storage for math.Acosh(x)}:
./math_funcs.go:12:68:     from math.Acosh(x) (spill) at ./math_funcs.go:12:68
./math_funcs.go:12:68:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:68:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:68:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:68:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:12:53: math.Asinh(x) escapes to heap:
./math_funcs.go:12:53:   flow: {storage for ... argument} = &{storage for math.Asinh(x)}:
./math_funcs.go:12:53:     from math.Asinh(x) (spill) at ./math_funcs.go:12:53
./math_funcs.go:12:53:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:53:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:53:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:53:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:12:38: math.Acos(x) escapes to heap:
./math_funcs.go:12:38:   flow: {storage for ... argument} = &{storage for math.Acos(x)}:
./math_funcs.go:12:38:     from math.Acos(x) (spill) at ./math_funcs.go:12:38
./math_funcs.go:12:38:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:38:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:38:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:38:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:12:24: math.Asin(x) escapes to heap:
./math_funcs.go:12:24:   flow: {storage for ... argument} = &{storage for math.Asin(x)}:
./math_funcs.go:12:24:     from math.Asin(x) (spill) at ./math_funcs.go:12:24
./math_funcs.go:12:24:     from ... argument (slice-literal-element) at ./math_funcs.go:12:14
./math_funcs.go:12:24:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:12:24:     from ... argument (spill) at ./math_funcs.go:12:14
./math_funcs.go:12:24:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:12:14
./math_funcs.go:11:109: math.Log1p(x) escapes to heap:
./math_funcs.go:11:109:   flow: {storage for ... argument} = &{storage for math.Log1p(x)}:
./math_funcs.go:11:109:     from math.Log1p(x) (spill) at ./math_funcs.go:11:109
./math_funcs.go:11:109:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:109:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:109:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:109:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:11:94: math.Log10(x) escapes to heap:
./math_funcs.go:11:94:   flow: {storage for ... argument} = &{storage for math.Log10(x)}:
./math_funcs.go:11:94:     from math.Log10(x) (spill) at ./math_funcs.go:11:94
./math_funcs.go:11:94:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:94:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:94:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:94:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:11:79: math.Log2(x) escapes to heap:
./math_funcs.go:11:79:   flow: {storage for ... argument} = &{storage for math.Log2(x)}:
./math_funcs.go:11:79:     from math.Log2(x) (spill) at ./math_funcs.go:11:79
./math_funcs.go:11:79:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:79:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:79:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:79:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:11:65: math.Log(x) escapes to heap:
./math_funcs.go:11:65:   flow: {storage for ... argument} = &{storage for math.Log(x)}:
./math_funcs.go:11:65:     from math.Log(x) (spill) at ./math_funcs.go:11:65
./math_funcs.go:11:65:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:65:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:65:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:65:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:11:52: math.Expm1(x) escapes to heap:
./math_funcs.go:11:52:   flow: {storage for ... argument} = &{storage for math.Expm1(x)}:
./math_funcs.go:11:52:     from math.Expm1(x) (spill) at ./math_funcs.go:11:52
./math_funcs.go:11:52:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:52:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:52:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:52:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:11:37: math.Exp2(x) escapes to heap:
./math_funcs.go:11:37:   flow: {storage for ... argument} = &{storage for math.Exp2(x)}:
./math_funcs.go:11:37:     from math.Exp2(x) (spill) at ./math_funcs.go:11:37
./math_funcs.go:11:37:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:37:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:37:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:37:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:11:23: math.Exp(x) escapes to heap:
./math_funcs.go:11:23:   flow: {storage for ... argument} = &{storage for math.Exp(x)}:
./math_funcs.go:11:23:     from math.Exp(x) (spill) at ./math_funcs.go:11:23
./math_funcs.go:11:23:     from ... argument (slice-literal-element) at ./math_funcs.go:11:14
./math_funcs.go:11:23:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:11:23:     from ... argument (spill) at ./math_funcs.go:11:14
./math_funcs.go:11:23:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:11:14
./math_funcs.go:10:94: math.Tanh(x) escapes to heap:
./math_funcs.go:10:94:   flow: {storage for ... argument} = &{storage for math.Tanh(x)}:
./math_funcs.go:10:94:     from math.Tanh(x) (spill) at ./math_funcs.go:10:94
./math_funcs.go:10:94:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:94:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:94:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:94:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:10:80: math.Sinh(x) escapes to heap:
./math_funcs.go:10:80:   flow: {storage for ... argument} = &{storage for math.Sinh(x)}:
./math_funcs.go:10:80:     from math.Sinh(x) (spill) at ./math_funcs.go:10:80
./math_funcs.go:10:80:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:80:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:80:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:80:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:10:66: math.Atan(x) escapes to heap:
./math_funcs.go:10:66:   flow: {storage for ... argument} = &{storage for math.Atan(x)}:
./math_funcs.go:10:66:     from math.Atan(x) (spill) at ./math_funcs.go:10:66
./math_funcs.go:10:66:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:66:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:66:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:66:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:10:52: math.Tan(x) escapes to heap:
./math_funcs.go:10:52:   flow: {storage for ... argument} = &{storage for math.Tan(x)}:
./math_funcs.go:10:52:     from math.Tan(x) (spill) at ./math_funcs.go:10:52
./math_funcs.go:10:52:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:52:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:52:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:52:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:10:39: math.Cos(x) escapes to heap:
./math_funcs.go:10:39:   flow: {storage for ... argument} = &{storage for math.Cos(x)}:
./math_funcs.go:10:39:     from math.Cos(x) (spill) at ./math_funcs.go:10:39
./math_funcs.go:10:39:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:39:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:39:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:39:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:10:26: math.Sin(x) escapes to heap:
./math_funcs.go:10:26:   flow: {storage for ... argument} = &{storage for math.Sin(x)}:
./math_funcs.go:10:26:     from math.Sin(x) (spill) at ./math_funcs.go:10:26
./math_funcs.go:10:26:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:26:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:26:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:26:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:10:14: x escapes to heap:
./math_funcs.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./math_funcs.go:10:14:     from x (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:14:     from ... argument (slice-literal-element) at ./math_funcs.go:10:14
./math_funcs.go:10:14:   flow: {heap} = {storage for ... argument}:
./math_funcs.go:10:14:     from ... argument (spill) at ./math_funcs.go:10:14
./math_funcs.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./math_funcs.go:10:14
./math_funcs.go:9:29: []float64{...} does not escape
./math_funcs.go:10:14: ... argument does not escape
./math_funcs.go:10:14: x escapes to heap
./math_funcs.go:10:26: math.Sin(x) escapes to heap
./math_funcs.go:10:39: math.Cos(x) escapes to heap
./math_funcs.go:10:52: math.Tan(x) escapes to heap
./math_funcs.go:10:66: math.Atan(x) escapes to heap
./math_funcs.go:10:80: math.Sinh(x) escapes to heap
./math_funcs.go:10:94: math.Tanh(x) escapes to heap
./math_funcs.go:11:14: ... argument does not escape
./math_funcs.go:11:23: math.Exp(x) escapes to heap
./math_funcs.go:11:37: math.Exp2(x) escapes to heap
./math_funcs.go:11:52: math.Expm1(x) escapes to heap
./math_funcs.go:11:65: math.Log(x) escapes to heap
./math_funcs.go:11:79: math.Log2(x) escapes to heap
./math_funcs.go:11:94: math.Log10(x) escapes to heap
./math_funcs.go:11:109: math.Log1p(x) escapes to heap
./math_funcs.go:12:14: ... argument does not escape
./math_funcs.go:12:24: math.Asin(x) escapes to heap
./math_funcs.go:12:38: math.Acos(x) escapes to heap
./math_funcs.go:12:53: math.Asinh(x) escapes to heap
./math_funcs.go:12:68: math.Acosh(x) escapes to heap
./math_funcs.go:12:83: math.Atanh(x) escapes to heap
./math_funcs.go:12:97: math.Cbrt(x) escapes to heap
./math_funcs.go:12:111: math.Cosh(x) escapes to heap
./math_funcs.go:16:14: ... argument does not escape
./math_funcs.go:16:14: s escapes to heap
./math_funcs.go:16:14: c escapes to heap
./math_funcs.go:16:14: i escapes to heap
./math_funcs.go:16:14: f escapes to heap
./math_funcs.go:16:14: fr escapes to heap
./math_funcs.go:16:14: e escapes to heap
./math_funcs.go:16:44: math.Ldexp(fr, e) escapes to heap
./math_funcs.go:16:63: math.Ldexp(math.Frexp(x)) escapes to heap
./math_funcs.go:16:89: math.Logb(x) escapes to heap
./math_funcs.go:16:104: math.Ilogb(x) escapes to heap
./math_funcs.go:18:13: ... argument does not escape
./math_funcs.go:18:22: math.Pow(2, 10) escapes to heap
./math_funcs.go:18:39: math.Pow(2, 0.5) escapes to heap
./math_funcs.go:18:57: math.Pow(-8, 1.0 / 3) escapes to heap
./math_funcs.go:18:78: math.Pow(-2, 3) escapes to heap
./math_funcs.go:18:95: math.Pow(0, -1) escapes to heap
./math_funcs.go:18:112: math.Pow(10, -3) escapes to heap
./math_funcs.go:19:13: ... argument does not escape
./math_funcs.go:19:24: math.Atan2(1, 1) escapes to heap
./math_funcs.go:19:42: math.Atan2(-1, -1) escapes to heap
./math_funcs.go:19:62: math.Atan2(0, -1) escapes to heap
./math_funcs.go:19:81: math.Hypot(3, 4) escapes to heap
./math_funcs.go:19:99: math.Hypot(math.Inf(-1), math.NaN()) escapes to heap
./math_funcs.go:20:13: ... argument does not escape
./math_funcs.go:20:28: math.Remainder(10, 3) escapes to heap
./math_funcs.go:20:51: math.Remainder(11, 3) escapes to heap
./math_funcs.go:20:74: math.Remainder(-7.5, 2) escapes to heap
./math_funcs.go:20:93: math.Dim(4, 1.5) escapes to heap
./math_funcs.go:21:13: ... argument does not escape
./math_funcs.go:21:24: math.Pow10(-5) escapes to heap
./math_funcs.go:21:40: math.Pow10(20) escapes to heap
./math_funcs.go:21:56: math.Pow10(400) escapes to heap
./math_funcs.go:21:73: math.Pow10(-400) escapes to heap
./math_funcs.go:22:13: ... argument does not escape
./math_funcs.go:22:28: math.Nextafter(1, 2) escapes to heap
./math_funcs.go:22:50: math.Nextafter(1, 0) escapes to heap
./math_funcs.go:22:72: math.Nextafter(0, -1) escapes to heap
./math_funcs.go:22:97: math.Nextafter32(1, 2) escapes to heap
./math_funcs.go:22:121: math.Nextafter32(0, 1) escapes to heap
./math_funcs.go:23:13: ... argument does not escape
./math_funcs.go:23:22: math.Log(-1) escapes to heap
./math_funcs.go:23:36: math.Log(0) escapes to heap
./math_funcs.go:23:50: math.Sqrt(math.Exp(1)) escapes to heap
./math_funcs.go:23:73: math.Exp(math.Log(7)) escapes to heap
./math_funcs.go:24:29: []float64{...} does not escape
./math_funcs.go:26:14: ... argument does not escape
./math_funcs.go:26:14: x escapes to heap
./math_funcs.go:26:26: math.Erf(x / 4) escapes to heap
./math_funcs.go:26:42: math.Erfc(x / 4) escapes to heap
./math_funcs.go:26:60: math.Erfinv(x / 300) escapes to heap
./math_funcs.go:26:81: math.Erfcinv(x / 300) escapes to heap
./math_funcs.go:26:100: math.Gamma(x) escapes to heap
./math_funcs.go:26:100: lg escapes to heap
./math_funcs.go:26:100: sign escapes to heap
./math_funcs.go:33:12: ... argument does not escape
./math_funcs.go:33:13: total escapes to heap
./math_funcs.go:33:50: math.Float64bits(total) escapes to heap
