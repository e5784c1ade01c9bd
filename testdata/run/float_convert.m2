./float_convert.go:39:66: float32(id(0.1)) escapes to heap:
./float_convert.go:39:66:   flow: {storage for ... argument} = &{storage for float32(id(0.1))}:
./float_convert.go:39:66:     from float32(id(0.1)) (spill) at ./float_convert.go:39:66
./float_convert.go:39:66:     from ... argument (slice-literal-element) at ./float_convert.go:39:13
./float_convert.go:39:66:   flow: {heap} = {storage for ... argument}:
./float_convert.go:39:66:     from ... argument (spill) at ./float_convert.go:39:13
./float_convert.go:39:66:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:39:13
./float_convert.go:39:46: float32(id(1e-50)) escapes to heap:
./float_convert.go:39:46:   flow: {storage for ... argument} = &{storage for float32(id(1e-50))}:
./float_convert.go:39:46:     from float32(id(1e-50)) (spill) at ./float_convert.go:39:46
./float_convert.go:39:46:     from ... argument (slice-literal-element) at ./float_convert.go:39:13
./float_convert.go:39:46:   flow: {heap} = {storage for ... argument}:
./float_convert.go:39:46:     from ... argument (spill) at ./float_convert.go:39:13
./float_convert.go:39:46:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:39:13
./float_convert.go:39:33: float32(-d) escapes to heap:
./float_convert.go:39:33:   flow: {storage for ... argument} = &{storage for float32(-d)}:
./float_convert.go:39:33:     from float32(-d) (spill) at ./float_convert.go:39:33
./float_convert.go:39:33:     from ... argument (slice-literal-element) at ./float_convert.go:39:13
./float_convert.go:39:33:   flow: {heap} = {storage for ... argument}:
./float_convert.go:39:33:     from ... argument (spill) at ./float_convert.go:39:13
./float_convert.go:39:33:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:39:13
./float_convert.go:39:21: float32(d) escapes to heap:
./float_convert.go:39:21:   flow: {storage for ... argument} = &{storage for float32(d)}:
./float_convert.go:39:21:     from float32(d) (spill) at ./float_convert.go:39:21
./float_convert.go:39:21:     from ... argument (slice-literal-element) at ./float_convert.go:39:13
./float_convert.go:39:21:   flow: {heap} = {storage for ... argument}:
./float_convert.go:39:21:     from ... argument (spill) at ./float_convert.go:39:13
./float_convert.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:39:13
./float_convert.go:37:59: float64(a / 3) escapes to heap:
./float_convert.go:37:59:   flow: {storage for ... argument} = &{storage for float64(a / 3)}:
./float_convert.go:37:59:     from float64(a / 3) (spill) at ./float_convert.go:37:59
./float_convert.go:37:59:     from ... argument (slice-literal-element) at ./float_convert.go:37:13
./float_convert.go:37:59:   flow: {heap} = {storage for ... argument}:
./float_convert.go:37:59:     from ... argument (spill) at ./float_convert.go:37:13
./float_convert.go:37:59:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:37:13
./float_convert.go:37:48: a / 3 escapes to heap:
./float_convert.go:37:48:   flow: {storage for ... argument} = &{storage for a / 3}:
./float_convert.go:37:48:     from a / 3 (spill) at ./float_convert.go:37:48
./float_convert.go:37:48:     from ... argument (slice-literal-element) at ./float_convert.go:37:13
./float_convert.go:37:48:   flow: {heap} = {storage for ... argument}:
./float_convert.go:37:48:     from ... argument (spill) at ./float_convert.go:37:13
./float_convert.go:37:48:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:37:13
./float_convert.go:37:43: a * a escapes to heap:
./float_convert.go:37:43:   flow: {storage for ... argument} = &{storage for a * a}:
./float_convert.go:37:43:     from a * a (spill) at ./float_convert.go:37:43
./float_convert.go:37:43:     from ... argument (slice-literal-element) at ./float_convert.go:37:13
./float_convert.go:37:43:   flow: {heap} = {storage for ... argument}:
./float_convert.go:37:43:     from ... argument (spill) at ./float_convert.go:37:13
./float_convert.go:37:43:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:37:13
./float_convert.go:37:29: float64(a) + float64(b) escapes to heap:
./float_convert.go:37:29:   flow: {storage for ... argument} = &{storage for float64(a) + float64(b)}:
./float_convert.go:37:29:     from float64(a) + float64(b) (spill) at ./float_convert.go:37:29
./float_convert.go:37:29:     from ... argument (slice-literal-element) at ./float_convert.go:37:13
./float_convert.go:37:29:   flow: {heap} = {storage for ... argument}:
./float_convert.go:37:29:     from ... argument (spill) at ./float_convert.go:37:13
./float_convert.go:37:29:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:37:13
./float_convert.go:37:15: a + b escapes to heap:
./float_convert.go:37:15:   flow: {storage for ... argument} = &{storage for a + b}:
./float_convert.go:37:15:     from a + b (spill) at ./float_convert.go:37:15
./float_convert.go:37:15:     from ... argument (slice-literal-element) at ./float_convert.go:37:13
./float_convert.go:37:15:   flow: {heap} = {storage for ... argument}:
./float_convert.go:37:15:     from ... argument (spill) at ./float_convert.go:37:13
./float_convert.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:37:13
./float_convert.go:35:60: float32(u8) escapes to heap:
./float_convert.go:35:60:   flow: {storage for ... argument} = &{storage for float32(u8)}:
./float_convert.go:35:60:     from float32(u8) (spill) at ./float_convert.go:35:60
./float_convert.go:35:60:     from ... argument (slice-literal-element) at ./float_convert.go:35:13
./float_convert.go:35:60:   flow: {heap} = {storage for ... argument}:
./float_convert.go:35:60:     from ... argument (spill) at ./float_convert.go:35:13
./float_convert.go:35:60:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:35:13
./float_convert.go:35:47: float64(u8) escapes to heap:
./float_convert.go:35:47:   flow: {storage for ... argument} = &{storage for float64(u8)}:
./float_convert.go:35:47:     from float64(u8) (spill) at ./float_convert.go:35:47
./float_convert.go:35:47:     from ... argument (slice-literal-element) at ./float_convert.go:35:13
./float_convert.go:35:47:   flow: {heap} = {storage for ... argument}:
./float_convert.go:35:47:     from ... argument (spill) at ./float_convert.go:35:13
./float_convert.go:35:47:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:35:13
./float_convert.go:35:34: float32(i8) escapes to heap:
./float_convert.go:35:34:   flow: {storage for ... argument} = &{storage for float32(i8)}:
./float_convert.go:35:34:     from float32(i8) (spill) at ./float_convert.go:35:34
./float_convert.go:35:34:     from ... argument (slice-literal-element) at ./float_convert.go:35:13
./float_convert.go:35:34:   flow: {heap} = {storage for ... argument}:
./float_convert.go:35:34:     from ... argument (spill) at ./float_convert.go:35:13
./float_convert.go:35:34:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:35:13
./float_convert.go:35:21: float64(i8) escapes to heap:
./float_convert.go:35:21:   flow: {storage for ... argument} = &{storage for float64(i8)}:
./float_convert.go:35:21:     from float64(i8) (spill) at ./float_convert.go:35:21
./float_convert.go:35:21:     from ... argument (slice-literal-element) at ./float_convert.go:35:13
./float_convert.go:35:21:   flow: {heap} = {storage for ... argument}:
./float_convert.go:35:21:     from ... argument (spill) at ./float_convert.go:35:13
./float_convert.go:35:21:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:35:13
./float_convert.go:34:93: float32(u32) escapes to heap:
./float_convert.go:34:93:   flow: {storage for ... argument} = &{storage for float32(u32)}:
./float_convert.go:34:93:     from float32(u32) (spill) at ./float_convert.go:34:93
./float_convert.go:34:93:     from ... argument (slice-literal-element) at ./float_convert.go:34:13
./float_convert.go:34:93:   flow: {heap} = {storage for ... argument}:
./float_convert.go:34:93:     from ... argument (spill) at ./float_convert.go:34:13
./float_convert.go:34:93:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:34:13
./float_convert.go:34:79: float64(u32) escapes to heap:
./float_convert.go:34:79:   flow: {storage for ... argument} = &{storage for float64(u32)}:
./float_convert.go:34:79:     from float64(u32) (spill) at ./float_convert.go:34:79
./float_convert.go:34:79:     from ... argument (slice-literal-element) at ./float_convert.go:34:13
./float_convert.go:34:79:   flow: {heap} = {storage for ... argument}:
./float_convert.go:34:79:     from ... argument (spill) at ./float_convert.go:34:13
./float_convert.go:34:79:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:34:13
./float_convert.go:34:64: float32(i64b) escapes to heap:
./float_convert.go:34:64:   flow: {storage for ... argument} = &{storage for float32(i64b)}:
./float_convert.go:34:64:     from float32(i64b) (spill) at ./float_convert.go:34:64
./float_convert.go:34:64:     from ... argument (slice-literal-element) at ./float_convert.go:34:13
./float_convert.go:34:64:   flow: {heap} = {storage for ... argument}:
./float_convert.go:34:64:     from ... argument (spill) at ./float_convert.go:34:13
./float_convert.go:34:64:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:34:13
./float_convert.go:34:49: float64(i64b) escapes to heap:
./float_convert.go:34:49:   flow: {storage for ... argument} = &{storage for float64(i64b)}:
./float_convert.go:34:49:     from float64(i64b) (spill) at ./float_convert.go:34:49
./float_convert.go:34:49:     from ... argument (slice-literal-element) at ./float_convert.go:34:13
./float_convert.go:34:49:   flow: {heap} = {storage for ... argument}:
./float_convert.go:34:49:     from ... argument (spill) at ./float_convert.go:34:13
./float_convert.go:34:49:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:34:13
./float_convert.go:34:35: float32(i64) escapes to heap:
./float_convert.go:34:35:   flow: {storage for ... argument} = &{storage for float32(i64)}:
./float_convert.go:34:35:     from float32(i64) (spill) at ./float_convert.go:34:35
./float_convert.go:34:35:     from ... argument (slice-literal-element) at ./float_convert.go:34:13
./float_convert.go:34:35:   flow: {heap} = {storage for ... argument}:
./float_convert.go:34:35:     from ... argument (spill) at ./float_convert.go:34:13
./float_convert.go:34:35:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:34:13
./float_convert.go:34:21: float64(i64) escapes to heap:
./float_convert.go:34:21:   flow: {storage for ... argument} = &{storage for float64(i64)}:
./float_convert.go:34:21:     from float64(i64) (spill) at ./float_convert.go:34:21
./float_convert.go:34:21:     from ... argument (slice-literal-element) at ./float_convert.go:34:13
./float_convert.go:34:21:   flow: {heap} = {storage for ... argument}:
./float_convert.go:34:21:     from ... argument (spill) at ./float_convert.go:34:13
./float_convert.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:34:13
./float_convert.go:33:84: float32(u3) escapes to heap:
./float_convert.go:33:84:   flow: {storage for ... argument} = &{storage for float32(u3)}:
./float_convert.go:33:84:     from float32(u3) (spill) at ./float_convert.go:33:84
./float_convert.go:33:84:     from ... argument (slice-literal-element) at ./float_convert.go:33:13
./float_convert.go:33:84:   flow: {heap} = {storage for ... argument}:
./float_convert.go:33:84:     from ... argument (spill) at ./float_convert.go:33:13
./float_convert.go:33:84:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:33:13
./float_convert.go:33:71: float64(u3) escapes to heap:
./float_convert.go:33:71:   flow: {storage for ... argument} = &{storage for float64(u3)}:
./float_convert.go:33:71:     from float64(u3) (spill) at ./float_convert.go:33:71
./float_convert.go:33:71:     from ... argument (slice-literal-element) at ./float_convert.go:33:13
./float_convert.go:33:71:   flow: {heap} = {storage for ... argument}:
./float_convert.go:33:71:     from ... argument (spill) at ./float_convert.go:33:13
./float_convert.go:33:71:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:33:13
./float_convert.go:33:58: float32(u2) escapes to heap:
./float_convert.go:33:58:   flow: {storage for ... argument} = &{storage for float32(u2)}:
./float_convert.go:33:58:     from float32(u2) (spill) at ./float_convert.go:33:58
./float_convert.go:33:58:     from ... argument (slice-literal-element) at ./float_convert.go:33:13
./float_convert.go:33:58:   flow: {heap} = {storage for ... argument}:
./float_convert.go:33:58:     from ... argument (spill) at ./float_convert.go:33:13
./float_convert.go:33:58:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:33:13
./float_convert.go:33:45: float64(u2) escapes to heap:
./float_convert.go:33:45:   flow: {storage for ... argument} = &{storage for float64(u2)}:
./float_convert.go:33:45:     from float64(u2) (spill) at ./float_convert.go:33:45
./float_convert.go:33:45:     from ... argument (slice-literal-element) at ./float_convert.go:33:13
./float_convert.go:33:45:   flow: {heap} = {storage for ... argument}:
./float_convert.go:33:45:     from ... argument (spill) at ./float_convert.go:33:13
./float_convert.go:33:45:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:33:13
./float_convert.go:33:33: float32(u) escapes to heap:
./float_convert.go:33:33:   flow: {storage for ... argument} = &{storage for float32(u)}:
./float_convert.go:33:33:     from float32(u) (spill) at ./float_convert.go:33:33
./float_convert.go:33:33:     from ... argument (slice-literal-element) at ./float_convert.go:33:13
./float_convert.go:33:33:   flow: {heap} = {storage for ... argument}:
./float_convert.go:33:33:     from ... argument (spill) at ./float_convert.go:33:13
./float_convert.go:33:33:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:33:13
./float_convert.go:33:21: float64(u) escapes to heap:
./float_convert.go:33:21:   flow: {storage for ... argument} = &{storage for float64(u)}:
./float_convert.go:33:21:     from float64(u) (spill) at ./float_convert.go:33:21
./float_convert.go:33:21:     from ... argument (slice-literal-element) at ./float_convert.go:33:13
./float_convert.go:33:21:   flow: {heap} = {storage for ... argument}:
./float_convert.go:33:21:     from ... argument (spill) at ./float_convert.go:33:13
./float_convert.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:33:13
./float_convert.go:24:83: uint8(inf) escapes to heap:
./float_convert.go:24:83:   flow: {storage for ... argument} = &{storage for uint8(inf)}:
./float_convert.go:24:83:     from uint8(inf) (spill) at ./float_convert.go:24:83
./float_convert.go:24:83:     from ... argument (slice-literal-element) at ./float_convert.go:24:13
./float_convert.go:24:83:   flow: {heap} = {storage for ... argument}:
./float_convert.go:24:83:     from ... argument (spill) at ./float_convert.go:24:13
./float_convert.go:24:83:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:24:13
./float_convert.go:24:70: int64(-inf) escapes to heap:
./float_convert.go:24:70:   flow: {storage for ... argument} = &{storage for int64(-inf)}:
./float_convert.go:24:70:     from int64(-inf) (spill) at ./float_convert.go:24:70
./float_convert.go:24:70:     from ... argument (slice-literal-element) at ./float_convert.go:24:13
./float_convert.go:24:70:   flow: {heap} = {storage for ... argument}:
./float_convert.go:24:70:     from ... argument (spill) at ./float_convert.go:24:13
./float_convert.go:24:70:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:24:13
./float_convert.go:24:58: uint64(inf) escapes to heap:
./float_convert.go:24:58:   flow: {storage for ... argument} = &{storage for uint64(inf)}:
./float_convert.go:24:58:     from uint64(inf) (spill) at ./float_convert.go:24:58
./float_convert.go:24:58:     from ... argument (slice-literal-element) at ./float_convert.go:24:13
./float_convert.go:24:58:   flow: {heap} = {storage for ... argument}:
./float_convert.go:24:58:     from ... argument (spill) at ./float_convert.go:24:13
./float_convert.go:24:58:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:24:13
./float_convert.go:24:45: int64(inf) escapes to heap:
./float_convert.go:24:45:   flow: {storage for ... argument} = &{storage for int64(inf)}:
./float_convert.go:24:45:     from int64(inf) (spill) at ./float_convert.go:24:45
./float_convert.go:24:45:     from ... argument (slice-literal-element) at ./float_convert.go:24:13
./float_convert.go:24:45:   flow: {heap} = {storage for ... argument}:
./float_convert.go:24:45:     from ... argument (spill) at ./float_convert.go:24:13
./float_convert.go:24:45:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:24:13
./float_convert.go:24:32: uint32(-inf) escapes to heap:
./float_convert.go:24:32:   flow: {storage for ... argument} = &{storage for uint32(-inf)}:
./float_convert.go:24:32:     from uint32(-inf) (spill) at ./float_convert.go:24:32
./float_convert.go:24:32:     from ... argument (slice-literal-element) at ./float_convert.go:24:13
./float_convert.go:24:32:   flow: {heap} = {storage for ... argument}:
./float_convert.go:24:32:     from ... argument (spill) at ./float_convert.go:24:13
./float_convert.go:24:32:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:24:13
./float_convert.go:24:19: int32(inf) escapes to heap:
./float_convert.go:24:19:   flow: {storage for ... argument} = &{storage for int32(inf)}:
./float_convert.go:24:19:     from int32(inf) (spill) at ./float_convert.go:24:19
./float_convert.go:24:19:     from ... argument (slice-literal-element) at ./float_convert.go:24:13
./float_convert.go:24:19:   flow: {heap} = {storage for ... argument}:
./float_convert.go:24:19:     from ... argument (spill) at ./float_convert.go:24:13
./float_convert.go:24:19:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:24:13
./float_convert.go:23:80: uint8(nan) escapes to heap:
./float_convert.go:23:80:   flow: {storage for ... argument} = &{storage for uint8(nan)}:
./float_convert.go:23:80:     from uint8(nan) (spill) at ./float_convert.go:23:80
./float_convert.go:23:80:     from ... argument (slice-literal-element) at ./float_convert.go:23:13
./float_convert.go:23:80:   flow: {heap} = {storage for ... argument}:
./float_convert.go:23:80:     from ... argument (spill) at ./float_convert.go:23:13
./float_convert.go:23:80:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:23:13
./float_convert.go:23:68: int8(nan) escapes to heap:
./float_convert.go:23:68:   flow: {storage for ... argument} = &{storage for int8(nan)}:
./float_convert.go:23:68:     from int8(nan) (spill) at ./float_convert.go:23:68
./float_convert.go:23:68:     from ... argument (slice-literal-element) at ./float_convert.go:23:13
./float_convert.go:23:68:   flow: {heap} = {storage for ... argument}:
./float_convert.go:23:68:     from ... argument (spill) at ./float_convert.go:23:13
./float_convert.go:23:68:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:23:13
./float_convert.go:23:57: uint32(nan) escapes to heap:
./float_convert.go:23:57:   flow: {storage for ... argument} = &{storage for uint32(nan)}:
./float_convert.go:23:57:     from uint32(nan) (spill) at ./float_convert.go:23:57
./float_convert.go:23:57:     from ... argument (slice-literal-element) at ./float_convert.go:23:13
./float_convert.go:23:57:   flow: {heap} = {storage for ... argument}:
./float_convert.go:23:57:     from ... argument (spill) at ./float_convert.go:23:13
./float_convert.go:23:57:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:23:13
./float_convert.go:23:44: int32(nan) escapes to heap:
./float_convert.go:23:44:   flow: {storage for ... argument} = &{storage for int32(nan)}:
./float_convert.go:23:44:     from int32(nan) (spill) at ./float_convert.go:23:44
./float_convert.go:23:44:     from ... argument (slice-literal-element) at ./float_convert.go:23:13
./float_convert.go:23:44:   flow: {heap} = {storage for ... argument}:
./float_convert.go:23:44:     from ... argument (spill) at ./float_convert.go:23:13
./float_convert.go:23:44:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:23:13
./float_convert.go:23:32: uint64(nan) escapes to heap:
./float_convert.go:23:32:   flow: {storage for ... argument} = &{storage for uint64(nan)}:
./float_convert.go:23:32:     from uint64(nan) (spill) at ./float_convert.go:23:32
./float_convert.go:23:32:     from ... argument (slice-literal-element) at ./float_convert.go:23:13
./float_convert.go:23:32:   flow: {heap} = {storage for ... argument}:
./float_convert.go:23:32:     from ... argument (spill) at ./float_convert.go:23:13
./float_convert.go:23:32:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:23:13
./float_convert.go:23:19: int64(nan) escapes to heap:
./float_convert.go:23:19:   flow: {storage for ... argument} = &{storage for int64(nan)}:
./float_convert.go:23:19:     from int64(nan) (spill) at ./float_convert.go:23:19
./float_convert.go:23:19:     from ... argument (slice-literal-element) at ./float_convert.go:23:13
./float_convert.go:23:19:   flow: {heap} = {storage for ... argument}:
./float_convert.go:23:19:     from ... argument (spill) at ./float_convert.go:23:13
./float_convert.go:23:19:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:23:13
./float_convert.go:19:95: uint64(g) escapes to heap:
./float_convert.go:19:95:   flow: {storage for ... argument} = &{storage for uint64(g)}:
./float_convert.go:19:95:     from uint64(g) (spill) at ./float_convert.go:19:95
./float_convert.go:19:95:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:95:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:95:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:95:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:84: uint32(g) escapes to heap:
./float_convert.go:19:84:   flow: {storage for ... argument} = &{storage for uint32(g)}:
./float_convert.go:19:84:     from uint32(g) (spill) at ./float_convert.go:19:84
./float_convert.go:19:84:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:84:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:84:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:84:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:73: uint16(g) escapes to heap:
./float_convert.go:19:73:   flow: {storage for ... argument} = &{storage for uint16(g)}:
./float_convert.go:19:73:     from uint16(g) (spill) at ./float_convert.go:19:73
./float_convert.go:19:73:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:73:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:73:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:73:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:62: uint8(g) escapes to heap:
./float_convert.go:19:62:   flow: {storage for ... argument} = &{storage for uint8(g)}:
./float_convert.go:19:62:     from uint8(g) (spill) at ./float_convert.go:19:62
./float_convert.go:19:62:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:62:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:62:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:62:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:52: int64(g) escapes to heap:
./float_convert.go:19:52:   flow: {storage for ... argument} = &{storage for int64(g)}:
./float_convert.go:19:52:     from int64(g) (spill) at ./float_convert.go:19:52
./float_convert.go:19:52:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:52:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:52:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:52:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:42: int32(g) escapes to heap:
./float_convert.go:19:42:   flow: {storage for ... argument} = &{storage for int32(g)}:
./float_convert.go:19:42:     from int32(g) (spill) at ./float_convert.go:19:42
./float_convert.go:19:42:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:42:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:42:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:42:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:32: int16(g) escapes to heap:
./float_convert.go:19:32:   flow: {storage for ... argument} = &{storage for int16(g)}:
./float_convert.go:19:32:     from int16(g) (spill) at ./float_convert.go:19:32
./float_convert.go:19:32:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:32:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:32:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:32:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:22: int8(g) escapes to heap:
./float_convert.go:19:22:   flow: {storage for ... argument} = &{storage for int8(g)}:
./float_convert.go:19:22:     from int8(g) (spill) at ./float_convert.go:19:22
./float_convert.go:19:22:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:22:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:22:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:19:14: g escapes to heap:
./float_convert.go:19:14:   flow: {storage for ... argument} = &{storage for g}:
./float_convert.go:19:14:     from g (spill) at ./float_convert.go:19:14
./float_convert.go:19:14:     from ... argument (slice-literal-element) at ./float_convert.go:19:14
./float_convert.go:19:14:   flow: {heap} = {storage for ... argument}:
./float_convert.go:19:14:     from ... argument (spill) at ./float_convert.go:19:14
./float_convert.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:19:14
./float_convert.go:17:124: uintptr(f) escapes to heap:
./float_convert.go:17:124:   flow: {storage for ... argument} = &{storage for uintptr(f)}:
./float_convert.go:17:124:     from uintptr(f) (spill) at ./float_convert.go:17:124
./float_convert.go:17:124:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:124:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:124:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:124:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:112: uint(f) escapes to heap:
./float_convert.go:17:112:   flow: {storage for ... argument} = &{storage for uint(f)}:
./float_convert.go:17:112:     from uint(f) (spill) at ./float_convert.go:17:112
./float_convert.go:17:112:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:112:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:112:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:112:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:103: uint64(f) escapes to heap:
./float_convert.go:17:103:   flow: {storage for ... argument} = &{storage for uint64(f)}:
./float_convert.go:17:103:     from uint64(f) (spill) at ./float_convert.go:17:103
./float_convert.go:17:103:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:103:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:103:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:103:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:92: uint32(f) escapes to heap:
./float_convert.go:17:92:   flow: {storage for ... argument} = &{storage for uint32(f)}:
./float_convert.go:17:92:     from uint32(f) (spill) at ./float_convert.go:17:92
./float_convert.go:17:92:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:92:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:92:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:92:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:81: uint16(f) escapes to heap:
./float_convert.go:17:81:   flow: {storage for ... argument} = &{storage for uint16(f)}:
./float_convert.go:17:81:     from uint16(f) (spill) at ./float_convert.go:17:81
./float_convert.go:17:81:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:81:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:81:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:81:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:70: uint8(f) escapes to heap:
./float_convert.go:17:70:   flow: {storage for ... argument} = &{storage for uint8(f)}:
./float_convert.go:17:70:     from uint8(f) (spill) at ./float_convert.go:17:70
./float_convert.go:17:70:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:70:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:70:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:70:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:60: int(f) escapes to heap:
./float_convert.go:17:60:   flow: {storage for ... argument} = &{storage for int(f)}:
./float_convert.go:17:60:     from int(f) (spill) at ./float_convert.go:17:60
./float_convert.go:17:60:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:60:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:60:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:60:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:52: int64(f) escapes to heap:
./float_convert.go:17:52:   flow: {storage for ... argument} = &{storage for int64(f)}:
./float_convert.go:17:52:     from int64(f) (spill) at ./float_convert.go:17:52
./float_convert.go:17:52:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:52:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:52:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:52:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:42: int32(f) escapes to heap:
./float_convert.go:17:42:   flow: {storage for ... argument} = &{storage for int32(f)}:
./float_convert.go:17:42:     from int32(f) (spill) at ./float_convert.go:17:42
./float_convert.go:17:42:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:42:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:42:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:42:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:32: int16(f) escapes to heap:
./float_convert.go:17:32:   flow: {storage for ... argument} = &{storage for int16(f)}:
./float_convert.go:17:32:     from int16(f) (spill) at ./float_convert.go:17:32
./float_convert.go:17:32:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:32:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:32:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:32:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:22: int8(f) escapes to heap:
./float_convert.go:17:22:   flow: {storage for ... argument} = &{storage for int8(f)}:
./float_convert.go:17:22:     from int8(f) (spill) at ./float_convert.go:17:22
./float_convert.go:17:22:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:22:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:22:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:17:14: v escapes to heap:
./float_convert.go:17:14:   flow: {storage for ... argument} = &{storage for v}:
./float_convert.go:17:14:     from v (spill) at ./float_convert.go:17:14
./float_convert.go:17:14:     from ... argument (slice-literal-element) at ./float_convert.go:17:14
./float_convert.go:17:14:   flow: {heap} = {storage for ... argument}:
./float_convert.go:17:14:     from ... argument (spill) at ./float_convert.go:17:14
./float_convert.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./float_convert.go:17:14
./float_convert.go:12:19: []float64{...} does not escape
./float_convert.go:17:14: ... argument does not escape
./float_convert.go:17:14: v escapes to heap
./float_convert.go:17:22: int8(f) escapes to heap
./float_convert.go:17:32: int16(f) escapes to heap
./float_convert.go:17:42: int32(f) escapes to heap
./float_convert.go:17:52: int64(f) escapes to heap
./float_convert.go:17:60: int(f) escapes to heap
./float_convert.go:17:70: uint8(f) escapes to heap
./float_convert.go:17:81: uint16(f) escapes to heap
./float_convert.go:17:92: uint32(f) escapes to heap
./float_convert.go:17:103: uint64(f) escapes to heap
./float_convert.go:17:112: uint(f) escapes to heap
./float_convert.go:17:124: uintptr(f) escapes to heap
./float_convert.go:19:14: ... argument does not escape
./float_convert.go:19:14: g escapes to heap
./float_convert.go:19:22: int8(g) escapes to heap
./float_convert.go:19:32: int16(g) escapes to heap
./float_convert.go:19:42: int32(g) escapes to heap
./float_convert.go:19:52: int64(g) escapes to heap
./float_convert.go:19:62: uint8(g) escapes to heap
./float_convert.go:19:73: uint16(g) escapes to heap
./float_convert.go:19:84: uint32(g) escapes to heap
./float_convert.go:19:95: uint64(g) escapes to heap
./float_convert.go:23:13: ... argument does not escape
./float_convert.go:23:19: int64(nan) escapes to heap
./float_convert.go:23:32: uint64(nan) escapes to heap
./float_convert.go:23:44: int32(nan) escapes to heap
./float_convert.go:23:57: uint32(nan) escapes to heap
./float_convert.go:23:68: int8(nan) escapes to heap
./float_convert.go:23:80: uint8(nan) escapes to heap
./float_convert.go:24:13: ... argument does not escape
./float_convert.go:24:19: int32(inf) escapes to heap
./float_convert.go:24:32: uint32(-inf) escapes to heap
./float_convert.go:24:45: int64(inf) escapes to heap
./float_convert.go:24:58: uint64(inf) escapes to heap
./float_convert.go:24:70: int64(-inf) escapes to heap
./float_convert.go:24:83: uint8(inf) escapes to heap
./float_convert.go:33:13: ... argument does not escape
./float_convert.go:33:21: float64(u) escapes to heap
./float_convert.go:33:33: float32(u) escapes to heap
./float_convert.go:33:45: float64(u2) escapes to heap
./float_convert.go:33:58: float32(u2) escapes to heap
./float_convert.go:33:71: float64(u3) escapes to heap
./float_convert.go:33:84: float32(u3) escapes to heap
./float_convert.go:34:13: ... argument does not escape
./float_convert.go:34:21: float64(i64) escapes to heap
./float_convert.go:34:35: float32(i64) escapes to heap
./float_convert.go:34:49: float64(i64b) escapes to heap
./float_convert.go:34:64: float32(i64b) escapes to heap
./float_convert.go:34:79: float64(u32) escapes to heap
./float_convert.go:34:93: float32(u32) escapes to heap
./float_convert.go:35:13: ... argument does not escape
./float_convert.go:35:21: float64(i8) escapes to heap
./float_convert.go:35:34: float32(i8) escapes to heap
./float_convert.go:35:47: float64(u8) escapes to heap
./float_convert.go:35:60: float32(u8) escapes to heap
./float_convert.go:37:13: ... argument does not escape
./float_convert.go:37:15: a + b escapes to heap
./float_convert.go:37:29: float64(a) + float64(b) escapes to heap
./float_convert.go:37:43: a * a escapes to heap
./float_convert.go:37:48: a / 3 escapes to heap
./float_convert.go:37:59: float64(a / 3) escapes to heap
./float_convert.go:39:13: ... argument does not escape
./float_convert.go:39:21: float32(d) escapes to heap
./float_convert.go:39:33: float32(-d) escapes to heap
./float_convert.go:39:46: float32(id(1e-50)) escapes to heap
./float_convert.go:39:66: float32(id(0.1)) escapes to heap
