./float_format.go:34:83: struct { A float64; B float64 }{...} escapes to heap:
./float_format.go:34:83:   flow: {storage for ... argument} = &{storage for struct { A float64; B float64 }{...}}:
./float_format.go:34:83:     from struct { A float64; B float64 }{...} (spill) at ./float_format.go:34:83
./float_format.go:34:83:     from ... argument (slice-literal-element) at ./float_format.go:34:13
./float_format.go:34:83:   flow: {heap} = {storage for ... argument}:
./float_format.go:34:83:     from ... argument (spill) at ./float_format.go:34:13
./float_format.go:34:83:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:34:13
./float_format.go:34:49: [2]float32{...} escapes to heap:
./float_format.go:34:49:   flow: {storage for ... argument} = &{storage for [2]float32{...}}:
./float_format.go:34:49:     from [2]float32{...} (spill) at ./float_format.go:34:49
./float_format.go:34:49:     from ... argument (slice-literal-element) at ./float_format.go:34:13
./float_format.go:34:49:   flow: {heap} = {storage for ... argument}:
./float_format.go:34:49:     from ... argument (spill) at ./float_format.go:34:13
./float_format.go:34:49:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:34:13
./float_format.go:34:29: []float64{...} escapes to heap:
./float_format.go:34:29:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./float_format.go:34:29:     from []float64{...} (spill) at ./float_format.go:34:29
./float_format.go:34:29:     from ... argument (slice-literal-element) at ./float_format.go:34:13
./float_format.go:34:29:   flow: {heap} = {storage for ... argument}:
./float_format.go:34:29:     from ... argument (spill) at ./float_format.go:34:13
./float_format.go:34:29:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:34:13
./float_format.go:33:6: float32(2.5) escapes to heap:
./float_format.go:33:6:   flow: j = &{storage for float32(2.5)}:
./float_format.go:33:6:     from float32(2.5) (spill) at ./float_format.go:33:6
./float_format.go:33:6:     from j = float32(2.5) (assign) at ./float_format.go:33:6
./float_format.go:33:6:   flow: {storage for ... argument} = j:
./float_format.go:33:6:     from ... argument (slice-literal-element) at ./float_format.go:34:13
./float_format.go:33:6:   flow: {heap} = {storage for ... argument}:
./float_format.go:33:6:     from ... argument (spill) at ./float_format.go:34:13
./float_format.go:33:6:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:34:13
./float_format.go:32:6: 2.5 escapes to heap:
./float_format.go:32:6:   flow: i = &{storage for 2.5}:
./float_format.go:32:6:     from 2.5 (spill) at ./float_format.go:32:6
./float_format.go:32:6:     from i = 2.5 (assign) at ./float_format.go:32:6
./float_format.go:32:6:   flow: {storage for ... argument} = i:
./float_format.go:32:6:     from ... argument (slice-literal-element) at ./float_format.go:34:13
./float_format.go:32:6:   flow: {heap} = {storage for ... argument}:
./float_format.go:32:6:     from ... argument (spill) at ./float_format.go:34:13
./float_format.go:32:6:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:34:13
./float_format.go:31:50: x * 3 == 0.3 escapes to heap:
./float_format.go:31:50:   flow: {storage for ... argument} = &{storage for x * 3 == 0.3}:
./float_format.go:31:50:     from x * 3 == 0.3 (spill) at ./float_format.go:31:50
./float_format.go:31:50:     from ... argument (slice-literal-element) at ./float_format.go:31:13
./float_format.go:31:50:   flow: {heap} = {storage for ... argument}:
./float_format.go:31:50:     from ... argument (spill) at ./float_format.go:31:13
./float_format.go:31:50:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:31:13
./float_format.go:31:38: x + (y + z) escapes to heap:
./float_format.go:31:38:   flow: {storage for ... argument} = &{storage for x + (y + z)}:
./float_format.go:31:38:     from x + (y + z) (spill) at ./float_format.go:31:38
./float_format.go:31:38:     from ... argument (slice-literal-element) at ./float_format.go:31:13
./float_format.go:31:38:   flow: {heap} = {storage for ... argument}:
./float_format.go:31:38:     from ... argument (spill) at ./float_format.go:31:13
./float_format.go:31:38:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:31:13
./float_format.go:31:33: x + y + z escapes to heap:
./float_format.go:31:33:   flow: {storage for ... argument} = &{storage for x + y + z}:
./float_format.go:31:33:     from x + y + z (spill) at ./float_format.go:31:33
./float_format.go:31:33:     from ... argument (slice-literal-element) at ./float_format.go:31:13
./float_format.go:31:33:   flow: {heap} = {storage for ... argument}:
./float_format.go:31:33:     from ... argument (spill) at ./float_format.go:31:13
./float_format.go:31:33:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:31:13
./float_format.go:31:24: x * y - z escapes to heap:
./float_format.go:31:24:   flow: {storage for ... argument} = &{storage for x * y - z}:
./float_format.go:31:24:     from x * y - z (spill) at ./float_format.go:31:24
./float_format.go:31:24:     from ... argument (slice-literal-element) at ./float_format.go:31:13
./float_format.go:31:24:   flow: {heap} = {storage for ... argument}:
./float_format.go:31:24:     from ... argument (spill) at ./float_format.go:31:13
./float_format.go:31:24:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:31:13
./float_format.go:31:17: x * y + z escapes to heap:
./float_format.go:31:17:   flow: {storage for ... argument} = &{storage for x * y + z}:
./float_format.go:31:17:     from x * y + z (spill) at ./float_format.go:31:17
./float_format.go:31:17:     from ... argument (slice-literal-element) at ./float_format.go:31:13
./float_format.go:31:17:   flow: {heap} = {storage for ... argument}:
./float_format.go:31:17:     from ... argument (spill) at ./float_format.go:31:13
./float_format.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:31:13
./float_format.go:29:73: f32(0.1) * f32(3) escapes to heap:
./float_format.go:29:73:   flow: {storage for ... argument} = &{storage for f32(0.1) * f32(3)}:
./float_format.go:29:73:     from f32(0.1) * f32(3) (spill) at ./float_format.go:29:73
./float_format.go:29:73:     from ... argument (slice-literal-element) at ./float_format.go:29:13
./float_format.go:29:73:   flow: {heap} = {storage for ... argument}:
./float_format.go:29:73:     from ... argument (spill) at ./float_format.go:29:13
./float_format.go:29:73:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:29:13
./float_format.go:29:54: f32(0.1) + f32(0.2) escapes to heap:
./float_format.go:29:54:   flow: {storage for ... argument} = &{storage for f32(0.1) + f32(0.2)}:
./float_format.go:29:54:     from f32(0.1) + f32(0.2) (spill) at ./float_format.go:29:54
./float_format.go:29:54:     from ... argument (slice-literal-element) at ./float_format.go:29:13
./float_format.go:29:54:   flow: {heap} = {storage for ... argument}:
./float_format.go:29:54:     from ... argument (spill) at ./float_format.go:29:13
./float_format.go:29:54:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:29:13
./float_format.go:29:41: f32(3.4e38) * 10 escapes to heap:
./float_format.go:29:41:   flow: {storage for ... argument} = &{storage for f32(3.4e38) * 10}:
./float_format.go:29:41:     from f32(3.4e38) * 10 (spill) at ./float_format.go:29:41
./float_format.go:29:41:     from ... argument (slice-literal-element) at ./float_format.go:29:13
./float_format.go:29:41:   flow: {heap} = {storage for ... argument}:
./float_format.go:29:41:     from ... argument (spill) at ./float_format.go:29:13
./float_format.go:29:41:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:29:13
./float_format.go:29:26: small / 2 escapes to heap:
./float_format.go:29:26:   flow: {storage for ... argument} = &{storage for small / 2}:
./float_format.go:29:26:     from small / 2 (spill) at ./float_format.go:29:26
./float_format.go:29:26:     from ... argument (slice-literal-element) at ./float_format.go:29:13
./float_format.go:29:26:   flow: {heap} = {storage for ... argument}:
./float_format.go:29:26:     from ... argument (spill) at ./float_format.go:29:13
./float_format.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:29:13
./float_format.go:29:13: small escapes to heap:
./float_format.go:29:13:   flow: {storage for ... argument} = &{storage for small}:
./float_format.go:29:13:     from small (spill) at ./float_format.go:29:13
./float_format.go:29:13:     from ... argument (slice-literal-element) at ./float_format.go:29:13
./float_format.go:29:13:   flow: {heap} = {storage for ... argument}:
./float_format.go:29:13:     from ... argument (spill) at ./float_format.go:29:13
./float_format.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:29:13
./float_format.go:27:32: "\n" escapes to heap:
./float_format.go:27:32:   flow: {storage for ... argument} = &{storage for "\n"}:
./float_format.go:27:32:     from "\n" (spill) at ./float_format.go:27:32
./float_format.go:27:32:     from ... argument (slice-literal-element) at ./float_format.go:27:11
./float_format.go:27:32:   flow: {heap} = {storage for ... argument}:
./float_format.go:27:32:     from ... argument (spill) at ./float_format.go:27:11
./float_format.go:27:32:     from fmt.Print(... argument...) (call parameter) at ./float_format.go:27:11
./float_format.go:27:27: 3.5 escapes to heap:
./float_format.go:27:27:   flow: {storage for ... argument} = &{storage for 3.5}:
./float_format.go:27:27:     from 3.5 (spill) at ./float_format.go:27:27
./float_format.go:27:27:     from ... argument (slice-literal-element) at ./float_format.go:27:11
./float_format.go:27:27:   flow: {heap} = {storage for ... argument}:
./float_format.go:27:27:     from ... argument (spill) at ./float_format.go:27:11
./float_format.go:27:27:     from fmt.Print(... argument...) (call parameter) at ./float_format.go:27:11
./float_format.go:27:22: "x" escapes to heap:
./float_format.go:27:22:   flow: {storage for ... argument} = &{storage for "x"}:
./float_format.go:27:22:     from "x" (spill) at ./float_format.go:27:22
./float_format.go:27:22:     from ... argument (slice-literal-element) at ./float_format.go:27:11
./float_format.go:27:22:   flow: {heap} = {storage for ... argument}:
./float_format.go:27:22:     from ... argument (spill) at ./float_format.go:27:11
./float_format.go:27:22:     from fmt.Print(... argument...) (call parameter) at ./float_format.go:27:11
./float_format.go:27:17: 2.5 escapes to heap:
./float_format.go:27:17:   flow: {storage for ... argument} = &{storage for 2.5}:
./float_format.go:27:17:     from 2.5 (spill) at ./float_format.go:27:17
./float_format.go:27:17:     from ... argument (slice-literal-element) at ./float_format.go:27:11
./float_format.go:27:17:   flow: {heap} = {storage for ... argument}:
./float_format.go:27:17:     from ... argument (spill) at ./float_format.go:27:11
./float_format.go:27:17:     from fmt.Print(... argument...) (call parameter) at ./float_format.go:27:11
./float_format.go:27:12: 1.5 escapes to heap:
./float_format.go:27:12:   flow: {storage for ... argument} = &{storage for 1.5}:
./float_format.go:27:12:     from 1.5 (spill) at ./float_format.go:27:12
./float_format.go:27:12:     from ... argument (slice-literal-element) at ./float_format.go:27:11
./float_format.go:27:12:   flow: {heap} = {storage for ... argument}:
./float_format.go:27:12:     from ... argument (spill) at ./float_format.go:27:11
./float_format.go:27:12:     from fmt.Print(... argument...) (call parameter) at ./float_format.go:27:11
./float_format.go:26:86: -inf < -1e308 escapes to heap:
./float_format.go:26:86:   flow: {storage for ... argument} = &{storage for -inf < -1e308}:
./float_format.go:26:86:     from -inf < -1e308 (spill) at ./float_format.go:26:86
./float_format.go:26:86:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:86:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:86:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:86:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:26:72: inf > 1e308 escapes to heap:
./float_format.go:26:72:   flow: {storage for ... argument} = &{storage for inf > 1e308}:
./float_format.go:26:72:     from inf > 1e308 (spill) at ./float_format.go:26:72
./float_format.go:26:72:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:72:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:72:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:72:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:26:60: nan <= nan escapes to heap:
./float_format.go:26:60:   flow: {storage for ... argument} = &{storage for nan <= nan}:
./float_format.go:26:60:     from nan <= nan (spill) at ./float_format.go:26:60
./float_format.go:26:60:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:60:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:60:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:60:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:26:51: nan > 1 escapes to heap:
./float_format.go:26:51:   flow: {storage for ... argument} = &{storage for nan > 1}:
./float_format.go:26:51:     from nan > 1 (spill) at ./float_format.go:26:51
./float_format.go:26:51:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:51:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:51:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:51:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:26:42: nan < 1 escapes to heap:
./float_format.go:26:42:   flow: {storage for ... argument} = &{storage for nan < 1}:
./float_format.go:26:42:     from nan < 1 (spill) at ./float_format.go:26:42
./float_format.go:26:42:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:42:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:42:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:42:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:26:30: nan != nan escapes to heap:
./float_format.go:26:30:   flow: {storage for ... argument} = &{storage for nan != nan}:
./float_format.go:26:30:     from nan != nan (spill) at ./float_format.go:26:30
./float_format.go:26:30:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:30:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:30:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:30:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:26:18: nan == nan escapes to heap:
./float_format.go:26:18:   flow: {storage for ... argument} = &{storage for nan == nan}:
./float_format.go:26:18:     from nan == nan (spill) at ./float_format.go:26:18
./float_format.go:26:18:     from ... argument (slice-literal-element) at ./float_format.go:26:13
./float_format.go:26:18:   flow: {heap} = {storage for ... argument}:
./float_format.go:26:18:     from ... argument (spill) at ./float_format.go:26:13
./float_format.go:26:18:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:26:13
./float_format.go:25:59: 1 / negz escapes to heap:
./float_format.go:25:59:   flow: {storage for ... argument} = &{storage for 1 / negz}:
./float_format.go:25:59:     from 1 / negz (spill) at ./float_format.go:25:59
./float_format.go:25:59:     from ... argument (slice-literal-element) at ./float_format.go:25:13
./float_format.go:25:59:   flow: {heap} = {storage for ... argument}:
./float_format.go:25:59:     from ... argument (spill) at ./float_format.go:25:13
./float_format.go:25:59:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:25:13
./float_format.go:25:45: negz escapes to heap:
./float_format.go:25:45:   flow: {storage for ... argument} = &{storage for negz}:
./float_format.go:25:45:     from negz (spill) at ./float_format.go:25:45
./float_format.go:25:45:     from ... argument (slice-literal-element) at ./float_format.go:25:13
./float_format.go:25:45:   flow: {heap} = {storage for ... argument}:
./float_format.go:25:45:     from ... argument (spill) at ./float_format.go:25:13
./float_format.go:25:45:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:25:13
./float_format.go:25:45: zero / zero escapes to heap:
./float_format.go:25:45:   flow: {storage for ... argument} = &{storage for zero / zero}:
./float_format.go:25:45:     from zero / zero (spill) at ./float_format.go:25:45
./float_format.go:25:45:     from ... argument (slice-literal-element) at ./float_format.go:25:13
./float_format.go:25:45:   flow: {heap} = {storage for ... argument}:
./float_format.go:25:45:     from ... argument (spill) at ./float_format.go:25:13
./float_format.go:25:45:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:25:13
./float_format.go:25:34: f64(-1) / zero escapes to heap:
./float_format.go:25:34:   flow: {storage for ... argument} = &{storage for f64(-1) / zero}:
./float_format.go:25:34:     from f64(-1) / zero (spill) at ./float_format.go:25:34
./float_format.go:25:34:     from ... argument (slice-literal-element) at ./float_format.go:25:13
./float_format.go:25:34:   flow: {heap} = {storage for ... argument}:
./float_format.go:25:34:     from ... argument (spill) at ./float_format.go:25:13
./float_format.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:25:13
./float_format.go:25:20: f64(1) / zero escapes to heap:
./float_format.go:25:20:   flow: {storage for ... argument} = &{storage for f64(1) / zero}:
./float_format.go:25:20:     from f64(1) / zero (spill) at ./float_format.go:25:20
./float_format.go:25:20:     from ... argument (slice-literal-element) at ./float_format.go:25:13
./float_format.go:25:20:   flow: {heap} = {storage for ... argument}:
./float_format.go:25:20:     from ... argument (spill) at ./float_format.go:25:13
./float_format.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:25:13
./float_format.go:22:30: -v escapes to heap:
./float_format.go:22:30:   flow: {storage for ... argument} = &{storage for -v}:
./float_format.go:22:30:     from -v (spill) at ./float_format.go:22:30
./float_format.go:22:30:     from ... argument (slice-literal-element) at ./float_format.go:22:14
./float_format.go:22:30:   flow: {heap} = {storage for ... argument}:
./float_format.go:22:30:     from ... argument (spill) at ./float_format.go:22:14
./float_format.go:22:30:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:22:14
./float_format.go:22:25: float32(v) escapes to heap:
./float_format.go:22:25:   flow: {storage for ... argument} = &{storage for float32(v)}:
./float_format.go:22:25:     from float32(v) (spill) at ./float_format.go:22:25
./float_format.go:22:25:     from ... argument (slice-literal-element) at ./float_format.go:22:14
./float_format.go:22:25:   flow: {heap} = {storage for ... argument}:
./float_format.go:22:25:     from ... argument (spill) at ./float_format.go:22:14
./float_format.go:22:25:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:22:14
./float_format.go:22:14: v escapes to heap:
./float_format.go:22:14:   flow: {storage for ... argument} = &{storage for v}:
./float_format.go:22:14:     from v (spill) at ./float_format.go:22:14
./float_format.go:22:14:     from ... argument (slice-literal-element) at ./float_format.go:22:14
./float_format.go:22:14:   flow: {heap} = {storage for ... argument}:
./float_format.go:22:14:     from ... argument (spill) at ./float_format.go:22:14
./float_format.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:22:14
./float_format.go:13:74: float32(1e10) escapes to heap:
./float_format.go:13:74:   flow: {storage for ... argument} = &{storage for float32(1e10)}:
./float_format.go:13:74:     from float32(1e10) (spill) at ./float_format.go:13:74
./float_format.go:13:74:     from ... argument (slice-literal-element) at ./float_format.go:13:13
./float_format.go:13:74:   flow: {heap} = {storage for ... argument}:
./float_format.go:13:74:     from ... argument (spill) at ./float_format.go:13:13
./float_format.go:13:74:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:13:13
./float_format.go:13:55: float32(16777217) escapes to heap:
./float_format.go:13:55:   flow: {storage for ... argument} = &{storage for float32(16777217)}:
./float_format.go:13:55:     from float32(16777217) (spill) at ./float_format.go:13:55
./float_format.go:13:55:     from ... argument (slice-literal-element) at ./float_format.go:13:13
./float_format.go:13:55:   flow: {heap} = {storage for ... argument}:
./float_format.go:13:55:     from ... argument (spill) at ./float_format.go:13:13
./float_format.go:13:55:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:13:13
./float_format.go:13:44: float32(1) / 3 escapes to heap:
./float_format.go:13:44:   flow: {storage for ... argument} = &{storage for float32(1) / 3}:
./float_format.go:13:44:     from float32(1) / 3 (spill) at ./float_format.go:13:44
./float_format.go:13:44:     from ... argument (slice-literal-element) at ./float_format.go:13:13
./float_format.go:13:44:   flow: {heap} = {storage for ... argument}:
./float_format.go:13:44:     from ... argument (spill) at ./float_format.go:13:13
./float_format.go:13:44:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:13:13
./float_format.go:13:27: float32(0.3) escapes to heap:
./float_format.go:13:27:   flow: {storage for ... argument} = &{storage for float32(0.3)}:
./float_format.go:13:27:     from float32(0.3) (spill) at ./float_format.go:13:27
./float_format.go:13:27:     from ... argument (slice-literal-element) at ./float_format.go:13:13
./float_format.go:13:27:   flow: {heap} = {storage for ... argument}:
./float_format.go:13:27:     from ... argument (spill) at ./float_format.go:13:13
./float_format.go:13:27:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:13:13
./float_format.go:13:13: f32v escapes to heap:
./float_format.go:13:13:   flow: {storage for ... argument} = &{storage for f32v}:
./float_format.go:13:13:     from f32v (spill) at ./float_format.go:13:13
./float_format.go:13:13:     from ... argument (slice-literal-element) at ./float_format.go:13:13
./float_format.go:13:13:   flow: {heap} = {storage for ... argument}:
./float_format.go:13:13:     from ... argument (spill) at ./float_format.go:13:13
./float_format.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./float_format.go:13:13
./float_format.go:34:29: []float64{...} escapes to heap:
./float_format.go:34:29:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./float_format.go:34:29:     from []float64{...} (spill) at ./float_format.go:34:29
./float_format.go:34:29:     from []float64{...} (interface-converted) at ./float_format.go:34:29
./float_format.go:13:13: ... argument does not escape
./float_format.go:13:13: f32v escapes to heap
./float_format.go:13:27: float32(0.3) escapes to heap
./float_format.go:13:44: float32(1) / 3 escapes to heap
./float_format.go:13:55: float32(16777217) escapes to heap
./float_format.go:13:74: float32(1e10) escapes to heap
./float_format.go:18:19: []float64{...} does not escape
./float_format.go:22:14: ... argument does not escape
./float_format.go:22:14: v escapes to heap
./float_format.go:22:25: float32(v) escapes to heap
./float_format.go:22:30: -v escapes to heap
./float_format.go:25:13: ... argument does not escape
./float_format.go:25:20: f64(1) / zero escapes to heap
./float_format.go:25:34: f64(-1) / zero escapes to heap
./float_format.go:25:45: zero / zero escapes to heap
./float_format.go:25:45: negz escapes to heap
./float_format.go:25:59: 1 / negz escapes to heap
./float_format.go:26:13: ... argument does not escape
./float_format.go:26:18: nan == nan escapes to heap
./float_format.go:26:30: nan != nan escapes to heap
./float_format.go:26:42: nan < 1 escapes to heap
./float_format.go:26:51: nan > 1 escapes to heap
./float_format.go:26:60: nan <= nan escapes to heap
./float_format.go:26:72: inf > 1e308 escapes to heap
./float_format.go:26:86: -inf < -1e308 escapes to heap
./float_format.go:27:11: ... argument does not escape
./float_format.go:27:12: 1.5 escapes to heap
./float_format.go:27:17: 2.5 escapes to heap
./float_format.go:27:22: "x" escapes to heap
./float_format.go:27:27: 3.5 escapes to heap
./float_format.go:27:32: "\n" escapes to heap
./float_format.go:29:13: ... argument does not escape
./float_format.go:29:13: small escapes to heap
./float_format.go:29:26: small / 2 escapes to heap
./float_format.go:29:41: f32(3.4e38) * 10 escapes to heap
./float_format.go:29:54: f32(0.1) + f32(0.2) escapes to heap
./float_format.go:29:73: f32(0.1) * f32(3) escapes to heap
./float_format.go:31:13: ... argument does not escape
./float_format.go:31:17: x * y + z escapes to heap
./float_format.go:31:24: x * y - z escapes to heap
./float_format.go:31:33: x + y + z escapes to heap
./float_format.go:31:38: x + (y + z) escapes to heap
./float_format.go:31:50: x * 3 == 0.3 escapes to heap
./float_format.go:32:6: 2.5 escapes to heap
./float_format.go:33:6: float32(2.5) escapes to heap
./float_format.go:34:13: ... argument does not escape
./float_format.go:34:29: []float64{...} escapes to heap
./float_format.go:34:29: []float64{...} escapes to heap
./float_format.go:34:49: [2]float32{...} escapes to heap
./float_format.go:34:83: struct { A float64; B float64 }{...} escapes to heap
