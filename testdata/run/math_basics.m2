./math_basics.go:28:101: math.Copysign(-3, 1) escapes to heap:
./math_basics.go:28:101:   flow: {storage for ... argument} = &{storage for math.Copysign(-3, 1)}:
./math_basics.go:28:101:     from math.Copysign(-3, 1) (spill) at ./math_basics.go:28:101
./math_basics.go:28:101:     from ... argument (slice-literal-element) at ./math_basics.go:28:13
./math_basics.go:28:101:   flow: {heap} = {storage for ... argument}:
./math_basics.go:28:101:     from ... argument (spill) at ./math_basics.go:28:13
./math_basics.go:28:101:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:28:13
./math_basics.go:28:77: math.Copysign(3, -0.0) escapes to heap:
./math_basics.go:28:77:   flow: {storage for ... argument} = &{storage for math.Copysign(3, -0.0)}:
./math_basics.go:28:77:     from math.Copysign(3, -0.0) (spill) at ./math_basics.go:28:77
./math_basics.go:28:77:     from ... argument (slice-literal-element) at ./math_basics.go:28:13
./math_basics.go:28:77:   flow: {heap} = {storage for ... argument}:
./math_basics.go:28:77:     from ... argument (spill) at ./math_basics.go:28:13
./math_basics.go:28:77:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:28:13
./math_basics.go:28:53: math.Float64bits(negZero) escapes to heap:
./math_basics.go:28:53:   flow: {storage for ... argument} = &{storage for math.Float64bits(negZero)}:
./math_basics.go:28:53:     from math.Float64bits(negZero) (spill) at ./math_basics.go:28:53
./math_basics.go:28:53:     from ... argument (slice-literal-element) at ./math_basics.go:28:13
./math_basics.go:28:53:   flow: {heap} = {storage for ... argument}:
./math_basics.go:28:53:     from ... argument (spill) at ./math_basics.go:28:13
./math_basics.go:28:53:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:28:13
./math_basics.go:28:30: math.Float64bits(nan) escapes to heap:
./math_basics.go:28:30:   flow: {storage for ... argument} = &{storage for math.Float64bits(nan)}:
./math_basics.go:28:30:     from math.Float64bits(nan) (spill) at ./math_basics.go:28:30
./math_basics.go:28:30:     from ... argument (slice-literal-element) at ./math_basics.go:28:13
./math_basics.go:28:30:   flow: {heap} = {storage for ... argument}:
./math_basics.go:28:30:     from ... argument (spill) at ./math_basics.go:28:13
./math_basics.go:28:30:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:28:13
./math_basics.go:27:122: math.Float32frombits(0x40000000) escapes to heap:
./math_basics.go:27:122:   flow: {storage for ... argument} = &{storage for math.Float32frombits(0x40000000)}:
./math_basics.go:27:122:     from math.Float32frombits(0x40000000) (spill) at ./math_basics.go:27:122
./math_basics.go:27:122:     from ... argument (slice-literal-element) at ./math_basics.go:27:13
./math_basics.go:27:122:   flow: {heap} = {storage for ... argument}:
./math_basics.go:27:122:     from ... argument (spill) at ./math_basics.go:27:13
./math_basics.go:27:122:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:27:13
./math_basics.go:27:95: math.Float32bits(1.5) escapes to heap:
./math_basics.go:27:95:   flow: {storage for ... argument} = &{storage for math.Float32bits(1.5)}:
./math_basics.go:27:95:     from math.Float32bits(1.5) (spill) at ./math_basics.go:27:95
./math_basics.go:27:95:     from ... argument (slice-literal-element) at ./math_basics.go:27:13
./math_basics.go:27:95:   flow: {heap} = {storage for ... argument}:
./math_basics.go:27:95:     from ... argument (spill) at ./math_basics.go:27:13
./math_basics.go:27:95:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:27:13
./math_basics.go:27:57: math.Float64frombits(0x4000000000000000) escapes to heap:
./math_basics.go:27:57:   flow: {storage for ... argument} = &{storage for math.Float64frombits(0x4000000000000000)}:
./math_basics.go:27:57:     from math.Float64frombits(0x4000000000000000) (spill) at ./math_basics.go:27:57
./math_basics.go:27:57:     from ... argument (slice-literal-element) at ./math_basics.go:27:13
./math_basics.go:27:57:   flow: {heap} = {storage for ... argument}:
./math_basics.go:27:57:     from ... argument (spill) at ./math_basics.go:27:13
./math_basics.go:27:57:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:27:13
./math_basics.go:27:30: math.Float64bits(1.5) escapes to heap:
./math_basics.go:27:30:   flow: {storage for ... argument} = &{storage for math.Float64bits(1.5)}:
./math_basics.go:27:30:     from math.Float64bits(1.5) (spill) at ./math_basics.go:27:30
./math_basics.go:27:30:     from ... argument (slice-literal-element) at ./math_basics.go:27:13
./math_basics.go:27:30:   flow: {heap} = {storage for ... argument}:
./math_basics.go:27:30:     from ... argument (spill) at ./math_basics.go:27:13
./math_basics.go:27:30:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:27:13
./math_basics.go:26:86: math.IsInf(one, 0) escapes to heap:
./math_basics.go:26:86:   flow: {storage for ... argument} = &{storage for math.IsInf(one, 0)}:
./math_basics.go:26:86:     from math.IsInf(one, 0) (spill) at ./math_basics.go:26:86
./math_basics.go:26:86:     from ... argument (slice-literal-element) at ./math_basics.go:26:13
./math_basics.go:26:86:   flow: {heap} = {storage for ... argument}:
./math_basics.go:26:86:     from ... argument (spill) at ./math_basics.go:26:13
./math_basics.go:26:86:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:26:13
./math_basics.go:26:65: math.IsInf(-inf, 0) escapes to heap:
./math_basics.go:26:65:   flow: {storage for ... argument} = &{storage for math.IsInf(-inf, 0)}:
./math_basics.go:26:65:     from math.IsInf(-inf, 0) (spill) at ./math_basics.go:26:65
./math_basics.go:26:65:     from ... argument (slice-literal-element) at ./math_basics.go:26:13
./math_basics.go:26:65:   flow: {heap} = {storage for ... argument}:
./math_basics.go:26:65:     from ... argument (spill) at ./math_basics.go:26:13
./math_basics.go:26:65:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:26:13
./math_basics.go:26:44: math.IsInf(inf, -1) escapes to heap:
./math_basics.go:26:44:   flow: {storage for ... argument} = &{storage for math.IsInf(inf, -1)}:
./math_basics.go:26:44:     from math.IsInf(inf, -1) (spill) at ./math_basics.go:26:44
./math_basics.go:26:44:     from ... argument (slice-literal-element) at ./math_basics.go:26:13
./math_basics.go:26:44:   flow: {heap} = {storage for ... argument}:
./math_basics.go:26:44:     from ... argument (spill) at ./math_basics.go:26:13
./math_basics.go:26:44:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:26:13
./math_basics.go:26:24: math.IsInf(inf, 1) escapes to heap:
./math_basics.go:26:24:   flow: {storage for ... argument} = &{storage for math.IsInf(inf, 1)}:
./math_basics.go:26:24:     from math.IsInf(inf, 1) (spill) at ./math_basics.go:26:24
./math_basics.go:26:24:     from ... argument (slice-literal-element) at ./math_basics.go:26:13
./math_basics.go:26:24:   flow: {heap} = {storage for ... argument}:
./math_basics.go:26:24:     from ... argument (spill) at ./math_basics.go:26:13
./math_basics.go:26:24:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:26:13
./math_basics.go:25:81: math.IsNaN(one) escapes to heap:
./math_basics.go:25:81:   flow: {storage for ... argument} = &{storage for math.IsNaN(one)}:
./math_basics.go:25:81:     from math.IsNaN(one) (spill) at ./math_basics.go:25:81
./math_basics.go:25:81:     from ... argument (slice-literal-element) at ./math_basics.go:25:13
./math_basics.go:25:81:   flow: {heap} = {storage for ... argument}:
./math_basics.go:25:81:     from ... argument (spill) at ./math_basics.go:25:13
./math_basics.go:25:81:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:25:13
./math_basics.go:25:64: math.IsNaN(nan) escapes to heap:
./math_basics.go:25:64:   flow: {storage for ... argument} = &{storage for math.IsNaN(nan)}:
./math_basics.go:25:64:     from math.IsNaN(nan) (spill) at ./math_basics.go:25:64
./math_basics.go:25:64:     from ... argument (slice-literal-element) at ./math_basics.go:25:13
./math_basics.go:25:64:   flow: {heap} = {storage for ... argument}:
./math_basics.go:25:64:     from ... argument (spill) at ./math_basics.go:25:13
./math_basics.go:25:64:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:25:13
./math_basics.go:25:49: math.Inf(0) escapes to heap:
./math_basics.go:25:49:   flow: {storage for ... argument} = &{storage for math.Inf(0)}:
./math_basics.go:25:49:     from math.Inf(0) (spill) at ./math_basics.go:25:49
./math_basics.go:25:49:     from ... argument (slice-literal-element) at ./math_basics.go:25:13
./math_basics.go:25:49:   flow: {heap} = {storage for ... argument}:
./math_basics.go:25:49:     from ... argument (spill) at ./math_basics.go:25:13
./math_basics.go:25:49:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:25:13
./math_basics.go:25:35: math.Inf(-1) escapes to heap:
./math_basics.go:25:35:   flow: {storage for ... argument} = &{storage for math.Inf(-1)}:
./math_basics.go:25:35:     from math.Inf(-1) (spill) at ./math_basics.go:25:35
./math_basics.go:25:35:     from ... argument (slice-literal-element) at ./math_basics.go:25:13
./math_basics.go:25:35:   flow: {heap} = {storage for ... argument}:
./math_basics.go:25:35:     from ... argument (spill) at ./math_basics.go:25:13
./math_basics.go:25:35:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:25:13
./math_basics.go:25:22: math.Inf(1) escapes to heap:
./math_basics.go:25:22:   flow: {storage for ... argument} = &{storage for math.Inf(1)}:
./math_basics.go:25:22:     from math.Inf(1) (spill) at ./math_basics.go:25:22
./math_basics.go:25:22:     from ... argument (slice-literal-element) at ./math_basics.go:25:13
./math_basics.go:25:22:   flow: {heap} = {storage for ... argument}:
./math_basics.go:25:22:     from ... argument (spill) at ./math_basics.go:25:13
./math_basics.go:25:22:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:25:13
./math_basics.go:24:55: math.FMA(2, 3, 4) escapes to heap:
./math_basics.go:24:55:   flow: {storage for ... argument} = &{storage for math.FMA(2, 3, 4)}:
./math_basics.go:24:55:     from math.FMA(2, 3, 4) (spill) at ./math_basics.go:24:55
./math_basics.go:24:55:     from ... argument (slice-literal-element) at ./math_basics.go:24:13
./math_basics.go:24:55:   flow: {heap} = {storage for ... argument}:
./math_basics.go:24:55:     from ... argument (spill) at ./math_basics.go:24:13
./math_basics.go:24:55:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:24:13
./math_basics.go:24:43: 0.1 * 10 - 1 escapes to heap:
./math_basics.go:24:43:   flow: {storage for ... argument} = &{storage for 0.1 * 10 - 1}:
./math_basics.go:24:43:     from 0.1 * 10 - 1 (spill) at ./math_basics.go:24:43
./math_basics.go:24:43:     from ... argument (slice-literal-element) at ./math_basics.go:24:13
./math_basics.go:24:43:   flow: {heap} = {storage for ... argument}:
./math_basics.go:24:43:     from ... argument (spill) at ./math_basics.go:24:13
./math_basics.go:24:43:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:24:13
./math_basics.go:24:22: math.FMA(0.1, 10, -1) escapes to heap:
./math_basics.go:24:22:   flow: {storage for ... argument} = &{storage for math.FMA(0.1, 10, -1)}:
./math_basics.go:24:22:     from math.FMA(0.1, 10, -1) (spill) at ./math_basics.go:24:22
./math_basics.go:24:22:     from ... argument (slice-literal-element) at ./math_basics.go:24:13
./math_basics.go:24:22:   flow: {heap} = {storage for ... argument}:
./math_basics.go:24:22:     from ... argument (spill) at ./math_basics.go:24:13
./math_basics.go:24:22:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:24:13
./math_basics.go:23:74: math.Dim(nan, 1) escapes to heap:
./math_basics.go:23:74:   flow: {storage for ... argument} = &{storage for math.Dim(nan, 1)}:
./math_basics.go:23:74:     from math.Dim(nan, 1) (spill) at ./math_basics.go:23:74
./math_basics.go:23:74:     from ... argument (slice-literal-element) at ./math_basics.go:23:13
./math_basics.go:23:74:   flow: {heap} = {storage for ... argument}:
./math_basics.go:23:74:     from ... argument (spill) at ./math_basics.go:23:13
./math_basics.go:23:74:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:23:13
./math_basics.go:23:54: math.Dim(inf, inf) escapes to heap:
./math_basics.go:23:54:   flow: {storage for ... argument} = &{storage for math.Dim(inf, inf)}:
./math_basics.go:23:54:     from math.Dim(inf, inf) (spill) at ./math_basics.go:23:54
./math_basics.go:23:54:     from ... argument (slice-literal-element) at ./math_basics.go:23:13
./math_basics.go:23:54:   flow: {heap} = {storage for ... argument}:
./math_basics.go:23:54:     from ... argument (spill) at ./math_basics.go:23:13
./math_basics.go:23:54:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:23:13
./math_basics.go:23:38: math.Dim(3, 5) escapes to heap:
./math_basics.go:23:38:   flow: {storage for ... argument} = &{storage for math.Dim(3, 5)}:
./math_basics.go:23:38:     from math.Dim(3, 5) (spill) at ./math_basics.go:23:38
./math_basics.go:23:38:     from ... argument (slice-literal-element) at ./math_basics.go:23:13
./math_basics.go:23:38:   flow: {heap} = {storage for ... argument}:
./math_basics.go:23:38:     from ... argument (spill) at ./math_basics.go:23:13
./math_basics.go:23:38:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:23:13
./math_basics.go:23:22: math.Dim(5, 3) escapes to heap:
./math_basics.go:23:22:   flow: {storage for ... argument} = &{storage for math.Dim(5, 3)}:
./math_basics.go:23:22:     from math.Dim(5, 3) (spill) at ./math_basics.go:23:22
./math_basics.go:23:22:     from ... argument (slice-literal-element) at ./math_basics.go:23:13
./math_basics.go:23:22:   flow: {heap} = {storage for ... argument}:
./math_basics.go:23:22:     from ... argument (spill) at ./math_basics.go:23:13
./math_basics.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:23:13
./math_basics.go:22:106: math.Mod(5.5, 1.25) escapes to heap:
./math_basics.go:22:106:   flow: {storage for ... argument} = &{storage for math.Mod(5.5, 1.25)}:
./math_basics.go:22:106:     from math.Mod(5.5, 1.25) (spill) at ./math_basics.go:22:106
./math_basics.go:22:106:     from ... argument (slice-literal-element) at ./math_basics.go:22:13
./math_basics.go:22:106:   flow: {heap} = {storage for ... argument}:
./math_basics.go:22:106:     from ... argument (spill) at ./math_basics.go:22:13
./math_basics.go:22:106:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:22:13
./math_basics.go:22:88: math.Mod(inf, 2) escapes to heap:
./math_basics.go:22:88:   flow: {storage for ... argument} = &{storage for math.Mod(inf, 2)}:
./math_basics.go:22:88:     from math.Mod(inf, 2) (spill) at ./math_basics.go:22:88
./math_basics.go:22:88:     from ... argument (slice-literal-element) at ./math_basics.go:22:13
./math_basics.go:22:88:   flow: {heap} = {storage for ... argument}:
./math_basics.go:22:88:     from ... argument (spill) at ./math_basics.go:22:13
./math_basics.go:22:88:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:22:13
./math_basics.go:22:72: math.Mod(7, 0) escapes to heap:
./math_basics.go:22:72:   flow: {storage for ... argument} = &{storage for math.Mod(7, 0)}:
./math_basics.go:22:72:     from math.Mod(7, 0) (spill) at ./math_basics.go:22:72
./math_basics.go:22:72:     from ... argument (slice-literal-element) at ./math_basics.go:22:13
./math_basics.go:22:72:   flow: {heap} = {storage for ... argument}:
./math_basics.go:22:72:     from ... argument (spill) at ./math_basics.go:22:13
./math_basics.go:22:72:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:22:13
./math_basics.go:22:55: math.Mod(7, -3) escapes to heap:
./math_basics.go:22:55:   flow: {storage for ... argument} = &{storage for math.Mod(7, -3)}:
./math_basics.go:22:55:     from math.Mod(7, -3) (spill) at ./math_basics.go:22:55
./math_basics.go:22:55:     from ... argument (slice-literal-element) at ./math_basics.go:22:13
./math_basics.go:22:55:   flow: {heap} = {storage for ... argument}:
./math_basics.go:22:55:     from ... argument (spill) at ./math_basics.go:22:13
./math_basics.go:22:55:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:22:13
./math_basics.go:22:38: math.Mod(-7, 3) escapes to heap:
./math_basics.go:22:38:   flow: {storage for ... argument} = &{storage for math.Mod(-7, 3)}:
./math_basics.go:22:38:     from math.Mod(-7, 3) (spill) at ./math_basics.go:22:38
./math_basics.go:22:38:     from ... argument (slice-literal-element) at ./math_basics.go:22:13
./math_basics.go:22:38:   flow: {heap} = {storage for ... argument}:
./math_basics.go:22:38:     from ... argument (spill) at ./math_basics.go:22:13
./math_basics.go:22:38:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:22:13
./math_basics.go:22:22: math.Mod(7, 3) escapes to heap:
./math_basics.go:22:22:   flow: {storage for ... argument} = &{storage for math.Mod(7, 3)}:
./math_basics.go:22:22:     from math.Mod(7, 3) (spill) at ./math_basics.go:22:22
./math_basics.go:22:22:     from ... argument (slice-literal-element) at ./math_basics.go:22:13
./math_basics.go:22:22:   flow: {heap} = {storage for ... argument}:
./math_basics.go:22:22:     from ... argument (spill) at ./math_basics.go:22:13
./math_basics.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:22:13
./math_basics.go:21:113: math.Min(-3, 2) escapes to heap:
./math_basics.go:21:113:   flow: {storage for ... argument} = &{storage for math.Min(-3, 2)}:
./math_basics.go:21:113:     from math.Min(-3, 2) (spill) at ./math_basics.go:21:113
./math_basics.go:21:113:     from ... argument (slice-literal-element) at ./math_basics.go:21:13
./math_basics.go:21:113:   flow: {heap} = {storage for ... argument}:
./math_basics.go:21:113:     from ... argument (spill) at ./math_basics.go:21:13
./math_basics.go:21:113:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:21:13
./math_basics.go:21:88: math.Min(negZero, zero) escapes to heap:
./math_basics.go:21:88:   flow: {storage for ... argument} = &{storage for math.Min(negZero, zero)}:
./math_basics.go:21:88:     from math.Min(negZero, zero) (spill) at ./math_basics.go:21:88
./math_basics.go:21:88:     from ... argument (slice-literal-element) at ./math_basics.go:21:13
./math_basics.go:21:88:   flow: {heap} = {storage for ... argument}:
./math_basics.go:21:88:     from ... argument (spill) at ./math_basics.go:21:13
./math_basics.go:21:88:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:21:13
./math_basics.go:21:63: math.Min(zero, negZero) escapes to heap:
./math_basics.go:21:63:   flow: {storage for ... argument} = &{storage for math.Min(zero, negZero)}:
./math_basics.go:21:63:     from math.Min(zero, negZero) (spill) at ./math_basics.go:21:63
./math_basics.go:21:63:     from ... argument (slice-literal-element) at ./math_basics.go:21:13
./math_basics.go:21:63:   flow: {heap} = {storage for ... argument}:
./math_basics.go:21:63:     from ... argument (spill) at ./math_basics.go:21:13
./math_basics.go:21:63:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:21:13
./math_basics.go:21:42: math.Min(-inf, nan) escapes to heap:
./math_basics.go:21:42:   flow: {storage for ... argument} = &{storage for math.Min(-inf, nan)}:
./math_basics.go:21:42:     from math.Min(-inf, nan) (spill) at ./math_basics.go:21:42
./math_basics.go:21:42:     from ... argument (slice-literal-element) at ./math_basics.go:21:13
./math_basics.go:21:42:   flow: {heap} = {storage for ... argument}:
./math_basics.go:21:42:     from ... argument (spill) at ./math_basics.go:21:13
./math_basics.go:21:42:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:21:13
./math_basics.go:21:22: math.Min(one, nan) escapes to heap:
./math_basics.go:21:22:   flow: {storage for ... argument} = &{storage for math.Min(one, nan)}:
./math_basics.go:21:22:     from math.Min(one, nan) (spill) at ./math_basics.go:21:22
./math_basics.go:21:22:     from ... argument (slice-literal-element) at ./math_basics.go:21:13
./math_basics.go:21:22:   flow: {heap} = {storage for ... argument}:
./math_basics.go:21:22:     from ... argument (spill) at ./math_basics.go:21:13
./math_basics.go:21:22:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:21:13
./math_basics.go:20:112: math.Max(-3, 2) escapes to heap:
./math_basics.go:20:112:   flow: {storage for ... argument} = &{storage for math.Max(-3, 2)}:
./math_basics.go:20:112:     from math.Max(-3, 2) (spill) at ./math_basics.go:20:112
./math_basics.go:20:112:     from ... argument (slice-literal-element) at ./math_basics.go:20:13
./math_basics.go:20:112:   flow: {heap} = {storage for ... argument}:
./math_basics.go:20:112:     from ... argument (spill) at ./math_basics.go:20:13
./math_basics.go:20:112:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:20:13
./math_basics.go:20:87: math.Max(negZero, zero) escapes to heap:
./math_basics.go:20:87:   flow: {storage for ... argument} = &{storage for math.Max(negZero, zero)}:
./math_basics.go:20:87:     from math.Max(negZero, zero) (spill) at ./math_basics.go:20:87
./math_basics.go:20:87:     from ... argument (slice-literal-element) at ./math_basics.go:20:13
./math_basics.go:20:87:   flow: {heap} = {storage for ... argument}:
./math_basics.go:20:87:     from ... argument (spill) at ./math_basics.go:20:13
./math_basics.go:20:87:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:20:13
./math_basics.go:20:62: math.Max(zero, negZero) escapes to heap:
./math_basics.go:20:62:   flow: {storage for ... argument} = &{storage for math.Max(zero, negZero)}:
./math_basics.go:20:62:     from math.Max(zero, negZero) (spill) at ./math_basics.go:20:62
./math_basics.go:20:62:     from ... argument (slice-literal-element) at ./math_basics.go:20:13
./math_basics.go:20:62:   flow: {heap} = {storage for ... argument}:
./math_basics.go:20:62:     from ... argument (spill) at ./math_basics.go:20:13
./math_basics.go:20:62:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:20:13
./math_basics.go:20:42: math.Max(inf, nan) escapes to heap:
./math_basics.go:20:42:   flow: {storage for ... argument} = &{storage for math.Max(inf, nan)}:
./math_basics.go:20:42:     from math.Max(inf, nan) (spill) at ./math_basics.go:20:42
./math_basics.go:20:42:     from ... argument (slice-literal-element) at ./math_basics.go:20:13
./math_basics.go:20:42:   flow: {heap} = {storage for ... argument}:
./math_basics.go:20:42:     from ... argument (spill) at ./math_basics.go:20:13
./math_basics.go:20:42:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:20:13
./math_basics.go:20:22: math.Max(one, nan) escapes to heap:
./math_basics.go:20:22:   flow: {storage for ... argument} = &{storage for math.Max(one, nan)}:
./math_basics.go:20:22:     from math.Max(one, nan) (spill) at ./math_basics.go:20:22
./math_basics.go:20:22:     from ... argument (slice-literal-element) at ./math_basics.go:20:13
./math_basics.go:20:22:   flow: {heap} = {storage for ... argument}:
./math_basics.go:20:22:     from ... argument (spill) at ./math_basics.go:20:13
./math_basics.go:20:22:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:20:13
./math_basics.go:19:68: math.Sqrt(negZero) escapes to heap:
./math_basics.go:19:68:   flow: {storage for ... argument} = &{storage for math.Sqrt(negZero)}:
./math_basics.go:19:68:     from math.Sqrt(negZero) (spill) at ./math_basics.go:19:68
./math_basics.go:19:68:     from ... argument (slice-literal-element) at ./math_basics.go:19:13
./math_basics.go:19:68:   flow: {heap} = {storage for ... argument}:
./math_basics.go:19:68:     from ... argument (spill) at ./math_basics.go:19:13
./math_basics.go:19:68:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:19:13
./math_basics.go:19:52: math.Sqrt(inf) escapes to heap:
./math_basics.go:19:52:   flow: {storage for ... argument} = &{storage for math.Sqrt(inf)}:
./math_basics.go:19:52:     from math.Sqrt(inf) (spill) at ./math_basics.go:19:52
./math_basics.go:19:52:     from ... argument (slice-literal-element) at ./math_basics.go:19:13
./math_basics.go:19:52:   flow: {heap} = {storage for ... argument}:
./math_basics.go:19:52:     from ... argument (spill) at ./math_basics.go:19:13
./math_basics.go:19:52:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:19:13
./math_basics.go:19:37: math.Sqrt(-1) escapes to heap:
./math_basics.go:19:37:   flow: {storage for ... argument} = &{storage for math.Sqrt(-1)}:
./math_basics.go:19:37:     from math.Sqrt(-1) (spill) at ./math_basics.go:19:37
./math_basics.go:19:37:     from ... argument (slice-literal-element) at ./math_basics.go:19:13
./math_basics.go:19:37:   flow: {heap} = {storage for ... argument}:
./math_basics.go:19:37:     from ... argument (spill) at ./math_basics.go:19:13
./math_basics.go:19:37:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:19:13
./math_basics.go:19:23: math.Sqrt(2) escapes to heap:
./math_basics.go:19:23:   flow: {storage for ... argument} = &{storage for math.Sqrt(2)}:
./math_basics.go:19:23:     from math.Sqrt(2) (spill) at ./math_basics.go:19:23
./math_basics.go:19:23:     from ... argument (slice-literal-element) at ./math_basics.go:19:13
./math_basics.go:19:23:   flow: {heap} = {storage for ... argument}:
./math_basics.go:19:23:     from ... argument (spill) at ./math_basics.go:19:13
./math_basics.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:19:13
./math_basics.go:17:123: math.Signbit(x) escapes to heap:
./math_basics.go:17:123:   flow: {storage for ... argument} = &{storage for math.Signbit(x)}:
./math_basics.go:17:123:     from math.Signbit(x) (spill) at ./math_basics.go:17:123
./math_basics.go:17:123:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:123:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:123:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:123:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:106: math.Abs(x) escapes to heap:
./math_basics.go:17:106:   flow: {storage for ... argument} = &{storage for math.Abs(x)}:
./math_basics.go:17:106:     from math.Abs(x) (spill) at ./math_basics.go:17:106
./math_basics.go:17:106:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:106:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:106:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:106:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:93: math.RoundToEven(x) escapes to heap:
./math_basics.go:17:93:   flow: {storage for ... argument} = &{storage for math.RoundToEven(x)}:
./math_basics.go:17:93:     from math.RoundToEven(x) (spill) at ./math_basics.go:17:93
./math_basics.go:17:93:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:93:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:93:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:93:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:72: math.Round(x) escapes to heap:
./math_basics.go:17:72:   flow: {storage for ... argument} = &{storage for math.Round(x)}:
./math_basics.go:17:72:     from math.Round(x) (spill) at ./math_basics.go:17:72
./math_basics.go:17:72:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:72:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:72:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:72:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:57: math.Trunc(x) escapes to heap:
./math_basics.go:17:57:   flow: {storage for ... argument} = &{storage for math.Trunc(x)}:
./math_basics.go:17:57:     from math.Trunc(x) (spill) at ./math_basics.go:17:57
./math_basics.go:17:57:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:57:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:57:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:57:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:42: math.Ceil(x) escapes to heap:
./math_basics.go:17:42:   flow: {storage for ... argument} = &{storage for math.Ceil(x)}:
./math_basics.go:17:42:     from math.Ceil(x) (spill) at ./math_basics.go:17:42
./math_basics.go:17:42:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:42:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:42:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:42:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:28: math.Floor(x) escapes to heap:
./math_basics.go:17:28:   flow: {storage for ... argument} = &{storage for math.Floor(x)}:
./math_basics.go:17:28:     from math.Floor(x) (spill) at ./math_basics.go:17:28
./math_basics.go:17:28:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:28:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:28:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:17:14: x escapes to heap:
./math_basics.go:17:14:   flow: {storage for ... argument} = &{storage for x}:
./math_basics.go:17:14:     from x (spill) at ./math_basics.go:17:14
./math_basics.go:17:14:     from ... argument (slice-literal-element) at ./math_basics.go:17:14
./math_basics.go:17:14:   flow: {heap} = {storage for ... argument}:
./math_basics.go:17:14:     from ... argument (spill) at ./math_basics.go:17:14
./math_basics.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:17:14
./math_basics.go:12:65: math.SqrtPhi escapes to heap:
./math_basics.go:12:65:   flow: {storage for ... argument} = &{storage for math.SqrtPhi}:
./math_basics.go:12:65:     from math.SqrtPhi (spill) at ./math_basics.go:12:65
./math_basics.go:12:65:     from ... argument (slice-literal-element) at ./math_basics.go:12:13
./math_basics.go:12:65:   flow: {heap} = {storage for ... argument}:
./math_basics.go:12:65:     from ... argument (spill) at ./math_basics.go:12:13
./math_basics.go:12:65:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:12:13
./math_basics.go:12:52: math.SqrtPi escapes to heap:
./math_basics.go:12:52:   flow: {storage for ... argument} = &{storage for math.SqrtPi}:
./math_basics.go:12:52:     from math.SqrtPi (spill) at ./math_basics.go:12:52
./math_basics.go:12:52:     from ... argument (slice-literal-element) at ./math_basics.go:12:13
./math_basics.go:12:52:   flow: {heap} = {storage for ... argument}:
./math_basics.go:12:52:     from ... argument (spill) at ./math_basics.go:12:13
./math_basics.go:12:52:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:12:13
./math_basics.go:12:40: math.SqrtE escapes to heap:
./math_basics.go:12:40:   flow: {storage for ... argument} = &{storage for math.SqrtE}:
./math_basics.go:12:40:     from math.SqrtE (spill) at ./math_basics.go:12:40
./math_basics.go:12:40:     from ... argument (slice-literal-element) at ./math_basics.go:12:13
./math_basics.go:12:40:   flow: {heap} = {storage for ... argument}:
./math_basics.go:12:40:     from ... argument (spill) at ./math_basics.go:12:13
./math_basics.go:12:40:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:12:13
./math_basics.go:12:28: math.Sqrt2 escapes to heap:
./math_basics.go:12:28:   flow: {storage for ... argument} = &{storage for math.Sqrt2}:
./math_basics.go:12:28:     from math.Sqrt2 (spill) at ./math_basics.go:12:28
./math_basics.go:12:28:     from ... argument (slice-literal-element) at ./math_basics.go:12:13
./math_basics.go:12:28:   flow: {heap} = {storage for ... argument}:
./math_basics.go:12:28:     from ... argument (spill) at ./math_basics.go:12:13
./math_basics.go:12:28:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:12:13
./math_basics.go:12:18: math.Phi escapes to heap:
./math_basics.go:12:18:   flow: {storage for ... argument} = &{storage for math.Phi}:
./math_basics.go:12:18:     from math.Phi (spill) at ./math_basics.go:12:18
./math_basics.go:12:18:     from ... argument (slice-literal-element) at ./math_basics.go:12:13
./math_basics.go:12:18:   flow: {heap} = {storage for ... argument}:
./math_basics.go:12:18:     from ... argument (spill) at ./math_basics.go:12:13
./math_basics.go:12:18:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:12:13
./math_basics.go:11:84: float32(math.Pi) escapes to heap:
./math_basics.go:11:84:   flow: {storage for ... argument} = &{storage for float32(math.Pi)}:
./math_basics.go:11:84:     from float32(math.Pi) (spill) at ./math_basics.go:11:84
./math_basics.go:11:84:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:84:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:84:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:84:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:11:68: math.Log10E escapes to heap:
./math_basics.go:11:68:   flow: {storage for ... argument} = &{storage for math.Log10E}:
./math_basics.go:11:68:     from math.Log10E (spill) at ./math_basics.go:11:68
./math_basics.go:11:68:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:68:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:68:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:68:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:11:57: math.Ln10 escapes to heap:
./math_basics.go:11:57:   flow: {storage for ... argument} = &{storage for math.Ln10}:
./math_basics.go:11:57:     from math.Ln10 (spill) at ./math_basics.go:11:57
./math_basics.go:11:57:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:57:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:57:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:57:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:11:45: math.Log2E escapes to heap:
./math_basics.go:11:45:   flow: {storage for ... argument} = &{storage for math.Log2E}:
./math_basics.go:11:45:     from math.Log2E (spill) at ./math_basics.go:11:45
./math_basics.go:11:45:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:45:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:45:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:45:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:11:35: math.Ln2 escapes to heap:
./math_basics.go:11:35:   flow: {storage for ... argument} = &{storage for math.Ln2}:
./math_basics.go:11:35:     from math.Ln2 (spill) at ./math_basics.go:11:35
./math_basics.go:11:35:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:35:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:35:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:35:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:11:27: math.E escapes to heap:
./math_basics.go:11:27:   flow: {storage for ... argument} = &{storage for math.E}:
./math_basics.go:11:27:     from math.E (spill) at ./math_basics.go:11:27
./math_basics.go:11:27:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:27:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:27:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:11:18: math.Pi escapes to heap:
./math_basics.go:11:18:   flow: {storage for ... argument} = &{storage for math.Pi}:
./math_basics.go:11:18:     from math.Pi (spill) at ./math_basics.go:11:18
./math_basics.go:11:18:     from ... argument (slice-literal-element) at ./math_basics.go:11:13
./math_basics.go:11:18:   flow: {heap} = {storage for ... argument}:
./math_basics.go:11:18:     from ... argument (spill) at ./math_basics.go:11:13
./math_basics.go:11:18:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:11:13
./math_basics.go:10:95: math.MaxUint32 escapes to heap:
./math_basics.go:10:95:   flow: {storage for ... argument} = &{storage for math.MaxUint32}:
./math_basics.go:10:95:     from math.MaxUint32 (spill) at ./math_basics.go:10:95
./math_basics.go:10:95:     from ... argument (slice-literal-element) at ./math_basics.go:10:13
./math_basics.go:10:95:   flow: {heap} = {storage for ... argument}:
./math_basics.go:10:95:     from ... argument (spill) at ./math_basics.go:10:13
./math_basics.go:10:95:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:10:13
./math_basics.go:10:79: math.MaxUint16 escapes to heap:
./math_basics.go:10:79:   flow: {storage for ... argument} = &{storage for math.MaxUint16}:
./math_basics.go:10:79:     from math.MaxUint16 (spill) at ./math_basics.go:10:79
./math_basics.go:10:79:     from ... argument (slice-literal-element) at ./math_basics.go:10:13
./math_basics.go:10:79:   flow: {heap} = {storage for ... argument}:
./math_basics.go:10:79:     from ... argument (spill) at ./math_basics.go:10:13
./math_basics.go:10:79:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:10:13
./math_basics.go:10:64: math.MaxUint8 escapes to heap:
./math_basics.go:10:64:   flow: {storage for ... argument} = &{storage for math.MaxUint8}:
./math_basics.go:10:64:     from math.MaxUint8 (spill) at ./math_basics.go:10:64
./math_basics.go:10:64:     from ... argument (slice-literal-element) at ./math_basics.go:10:13
./math_basics.go:10:64:   flow: {heap} = {storage for ... argument}:
./math_basics.go:10:64:     from ... argument (spill) at ./math_basics.go:10:13
./math_basics.go:10:64:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:10:13
./math_basics.go:10:44: uint(math.MaxUint) escapes to heap:
./math_basics.go:10:44:   flow: {storage for ... argument} = &{storage for uint(math.MaxUint)}:
./math_basics.go:10:44:     from uint(math.MaxUint) (spill) at ./math_basics.go:10:44
./math_basics.go:10:44:     from ... argument (slice-literal-element) at ./math_basics.go:10:13
./math_basics.go:10:44:   flow: {heap} = {storage for ... argument}:
./math_basics.go:10:44:     from ... argument (spill) at ./math_basics.go:10:13
./math_basics.go:10:44:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:10:13
./math_basics.go:10:31: math.MinInt escapes to heap:
./math_basics.go:10:31:   flow: {storage for ... argument} = &{storage for math.MinInt}:
./math_basics.go:10:31:     from math.MinInt (spill) at ./math_basics.go:10:31
./math_basics.go:10:31:     from ... argument (slice-literal-element) at ./math_basics.go:10:13
./math_basics.go:10:31:   flow: {heap} = {storage for ... argument}:
./math_basics.go:10:31:     from ... argument (spill) at ./math_basics.go:10:13
./math_basics.go:10:31:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:10:13
./math_basics.go:10:18: math.MaxInt escapes to heap:
./math_basics.go:10:18:   flow: {storage for ... argument} = &{storage for math.MaxInt}:
./math_basics.go:10:18:     from math.MaxInt (spill) at ./math_basics.go:10:18
./math_basics.go:10:18:     from ... argument (slice-literal-element) at ./math_basics.go:10:13
./math_basics.go:10:18:   flow: {heap} = {storage for ... argument}:
./math_basics.go:10:18:     from ... argument (spill) at ./math_basics.go:10:13
./math_basics.go:10:18:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:10:13
./math_basics.go:9:86: math.MinInt32 escapes to heap:
./math_basics.go:9:86:   flow: {storage for ... argument} = &{storage for math.MinInt32}:
./math_basics.go:9:86:     from math.MinInt32 (spill) at ./math_basics.go:9:86
./math_basics.go:9:86:     from ... argument (slice-literal-element) at ./math_basics.go:9:13
./math_basics.go:9:86:   flow: {heap} = {storage for ... argument}:
./math_basics.go:9:86:     from ... argument (spill) at ./math_basics.go:9:13
./math_basics.go:9:86:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:9:13
./math_basics.go:9:72: math.MaxInt8 escapes to heap:
./math_basics.go:9:72:   flow: {storage for ... argument} = &{storage for math.MaxInt8}:
./math_basics.go:9:72:     from math.MaxInt8 (spill) at ./math_basics.go:9:72
./math_basics.go:9:72:     from ... argument (slice-literal-element) at ./math_basics.go:9:13
./math_basics.go:9:72:   flow: {heap} = {storage for ... argument}:
./math_basics.go:9:72:     from ... argument (spill) at ./math_basics.go:9:13
./math_basics.go:9:72:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:9:13
./math_basics.go:9:50: uint64(math.MaxUint64) escapes to heap:
./math_basics.go:9:50:   flow: {storage for ... argument} = &{storage for uint64(math.MaxUint64)}:
./math_basics.go:9:50:     from uint64(math.MaxUint64) (spill) at ./math_basics.go:9:50
./math_basics.go:9:50:     from ... argument (slice-literal-element) at ./math_basics.go:9:13
./math_basics.go:9:50:   flow: {heap} = {storage for ... argument}:
./math_basics.go:9:50:     from ... argument (spill) at ./math_basics.go:9:13
./math_basics.go:9:50:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:9:13
./math_basics.go:9:33: math.MinInt64 escapes to heap:
./math_basics.go:9:33:   flow: {storage for ... argument} = &{storage for math.MinInt64}:
./math_basics.go:9:33:     from math.MinInt64 (spill) at ./math_basics.go:9:33
./math_basics.go:9:33:     from ... argument (slice-literal-element) at ./math_basics.go:9:13
./math_basics.go:9:33:   flow: {heap} = {storage for ... argument}:
./math_basics.go:9:33:     from ... argument (spill) at ./math_basics.go:9:13
./math_basics.go:9:33:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:9:13
./math_basics.go:9:18: math.MaxInt64 escapes to heap:
./math_basics.go:9:18:   flow: {storage for ... argument} = &{storage for math.MaxInt64}:
./math_basics.go:9:18:     from math.MaxInt64 (spill) at ./math_basics.go:9:18
./math_basics.go:9:18:     from ... argument (slice-literal-element) at ./math_basics.go:9:13
./math_basics.go:9:18:   flow: {heap} = {storage for ... argument}:
./math_basics.go:9:18:     from ... argument (spill) at ./math_basics.go:9:13
./math_basics.go:9:18:     from fmt.Println(... argument...) (call parameter) at ./math_basics.go:9:13
./math_basics.go:9:13: ... argument does not escape
./math_basics.go:9:18: math.MaxInt64 escapes to heap
./math_basics.go:9:33: math.MinInt64 escapes to heap
./math_basics.go:9:50: uint64(math.MaxUint64) escapes to heap
./math_basics.go:9:72: math.MaxInt8 escapes to heap
./math_basics.go:9:86: math.MinInt32 escapes to heap
./math_basics.go:10:13: ... argument does not escape
./math_basics.go:10:18: math.MaxInt escapes to heap
./math_basics.go:10:31: math.MinInt escapes to heap
./math_basics.go:10:44: uint(math.MaxUint) escapes to heap
./math_basics.go:10:64: math.MaxUint8 escapes to heap
./math_basics.go:10:79: math.MaxUint16 escapes to heap
./math_basics.go:10:95: math.MaxUint32 escapes to heap
./math_basics.go:11:13: ... argument does not escape
./math_basics.go:11:18: math.Pi escapes to heap
./math_basics.go:11:27: math.E escapes to heap
./math_basics.go:11:35: math.Ln2 escapes to heap
./math_basics.go:11:45: math.Log2E escapes to heap
./math_basics.go:11:57: math.Ln10 escapes to heap
./math_basics.go:11:68: math.Log10E escapes to heap
./math_basics.go:11:84: float32(math.Pi) escapes to heap
./math_basics.go:12:13: ... argument does not escape
./math_basics.go:12:18: math.Phi escapes to heap
./math_basics.go:12:28: math.Sqrt2 escapes to heap
./math_basics.go:12:40: math.SqrtE escapes to heap
./math_basics.go:12:52: math.SqrtPi escapes to heap
./math_basics.go:12:65: math.SqrtPhi escapes to heap
./math_basics.go:16:29: []float64{...} does not escape
./math_basics.go:17:14: ... argument does not escape
./math_basics.go:17:14: x escapes to heap
./math_basics.go:17:28: math.Floor(x) escapes to heap
./math_basics.go:17:42: math.Ceil(x) escapes to heap
./math_basics.go:17:57: math.Trunc(x) escapes to heap
./math_basics.go:17:72: math.Round(x) escapes to heap
./math_basics.go:17:93: math.RoundToEven(x) escapes to heap
./math_basics.go:17:106: math.Abs(x) escapes to heap
./math_basics.go:17:123: math.Signbit(x) escapes to heap
./math_basics.go:19:13: ... argument does not escape
./math_basics.go:19:23: math.Sqrt(2) escapes to heap
./math_basics.go:19:37: math.Sqrt(-1) escapes to heap
./math_basics.go:19:52: math.Sqrt(inf) escapes to heap
./math_basics.go:19:68: math.Sqrt(negZero) escapes to heap
./math_basics.go:20:13: ... argument does not escape
./math_basics.go:20:22: math.Max(one, nan) escapes to heap
./math_basics.go:20:42: math.Max(inf, nan) escapes to heap
./math_basics.go:20:62: math.Max(zero, negZero) escapes to heap
./math_basics.go:20:87: math.Max(negZero, zero) escapes to heap
./math_basics.go:20:112: math.Max(-3, 2) escapes to heap
./math_basics.go:21:13: ... argument does not escape
./math_basics.go:21:22: math.Min(one, nan) escapes to heap
./math_basics.go:21:42: math.Min(-inf, nan) escapes to heap
./math_basics.go:21:63: math.Min(zero, negZero) escapes to heap
./math_basics.go:21:88: math.Min(negZero, zero) escapes to heap
./math_basics.go:21:113: math.Min(-3, 2) escapes to heap
./math_basics.go:22:13: ... argument does not escape
./math_basics.go:22:22: math.Mod(7, 3) escapes to heap
./math_basics.go:22:38: math.Mod(-7, 3) escapes to heap
./math_basics.go:22:55: math.Mod(7, -3) escapes to heap
./math_basics.go:22:72: math.Mod(7, 0) escapes to heap
./math_basics.go:22:88: math.Mod(inf, 2) escapes to heap
./math_basics.go:22:106: math.Mod(5.5, 1.25) escapes to heap
./math_basics.go:23:13: ... argument does not escape
./math_basics.go:23:22: math.Dim(5, 3) escapes to heap
./math_basics.go:23:38: math.Dim(3, 5) escapes to heap
./math_basics.go:23:54: math.Dim(inf, inf) escapes to heap
./math_basics.go:23:74: math.Dim(nan, 1) escapes to heap
./math_basics.go:24:13: ... argument does not escape
./math_basics.go:24:22: math.FMA(0.1, 10, -1) escapes to heap
./math_basics.go:24:43: 0.1 * 10 - 1 escapes to heap
./math_basics.go:24:55: math.FMA(2, 3, 4) escapes to heap
./math_basics.go:25:13: ... argument does not escape
./math_basics.go:25:22: math.Inf(1) escapes to heap
./math_basics.go:25:35: math.Inf(-1) escapes to heap
./math_basics.go:25:49: math.Inf(0) escapes to heap
./math_basics.go:25:64: math.IsNaN(nan) escapes to heap
./math_basics.go:25:81: math.IsNaN(one) escapes to heap
./math_basics.go:26:13: ... argument does not escape
./math_basics.go:26:24: math.IsInf(inf, 1) escapes to heap
./math_basics.go:26:44: math.IsInf(inf, -1) escapes to heap
./math_basics.go:26:65: math.IsInf(-inf, 0) escapes to heap
./math_basics.go:26:86: math.IsInf(one, 0) escapes to heap
./math_basics.go:27:13: ... argument does not escape
./math_basics.go:27:30: math.Float64bits(1.5) escapes to heap
./math_basics.go:27:57: math.Float64frombits(0x4000000000000000) escapes to heap
./math_basics.go:27:95: math.Float32bits(1.5) escapes to heap
./math_basics.go:27:122: math.Float32frombits(0x40000000) escapes to heap
./math_basics.go:28:13: ... argument does not escape
./math_basics.go:28:30: math.Float64bits(nan) escapes to heap
./math_basics.go:28:53: math.Float64bits(negZero) escapes to heap
./math_basics.go:28:77: math.Copysign(3, -0.0) escapes to heap
./math_basics.go:28:101: math.Copysign(-3, 1) escapes to heap
