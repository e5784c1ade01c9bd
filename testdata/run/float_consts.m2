./float_consts.go:37:60: int32(-1 << 31) escapes to heap:
./float_consts.go:37:60:   flow: {storage for ... argument} = &{storage for int32(-1 << 31)}:
./float_consts.go:37:60:     from int32(-1 << 31) (spill) at ./float_consts.go:37:60
./float_consts.go:37:60:     from ... argument (slice-literal-element) at ./float_consts.go:37:13
./float_consts.go:37:60:   flow: {heap} = {storage for ... argument}:
./float_consts.go:37:60:     from ... argument (spill) at ./float_consts.go:37:13
./float_consts.go:37:60:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:37:13
./float_consts.go:37:44: uint32(1 << 32 - 1) escapes to heap:
./float_consts.go:37:44:   flow: {storage for ... argument} = &{storage for uint32(1 << 32 - 1)}:
./float_consts.go:37:44:     from uint32(1 << 32 - 1) (spill) at ./float_consts.go:37:44
./float_consts.go:37:44:     from ... argument (slice-literal-element) at ./float_consts.go:37:13
./float_consts.go:37:44:   flow: {heap} = {storage for ... argument}:
./float_consts.go:37:44:     from ... argument (spill) at ./float_consts.go:37:13
./float_consts.go:37:44:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:37:13
./float_consts.go:37:30: int64(1e18) escapes to heap:
./float_consts.go:37:30:   flow: {storage for ... argument} = &{storage for int64(1e18)}:
./float_consts.go:37:30:     from int64(1e18) (spill) at ./float_consts.go:37:30
./float_consts.go:37:30:     from ... argument (slice-literal-element) at ./float_consts.go:37:13
./float_consts.go:37:30:   flow: {heap} = {storage for ... argument}:
./float_consts.go:37:30:     from ... argument (spill) at ./float_consts.go:37:13
./float_consts.go:37:30:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:37:13
./float_consts.go:37:13: f escapes to heap:
./float_consts.go:37:13:   flow: {storage for ... argument} = &{storage for f}:
./float_consts.go:37:13:     from f (spill) at ./float_consts.go:37:13
./float_consts.go:37:13:     from ... argument (slice-literal-element) at ./float_consts.go:37:13
./float_consts.go:37:13:   flow: {heap} = {storage for ... argument}:
./float_consts.go:37:13:     from ... argument (spill) at ./float_consts.go:37:13
./float_consts.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:37:13
./float_consts.go:37:13: u8 escapes to heap:
./float_consts.go:37:13:   flow: {storage for ... argument} = &{storage for u8}:
./float_consts.go:37:13:     from u8 (spill) at ./float_consts.go:37:13
./float_consts.go:37:13:     from ... argument (slice-literal-element) at ./float_consts.go:37:13
./float_consts.go:37:13:   flow: {heap} = {storage for ... argument}:
./float_consts.go:37:13:     from ... argument (spill) at ./float_consts.go:37:13
./float_consts.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:37:13
./float_consts.go:37:13: i8 escapes to heap:
./float_consts.go:37:13:   flow: {storage for ... argument} = &{storage for i8}:
./float_consts.go:37:13:     from i8 (spill) at ./float_consts.go:37:13
./float_consts.go:37:13:     from ... argument (slice-literal-element) at ./float_consts.go:37:13
./float_consts.go:37:13:   flow: {heap} = {storage for ... argument}:
./float_consts.go:37:13:     from ... argument (spill) at ./float_consts.go:37:13
./float_consts.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:37:13
./float_consts.go:33:60: 1.5 * 2 == 3 escapes to heap:
./float_consts.go:33:60:   flow: {storage for ... argument} = &{storage for 1.5 * 2 == 3}:
./float_consts.go:33:60:     from 1.5 * 2 == 3 (spill) at ./float_consts.go:33:60
./float_consts.go:33:60:     from ... argument (slice-literal-element) at ./float_consts.go:33:13
./float_consts.go:33:60:   flow: {heap} = {storage for ... argument}:
./float_consts.go:33:60:     from ... argument (spill) at ./float_consts.go:33:13
./float_consts.go:33:60:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:33:13
./float_consts.go:33:42: len("héllo") escapes to heap:
./float_consts.go:33:42:   flow: {storage for ... argument} = &{storage for len("héllo")}:
./float_consts.go:33:42:     from len("héllo") (spill) at ./float_consts.go:33:42
./float_consts.go:33:42:     from ... argument (slice-literal-element) at ./float_consts.go:33:13
./float_consts.go:33:42:   flow: {heap} = {storage for ... argument}:
./float_consts.go:33:42:     from ... argument (spill) at ./float_consts.go:33:13
./float_consts.go:33:42:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:33:13
./float_consts.go:33:33: "s" + "t" escapes to heap:
./float_consts.go:33:33:   flow: {storage for ... argument} = &{storage for "s" + "t"}:
./float_consts.go:33:33:     from "s" + "t" (spill) at ./float_consts.go:33:33
./float_consts.go:33:33:     from ... argument (slice-literal-element) at ./float_consts.go:33:13
./float_consts.go:33:33:   flow: {heap} = {storage for ... argument}:
./float_consts.go:33:33:     from ... argument (spill) at ./float_consts.go:33:13
./float_consts.go:33:33:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:33:13
./float_consts.go:33:24: 'x' - 'a' escapes to heap:
./float_consts.go:33:24:   flow: {storage for ... argument} = &{storage for 'x' - 'a'}:
./float_consts.go:33:24:     from 'x' - 'a' (spill) at ./float_consts.go:33:24
./float_consts.go:33:24:     from ... argument (slice-literal-element) at ./float_consts.go:33:13
./float_consts.go:33:24:   flow: {heap} = {storage for ... argument}:
./float_consts.go:33:24:     from ... argument (spill) at ./float_consts.go:33:13
./float_consts.go:33:24:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:33:13
./float_consts.go:33:17: 'a' * 2 escapes to heap:
./float_consts.go:33:17:   flow: {storage for ... argument} = &{storage for 'a' * 2}:
./float_consts.go:33:17:     from 'a' * 2 (spill) at ./float_consts.go:33:17
./float_consts.go:33:17:     from ... argument (slice-literal-element) at ./float_consts.go:33:13
./float_consts.go:33:17:   flow: {heap} = {storage for ... argument}:
./float_consts.go:33:17:     from ... argument (spill) at ./float_consts.go:33:13
./float_consts.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:33:13
./float_consts.go:32:65: float32(1 << 24 + 1) escapes to heap:
./float_consts.go:32:65:   flow: {storage for ... argument} = &{storage for float32(1 << 24 + 1)}:
./float_consts.go:32:65:     from float32(1 << 24 + 1) (spill) at ./float_consts.go:32:65
./float_consts.go:32:65:     from ... argument (slice-literal-element) at ./float_consts.go:32:13
./float_consts.go:32:65:   flow: {heap} = {storage for ... argument}:
./float_consts.go:32:65:     from ... argument (spill) at ./float_consts.go:32:13
./float_consts.go:32:65:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:32:13
./float_consts.go:32:47: float64(1 << 53 + 1) escapes to heap:
./float_consts.go:32:47:   flow: {storage for ... argument} = &{storage for float64(1 << 53 + 1)}:
./float_consts.go:32:47:     from float64(1 << 53 + 1) (spill) at ./float_consts.go:32:47
./float_consts.go:32:47:     from ... argument (slice-literal-element) at ./float_consts.go:32:13
./float_consts.go:32:47:   flow: {heap} = {storage for ... argument}:
./float_consts.go:32:47:     from ... argument (spill) at ./float_consts.go:32:13
./float_consts.go:32:47:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:32:13
./float_consts.go:32:33: 1e-320 * 1e10 escapes to heap:
./float_consts.go:32:33:   flow: {storage for ... argument} = &{storage for 1e-320 * 1e10}:
./float_consts.go:32:33:     from 1e-320 * 1e10 (spill) at ./float_consts.go:32:33
./float_consts.go:32:33:     from ... argument (slice-literal-element) at ./float_consts.go:32:13
./float_consts.go:32:33:   flow: {heap} = {storage for ... argument}:
./float_consts.go:32:33:     from ... argument (spill) at ./float_consts.go:32:13
./float_consts.go:32:33:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:32:13
./float_consts.go:32:22: 1e308 * 10 / 10 escapes to heap:
./float_consts.go:32:22:   flow: {storage for ... argument} = &{storage for 1e308 * 10 / 10}:
./float_consts.go:32:22:     from 1e308 * 10 / 10 (spill) at ./float_consts.go:32:22
./float_consts.go:32:22:     from ... argument (slice-literal-element) at ./float_consts.go:32:13
./float_consts.go:32:22:   flow: {heap} = {storage for ... argument}:
./float_consts.go:32:22:     from ... argument (spill) at ./float_consts.go:32:13
./float_consts.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:32:13
./float_consts.go:31:71: float32(7e-46) escapes to heap:
./float_consts.go:31:71:   flow: {storage for ... argument} = &{storage for float32(7e-46)}:
./float_consts.go:31:71:     from float32(7e-46) (spill) at ./float_consts.go:31:71
./float_consts.go:31:71:     from ... argument (slice-literal-element) at ./float_consts.go:31:13
./float_consts.go:31:71:   flow: {heap} = {storage for ... argument}:
./float_consts.go:31:71:     from ... argument (spill) at ./float_consts.go:31:13
./float_consts.go:31:71:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:31:13
./float_consts.go:31:55: float32(1e-45) escapes to heap:
./float_consts.go:31:55:   flow: {storage for ... argument} = &{storage for float32(1e-45)}:
./float_consts.go:31:55:     from float32(1e-45) (spill) at ./float_consts.go:31:55
./float_consts.go:31:55:     from ... argument (slice-literal-element) at ./float_consts.go:31:13
./float_consts.go:31:55:   flow: {heap} = {storage for ... argument}:
./float_consts.go:31:55:     from ... argument (spill) at ./float_consts.go:31:13
./float_consts.go:31:55:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:31:13
./float_consts.go:31:38: float64(f32max) escapes to heap:
./float_consts.go:31:38:   flow: {storage for ... argument} = &{storage for float64(f32max)}:
./float_consts.go:31:38:     from float64(f32max) (spill) at ./float_consts.go:31:38
./float_consts.go:31:38:     from ... argument (slice-literal-element) at ./float_consts.go:31:13
./float_consts.go:31:38:   flow: {heap} = {storage for ... argument}:
./float_consts.go:31:38:     from ... argument (spill) at ./float_consts.go:31:13
./float_consts.go:31:38:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:31:13
./float_consts.go:31:21: float32(f32max) escapes to heap:
./float_consts.go:31:21:   flow: {storage for ... argument} = &{storage for float32(f32max)}:
./float_consts.go:31:21:     from float32(f32max) (spill) at ./float_consts.go:31:21
./float_consts.go:31:21:     from ... argument (slice-literal-element) at ./float_consts.go:31:13
./float_consts.go:31:21:   flow: {heap} = {storage for ... argument}:
./float_consts.go:31:21:     from ... argument (spill) at ./float_consts.go:31:13
./float_consts.go:31:21:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:31:13
./float_consts.go:29:56: 1 / 2.0 escapes to heap:
./float_consts.go:29:56:   flow: {storage for ... argument} = &{storage for 1 / 2.0}:
./float_consts.go:29:56:     from 1 / 2.0 (spill) at ./float_consts.go:29:56
./float_consts.go:29:56:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:56:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:56:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:56:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:29:51: 7.0 / 2 escapes to heap:
./float_consts.go:29:51:   flow: {storage for ... argument} = &{storage for 7.0 / 2}:
./float_consts.go:29:51:     from 7.0 / 2 (spill) at ./float_consts.go:29:51
./float_consts.go:29:51:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:51:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:51:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:51:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:29:44: -7 % 2 escapes to heap:
./float_consts.go:29:44:   flow: {storage for ... argument} = &{storage for -7 % 2}:
./float_consts.go:29:44:     from -7 % 2 (spill) at ./float_consts.go:29:44
./float_consts.go:29:44:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:44:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:44:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:44:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:29:37: 7 % -2 escapes to heap:
./float_consts.go:29:37:   flow: {storage for ... argument} = &{storage for 7 % -2}:
./float_consts.go:29:37:     from 7 % -2 (spill) at ./float_consts.go:29:37
./float_consts.go:29:37:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:37:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:37:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:37:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:29:32: -7 / 2 escapes to heap:
./float_consts.go:29:32:   flow: {storage for ... argument} = &{storage for -7 / 2}:
./float_consts.go:29:32:     from -7 / 2 (spill) at ./float_consts.go:29:32
./float_consts.go:29:32:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:32:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:32:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:32:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:29:26: 7 / 2 escapes to heap:
./float_consts.go:29:26:   flow: {storage for ... argument} = &{storage for 7 / 2}:
./float_consts.go:29:26:     from 7 / 2 (spill) at ./float_consts.go:29:26
./float_consts.go:29:26:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:26:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:26:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:29:21: 1 << 62 * 2 - 1 escapes to heap:
./float_consts.go:29:21:   flow: {storage for ... argument} = &{storage for 1 << 62 * 2 - 1}:
./float_consts.go:29:21:     from 1 << 62 * 2 - 1 (spill) at ./float_consts.go:29:21
./float_consts.go:29:21:     from ... argument (slice-literal-element) at ./float_consts.go:29:13
./float_consts.go:29:21:   flow: {heap} = {storage for ... argument}:
./float_consts.go:29:21:     from ... argument (spill) at ./float_consts.go:29:13
./float_consts.go:29:21:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:29:13
./float_consts.go:28:58: 0.5e-1 escapes to heap:
./float_consts.go:28:58:   flow: {storage for ... argument} = &{storage for 0.5e-1}:
./float_consts.go:28:58:     from 0.5e-1 (spill) at ./float_consts.go:28:58
./float_consts.go:28:58:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:58:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:58:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:58:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:28:49: 1_000.5 escapes to heap:
./float_consts.go:28:49:   flow: {storage for ... argument} = &{storage for 1_000.5}:
./float_consts.go:28:49:     from 1_000.5 (spill) at ./float_consts.go:28:49
./float_consts.go:28:49:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:49:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:49:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:49:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:28:40: 0x1.8p1 escapes to heap:
./float_consts.go:28:40:   flow: {storage for ... argument} = &{storage for 0x1.8p1}:
./float_consts.go:28:40:     from 0x1.8p1 (spill) at ./float_consts.go:28:40
./float_consts.go:28:40:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:40:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:40:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:40:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:28:32: 0x1p-2 escapes to heap:
./float_consts.go:28:32:   flow: {storage for ... argument} = &{storage for 0x1p-2}:
./float_consts.go:28:32:     from 0x1p-2 (spill) at ./float_consts.go:28:32
./float_consts.go:28:32:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:32:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:32:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:32:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:28:26: 1e-7 escapes to heap:
./float_consts.go:28:26:   flow: {storage for ... argument} = &{storage for 1e-7}:
./float_consts.go:28:26:     from 1e-7 (spill) at ./float_consts.go:28:26
./float_consts.go:28:26:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:26:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:26:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:26:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:28:20: 1e20 escapes to heap:
./float_consts.go:28:20:   flow: {storage for ... argument} = &{storage for 1e20}:
./float_consts.go:28:20:     from 1e20 (spill) at ./float_consts.go:28:20
./float_consts.go:28:20:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:20:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:20:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:20:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:28:14: 1e21 escapes to heap:
./float_consts.go:28:14:   flow: {storage for ... argument} = &{storage for 1e21}:
./float_consts.go:28:14:     from 1e21 (spill) at ./float_consts.go:28:14
./float_consts.go:28:14:     from ... argument (slice-literal-element) at ./float_consts.go:28:13
./float_consts.go:28:14:   flow: {heap} = {storage for ... argument}:
./float_consts.go:28:14:     from ... argument (spill) at ./float_consts.go:28:13
./float_consts.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:28:13
./float_consts.go:27:63: Celsius(1) / 3 escapes to heap:
./float_consts.go:27:63:   flow: {storage for ... argument} = &{storage for Celsius(1) / 3}:
./float_consts.go:27:63:     from Celsius(1) / 3 (spill) at ./float_consts.go:27:63
./float_consts.go:27:63:     from ... argument (slice-literal-element) at ./float_consts.go:27:13
./float_consts.go:27:63:   flow: {heap} = {storage for ... argument}:
./float_consts.go:27:63:     from ... argument (spill) at ./float_consts.go:27:13
./float_consts.go:27:63:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:27:13
./float_consts.go:27:44: Celsius(third) escapes to heap:
./float_consts.go:27:44:   flow: {storage for ... argument} = &{storage for Celsius(third)}:
./float_consts.go:27:44:     from Celsius(third) (spill) at ./float_consts.go:27:44
./float_consts.go:27:44:     from ... argument (slice-literal-element) at ./float_consts.go:27:13
./float_consts.go:27:44:   flow: {heap} = {storage for ... argument}:
./float_consts.go:27:44:     from ... argument (spill) at ./float_consts.go:27:13
./float_consts.go:27:44:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:27:13
./float_consts.go:27:28: float32(third) escapes to heap:
./float_consts.go:27:28:   flow: {storage for ... argument} = &{storage for float32(third)}:
./float_consts.go:27:28:     from float32(third) (spill) at ./float_consts.go:27:28
./float_consts.go:27:28:     from ... argument (slice-literal-element) at ./float_consts.go:27:13
./float_consts.go:27:28:   flow: {heap} = {storage for ... argument}:
./float_consts.go:27:28:     from ... argument (spill) at ./float_consts.go:27:13
./float_consts.go:27:28:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:27:13
./float_consts.go:27:14: third escapes to heap:
./float_consts.go:27:14:   flow: {storage for ... argument} = &{storage for third}:
./float_consts.go:27:14:     from third (spill) at ./float_consts.go:27:14
./float_consts.go:27:14:     from ... argument (slice-literal-element) at ./float_consts.go:27:13
./float_consts.go:27:14:   flow: {heap} = {storage for ... argument}:
./float_consts.go:27:14:     from ... argument (spill) at ./float_consts.go:27:13
./float_consts.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:27:13
./float_consts.go:26:56: ^uint16(0) escapes to heap:
./float_consts.go:26:56:   flow: {storage for ... argument} = &{storage for ^uint16(0)}:
./float_consts.go:26:56:     from ^uint16(0) (spill) at ./float_consts.go:26:56
./float_consts.go:26:56:     from ... argument (slice-literal-element) at ./float_consts.go:26:13
./float_consts.go:26:56:   flow: {heap} = {storage for ... argument}:
./float_consts.go:26:56:     from ... argument (spill) at ./float_consts.go:26:13
./float_consts.go:26:56:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:26:13
./float_consts.go:26:45: ^uint8(1) escapes to heap:
./float_consts.go:26:45:   flow: {storage for ... argument} = &{storage for ^uint8(1)}:
./float_consts.go:26:45:     from ^uint8(1) (spill) at ./float_consts.go:26:45
./float_consts.go:26:45:     from ... argument (slice-literal-element) at ./float_consts.go:26:13
./float_consts.go:26:45:   flow: {heap} = {storage for ... argument}:
./float_consts.go:26:45:     from ... argument (spill) at ./float_consts.go:26:13
./float_consts.go:26:45:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:26:13
./float_consts.go:26:41: ^0 escapes to heap:
./float_consts.go:26:41:   flow: {storage for ... argument} = &{storage for ^0}:
./float_consts.go:26:41:     from ^0 (spill) at ./float_consts.go:26:41
./float_consts.go:26:41:     from ... argument (slice-literal-element) at ./float_consts.go:26:13
./float_consts.go:26:41:   flow: {heap} = {storage for ... argument}:
./float_consts.go:26:41:     from ... argument (spill) at ./float_consts.go:26:13
./float_consts.go:26:41:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:26:13
./float_consts.go:26:36: maxU64 >> 1 escapes to heap:
./float_consts.go:26:36:   flow: {storage for ... argument} = &{storage for maxU64 >> 1}:
./float_consts.go:26:36:     from maxU64 >> 1 (spill) at ./float_consts.go:26:36
./float_consts.go:26:36:     from ... argument (slice-literal-element) at ./float_consts.go:26:13
./float_consts.go:26:36:   flow: {heap} = {storage for ... argument}:
./float_consts.go:26:36:     from ... argument (spill) at ./float_consts.go:26:13
./float_consts.go:26:36:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:26:13
./float_consts.go:26:20: uint64(maxU64) escapes to heap:
./float_consts.go:26:20:   flow: {storage for ... argument} = &{storage for uint64(maxU64)}:
./float_consts.go:26:20:     from uint64(maxU64) (spill) at ./float_consts.go:26:20
./float_consts.go:26:20:     from ... argument (slice-literal-element) at ./float_consts.go:26:13
./float_consts.go:26:20:   flow: {heap} = {storage for ... argument}:
./float_consts.go:26:20:     from ... argument (spill) at ./float_consts.go:26:13
./float_consts.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:26:13
./float_consts.go:25:52: -big >> 499 escapes to heap:
./float_consts.go:25:52:   flow: {storage for ... argument} = &{storage for -big >> 499}:
./float_consts.go:25:52:     from -big >> 499 (spill) at ./float_consts.go:25:52
./float_consts.go:25:52:     from ... argument (slice-literal-element) at ./float_consts.go:25:13
./float_consts.go:25:52:   flow: {heap} = {storage for ... argument}:
./float_consts.go:25:52:     from ... argument (spill) at ./float_consts.go:25:13
./float_consts.go:25:52:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:25:13
./float_consts.go:25:41: big % 1000 escapes to heap:
./float_consts.go:25:41:   flow: {storage for ... argument} = &{storage for big % 1000}:
./float_consts.go:25:41:     from big % 1000 (spill) at ./float_consts.go:25:41
./float_consts.go:25:41:     from ... argument (slice-literal-element) at ./float_consts.go:25:13
./float_consts.go:25:41:   flow: {heap} = {storage for ... argument}:
./float_consts.go:25:41:     from ... argument (spill) at ./float_consts.go:25:13
./float_consts.go:25:41:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:25:13
./float_consts.go:25:27: big / (1 << 499) escapes to heap:
./float_consts.go:25:27:   flow: {storage for ... argument} = &{storage for big / (1 << 499)}:
./float_consts.go:25:27:     from big / (1 << 499) (spill) at ./float_consts.go:25:27
./float_consts.go:25:27:     from ... argument (slice-literal-element) at ./float_consts.go:25:13
./float_consts.go:25:27:   flow: {heap} = {storage for ... argument}:
./float_consts.go:25:27:     from ... argument (spill) at ./float_consts.go:25:13
./float_consts.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:25:13
./float_consts.go:25:17: big >> 490 escapes to heap:
./float_consts.go:25:17:   flow: {storage for ... argument} = &{storage for big >> 490}:
./float_consts.go:25:17:     from big >> 490 (spill) at ./float_consts.go:25:17
./float_consts.go:25:17:     from ... argument (slice-literal-element) at ./float_consts.go:25:13
./float_consts.go:25:17:   flow: {heap} = {storage for ... argument}:
./float_consts.go:25:17:     from ... argument (spill) at ./float_consts.go:25:13
./float_consts.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:25:13
./float_consts.go:24:18: 1 / x escapes to heap:
./float_consts.go:24:18:   flow: {storage for ... argument} = &{storage for 1 / x}:
./float_consts.go:24:18:     from 1 / x (spill) at ./float_consts.go:24:18
./float_consts.go:24:18:     from ... argument (slice-literal-element) at ./float_consts.go:24:13
./float_consts.go:24:18:   flow: {heap} = {storage for ... argument}:
./float_consts.go:24:18:     from ... argument (spill) at ./float_consts.go:24:13
./float_consts.go:24:18:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:24:13
./float_consts.go:24:13: x escapes to heap:
./float_consts.go:24:13:   flow: {storage for ... argument} = &{storage for x}:
./float_consts.go:24:13:     from x (spill) at ./float_consts.go:24:13
./float_consts.go:24:13:     from ... argument (slice-literal-element) at ./float_consts.go:24:13
./float_consts.go:24:13:   flow: {heap} = {storage for ... argument}:
./float_consts.go:24:13:     from ... argument (spill) at ./float_consts.go:24:13
./float_consts.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:24:13
./float_consts.go:22:55: 2.5e-324 escapes to heap:
./float_consts.go:22:55:   flow: {storage for ... argument} = &{storage for 2.5e-324}:
./float_consts.go:22:55:     from 2.5e-324 (spill) at ./float_consts.go:22:55
./float_consts.go:22:55:     from ... argument (slice-literal-element) at ./float_consts.go:22:13
./float_consts.go:22:55:   flow: {heap} = {storage for ... argument}:
./float_consts.go:22:55:     from ... argument (spill) at ./float_consts.go:22:13
./float_consts.go:22:55:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:22:13
./float_consts.go:22:51: 4.9406564584124654e-324 / 2 escapes to heap:
./float_consts.go:22:51:   flow: {storage for ... argument} = &{storage for 4.9406564584124654e-324 / 2}:
./float_consts.go:22:51:     from 4.9406564584124654e-324 / 2 (spill) at ./float_consts.go:22:51
./float_consts.go:22:51:     from ... argument (slice-literal-element) at ./float_consts.go:22:13
./float_consts.go:22:51:   flow: {heap} = {storage for ... argument}:
./float_consts.go:22:51:     from ... argument (spill) at ./float_consts.go:22:13
./float_consts.go:22:51:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:22:13
./float_consts.go:22:20: 5e-324 escapes to heap:
./float_consts.go:22:20:   flow: {storage for ... argument} = &{storage for 5e-324}:
./float_consts.go:22:20:     from 5e-324 (spill) at ./float_consts.go:22:20
./float_consts.go:22:20:     from ... argument (slice-literal-element) at ./float_consts.go:22:13
./float_consts.go:22:20:   flow: {heap} = {storage for ... argument}:
./float_consts.go:22:20:     from ... argument (spill) at ./float_consts.go:22:13
./float_consts.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:22:13
./float_consts.go:22:14: tiny escapes to heap:
./float_consts.go:22:14:   flow: {storage for ... argument} = &{storage for tiny}:
./float_consts.go:22:14:     from tiny (spill) at ./float_consts.go:22:14
./float_consts.go:22:14:     from ... argument (slice-literal-element) at ./float_consts.go:22:13
./float_consts.go:22:14:   flow: {heap} = {storage for ... argument}:
./float_consts.go:22:14:     from ... argument (spill) at ./float_consts.go:22:13
./float_consts.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:22:13
./float_consts.go:21:58: float64(0.1) escapes to heap:
./float_consts.go:21:58:   flow: {storage for ... argument} = &{storage for float64(0.1)}:
./float_consts.go:21:58:     from float64(0.1) (spill) at ./float_consts.go:21:58
./float_consts.go:21:58:     from ... argument (slice-literal-element) at ./float_consts.go:21:13
./float_consts.go:21:58:   flow: {heap} = {storage for ... argument}:
./float_consts.go:21:58:     from ... argument (spill) at ./float_consts.go:21:13
./float_consts.go:21:58:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:21:13
./float_consts.go:21:44: float32(0.1) escapes to heap:
./float_consts.go:21:44:   flow: {storage for ... argument} = &{storage for float32(0.1)}:
./float_consts.go:21:44:     from float32(0.1) (spill) at ./float_consts.go:21:44
./float_consts.go:21:44:     from ... argument (slice-literal-element) at ./float_consts.go:21:13
./float_consts.go:21:44:   flow: {heap} = {storage for ... argument}:
./float_consts.go:21:44:     from ... argument (spill) at ./float_consts.go:21:13
./float_consts.go:21:44:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:21:13
./float_consts.go:21:21: float64(float32(0.1)) escapes to heap:
./float_consts.go:21:21:   flow: {storage for ... argument} = &{storage for float64(float32(0.1))}:
./float_consts.go:21:21:     from float64(float32(0.1)) (spill) at ./float_consts.go:21:21
./float_consts.go:21:21:     from ... argument (slice-literal-element) at ./float_consts.go:21:13
./float_consts.go:21:21:   flow: {heap} = {storage for ... argument}:
./float_consts.go:21:21:     from ... argument (spill) at ./float_consts.go:21:13
./float_consts.go:21:21:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:21:13
./float_consts.go:20:32: 0.1 + 0.2 escapes to heap:
./float_consts.go:20:32:   flow: {storage for ... argument} = &{storage for 0.1 + 0.2}:
./float_consts.go:20:32:     from 0.1 + 0.2 (spill) at ./float_consts.go:20:32
./float_consts.go:20:32:     from ... argument (slice-literal-element) at ./float_consts.go:20:13
./float_consts.go:20:32:   flow: {heap} = {storage for ... argument}:
./float_consts.go:20:32:     from ... argument (spill) at ./float_consts.go:20:13
./float_consts.go:20:32:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:20:13
./float_consts.go:20:25: a + b escapes to heap:
./float_consts.go:20:25:   flow: {storage for ... argument} = &{storage for a + b}:
./float_consts.go:20:25:     from a + b (spill) at ./float_consts.go:20:25
./float_consts.go:20:25:     from ... argument (slice-literal-element) at ./float_consts.go:20:13
./float_consts.go:20:25:   flow: {heap} = {storage for ... argument}:
./float_consts.go:20:25:     from ... argument (spill) at ./float_consts.go:20:13
./float_consts.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:20:13
./float_consts.go:20:18: a + b == c escapes to heap:
./float_consts.go:20:18:   flow: {storage for ... argument} = &{storage for a + b == c}:
./float_consts.go:20:18:     from a + b == c (spill) at ./float_consts.go:20:18
./float_consts.go:20:18:     from ... argument (slice-literal-element) at ./float_consts.go:20:13
./float_consts.go:20:18:   flow: {heap} = {storage for ... argument}:
./float_consts.go:20:18:     from ... argument (spill) at ./float_consts.go:20:13
./float_consts.go:20:18:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:20:13
./float_consts.go:18:56: huge escapes to heap:
./float_consts.go:18:56:   flow: {storage for ... argument} = &{storage for huge}:
./float_consts.go:18:56:     from huge (spill) at ./float_consts.go:18:56
./float_consts.go:18:56:     from ... argument (slice-literal-element) at ./float_consts.go:18:13
./float_consts.go:18:56:   flow: {heap} = {storage for ... argument}:
./float_consts.go:18:56:     from ... argument (spill) at ./float_consts.go:18:13
./float_consts.go:18:56:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:18:13
./float_consts.go:18:49: huge == 10 escapes to heap:
./float_consts.go:18:49:   flow: {storage for ... argument} = &{storage for huge == 10}:
./float_consts.go:18:49:     from huge == 10 (spill) at ./float_consts.go:18:49
./float_consts.go:18:49:     from ... argument (slice-literal-element) at ./float_consts.go:18:13
./float_consts.go:18:49:   flow: {heap} = {storage for ... argument}:
./float_consts.go:18:49:     from ... argument (spill) at ./float_consts.go:18:13
./float_consts.go:18:49:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:18:13
./float_consts.go:18:38: third * 3 == 1 escapes to heap:
./float_consts.go:18:38:   flow: {storage for ... argument} = &{storage for third * 3 == 1}:
./float_consts.go:18:38:     from third * 3 == 1 (spill) at ./float_consts.go:18:38
./float_consts.go:18:38:     from ... argument (slice-literal-element) at ./float_consts.go:18:13
./float_consts.go:18:38:   flow: {heap} = {storage for ... argument}:
./float_consts.go:18:38:     from ... argument (spill) at ./float_consts.go:18:13
./float_consts.go:18:38:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:18:13
./float_consts.go:18:22: 0.1 + 0.2 == 0.3 escapes to heap:
./float_consts.go:18:22:   flow: {storage for ... argument} = &{storage for 0.1 + 0.2 == 0.3}:
./float_consts.go:18:22:     from 0.1 + 0.2 == 0.3 (spill) at ./float_consts.go:18:22
./float_consts.go:18:22:     from ... argument (slice-literal-element) at ./float_consts.go:18:13
./float_consts.go:18:22:   flow: {heap} = {storage for ... argument}:
./float_consts.go:18:22:     from ... argument (spill) at ./float_consts.go:18:13
./float_consts.go:18:22:     from fmt.Println(... argument...) (call parameter) at ./float_consts.go:18:13
./float_consts.go:18:13: ... argument does not escape
./float_consts.go:18:22: 0.1 + 0.2 == 0.3 escapes to heap
./float_consts.go:18:38: third * 3 == 1 escapes to heap
./float_consts.go:18:49: huge == 10 escapes to heap
./float_consts.go:18:56: huge escapes to heap
./float_consts.go:20:13: ... argument does not escape
./float_consts.go:20:18: a + b == c escapes to heap
./float_consts.go:20:25: a + b escapes to heap
./float_consts.go:20:32: 0.1 + 0.2 escapes to heap
./float_consts.go:21:13: ... argument does not escape
./float_consts.go:21:21: float64(float32(0.1)) escapes to heap
./float_consts.go:21:44: float32(0.1) escapes to heap
./float_consts.go:21:58: float64(0.1) escapes to heap
./float_consts.go:22:13: ... argument does not escape
./float_consts.go:22:14: tiny escapes to heap
./float_consts.go:22:20: 5e-324 escapes to heap
./float_consts.go:22:51: 4.9406564584124654e-324 / 2 escapes to heap
./float_consts.go:22:55: 2.5e-324 escapes to heap
./float_consts.go:24:13: ... argument does not escape
./float_consts.go:24:13: x escapes to heap
./float_consts.go:24:18: 1 / x escapes to heap
./float_consts.go:25:13: ... argument does not escape
./float_consts.go:25:17: big >> 490 escapes to heap
./float_consts.go:25:27: big / (1 << 499) escapes to heap
./float_consts.go:25:41: big % 1000 escapes to heap
./float_consts.go:25:52: -big >> 499 escapes to heap
./float_consts.go:26:13: ... argument does not escape
./float_consts.go:26:20: uint64(maxU64) escapes to heap
./float_consts.go:26:36: maxU64 >> 1 escapes to heap
./float_consts.go:26:41: ^0 escapes to heap
./float_consts.go:26:45: ^uint8(1) escapes to heap
./float_consts.go:26:56: ^uint16(0) escapes to heap
./float_consts.go:27:13: ... argument does not escape
./float_consts.go:27:14: third escapes to heap
./float_consts.go:27:28: float32(third) escapes to heap
./float_consts.go:27:44: Celsius(third) escapes to heap
./float_consts.go:27:63: Celsius(1) / 3 escapes to heap
./float_consts.go:28:13: ... argument does not escape
./float_consts.go:28:14: 1e21 escapes to heap
./float_consts.go:28:20: 1e20 escapes to heap
./float_consts.go:28:26: 1e-7 escapes to heap
./float_consts.go:28:32: 0x1p-2 escapes to heap
./float_consts.go:28:40: 0x1.8p1 escapes to heap
./float_consts.go:28:49: 1_000.5 escapes to heap
./float_consts.go:28:58: 0.5e-1 escapes to heap
./float_consts.go:29:13: ... argument does not escape
./float_consts.go:29:21: 1 << 62 * 2 - 1 escapes to heap
./float_consts.go:29:26: 7 / 2 escapes to heap
./float_consts.go:29:32: -7 / 2 escapes to heap
./float_consts.go:29:37: 7 % -2 escapes to heap
./float_consts.go:29:44: -7 % 2 escapes to heap
./float_consts.go:29:51: 7.0 / 2 escapes to heap
./float_consts.go:29:56: 1 / 2.0 escapes to heap
./float_consts.go:31:13: ... argument does not escape
./float_consts.go:31:21: float32(f32max) escapes to heap
./float_consts.go:31:38: float64(f32max) escapes to heap
./float_consts.go:31:55: float32(1e-45) escapes to heap
./float_consts.go:31:71: float32(7e-46) escapes to heap
./float_consts.go:32:13: ... argument does not escape
./float_consts.go:32:22: 1e308 * 10 / 10 escapes to heap
./float_consts.go:32:33: 1e-320 * 1e10 escapes to heap
./float_consts.go:32:47: float64(1 << 53 + 1) escapes to heap
./float_consts.go:32:65: float32(1 << 24 + 1) escapes to heap
./float_consts.go:33:13: ... argument does not escape
./float_consts.go:33:17: 'a' * 2 escapes to heap
./float_consts.go:33:24: 'x' - 'a' escapes to heap
./float_consts.go:33:33: "s" + "t" escapes to heap
./float_consts.go:33:42: len("héllo") escapes to heap
./float_consts.go:33:60: 1.5 * 2 == 3 escapes to heap
./float_consts.go:37:13: ... argument does not escape
./float_consts.go:37:13: i8 escapes to heap
./float_consts.go:37:13: u8 escapes to heap
./float_consts.go:37:13: f escapes to heap
./float_consts.go:37:30: int64(1e18) escapes to heap
./float_consts.go:37:44: uint32(1 << 32 - 1) escapes to heap
./float_consts.go:37:60: int32(-1 << 31) escapes to heap
