./map_keys.go:24:7: b does not escape
./map_keys.go:65:2: x escapes to heap:
./map_keys.go:65:2:   flow: {heap} = &x:
./map_keys.go:65:2:     from &x (address-of) at ./map_keys.go:66:23
./map_keys.go:65:2:     from map[*int]string{...} (map literal key) at ./map_keys.go:66:22
./map_keys.go:65:5: y escapes to heap:
./map_keys.go:65:5:   flow: {heap} = &y:
./map_keys.go:65:5:     from &y (address-of) at ./map_keys.go:66:32
./map_keys.go:65:5:     from map[*int]string{...} (map literal key) at ./map_keys.go:66:22
./map_keys.go:82:2: 1 escapes to heap:
./map_keys.go:82:2:   flow: {heap} = &{storage for 1}:
./map_keys.go:82:2:     from 1 (spill) at ./map_keys.go:82:2
./map_keys.go:82:2:     from e[1] (key of map put) at ./map_keys.go:82:3
./map_keys.go:83:2: int64(1) escapes to heap:
./map_keys.go:83:2:   flow: {heap} = &{storage for int64(1)}:
./map_keys.go:83:2:     from int64(1) (spill) at ./map_keys.go:83:2
./map_keys.go:83:2:     from e[int64(1)] (key of map put) at ./map_keys.go:83:3
./map_keys.go:84:2: "1" escapes to heap:
./map_keys.go:84:2:   flow: {heap} = &{storage for "1"}:
./map_keys.go:84:2:     from "1" (spill) at ./map_keys.go:84:2
./map_keys.go:84:2:     from e["1"] (key of map put) at ./map_keys.go:84:3
./map_keys.go:86:10: [2]int{...} escapes to heap:
./map_keys.go:86:10:   flow: {heap} = &{storage for [2]int{...}}:
./map_keys.go:86:10:     from [2]int{...} (spill) at ./map_keys.go:86:10
./map_keys.go:86:10:     from e[[2]int{...}] (key of map put) at ./map_keys.go:86:3
./map_keys.go:87:6: Pt{...} escapes to heap:
./map_keys.go:87:6:   flow: {heap} = &{storage for Pt{...}}:
./map_keys.go:87:6:     from Pt{...} (spill) at ./map_keys.go:87:6
./map_keys.go:87:6:     from e[Pt{...}] (key of map put) at ./map_keys.go:87:3
./map_keys.go:89:39: A(3) escapes to heap:
./map_keys.go:89:39:   flow: {heap} = &{storage for A(3)}:
./map_keys.go:89:39:     from A(3) (spill) at ./map_keys.go:89:39
./map_keys.go:89:39:     from map[Key]int{...} (map literal key) at ./map_keys.go:89:34
./map_keys.go:89:52: B{...} escapes to heap:
./map_keys.go:89:52:   flow: {heap} = &{storage for B{...}}:
./map_keys.go:89:52:     from B{...} (spill) at ./map_keys.go:89:52
./map_keys.go:89:52:     from map[Key]int{...} (map literal key) at ./map_keys.go:89:34
./map_keys.go:90:2: A(3) escapes to heap:
./map_keys.go:90:2:   flow: {heap} = &{storage for A(3)}:
./map_keys.go:90:2:     from A(3) (spill) at ./map_keys.go:90:2
./map_keys.go:90:2:     from ik[A(3)] (key of map put) at ./map_keys.go:90:4
./map_keys.go:93:36: "str" escapes to heap:
./map_keys.go:93:36:   flow: {heap} = &{storage for "str"}:
./map_keys.go:93:36:     from "str" (spill) at ./map_keys.go:93:36
./map_keys.go:93:36:     from map[string]interface {}{...} (map literal value) at ./map_keys.go:93:32
./map_keys.go:94:2: 1 escapes to heap:
./map_keys.go:94:2:   flow: {heap} = &{storage for 1}:
./map_keys.go:94:2:     from 1 (spill) at ./map_keys.go:94:2
./map_keys.go:94:2:     from vals["a"] = 1 (assign) at ./map_keys.go:94:12
./map_keys.go:95:2: Pt{...} escapes to heap:
./map_keys.go:95:2:   flow: {heap} = &{storage for Pt{...}}:
./map_keys.go:95:2:     from Pt{...} (spill) at ./map_keys.go:95:2
./map_keys.go:95:2:     from vals["b"] = Pt{...} (assign) at ./map_keys.go:95:12
./map_keys.go:103:25: st["key3"] escapes to heap:
./map_keys.go:103:25:   flow: {storage for ... argument} = &{storage for st["key3"]}:
./map_keys.go:103:25:     from st["key3"] (spill) at ./map_keys.go:103:25
./map_keys.go:103:25:     from ... argument (slice-literal-element) at ./map_keys.go:103:13
./map_keys.go:103:25:   flow: {heap} = {storage for ... argument}:
./map_keys.go:103:25:     from ... argument (spill) at ./map_keys.go:103:13
./map_keys.go:103:25:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:103:13
./map_keys.go:103:17: len(st) escapes to heap:
./map_keys.go:103:17:   flow: {storage for ... argument} = &{storage for len(st)}:
./map_keys.go:103:17:     from len(st) (spill) at ./map_keys.go:103:17
./map_keys.go:103:17:     from ... argument (slice-literal-element) at ./map_keys.go:103:13
./map_keys.go:103:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:103:17:     from ... argument (spill) at ./map_keys.go:103:13
./map_keys.go:103:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:103:13
./map_keys.go:101:25: i % 10 escapes to heap:
./map_keys.go:101:25:   flow: {storage for ... argument} = &{storage for i % 10}:
./map_keys.go:101:25:     from i % 10 (spill) at ./map_keys.go:101:25
./map_keys.go:101:25:     from ... argument (slice-literal-element) at ./map_keys.go:101:16
./map_keys.go:101:25:   flow: {heap} = {storage for ... argument}:
./map_keys.go:101:25:     from ... argument (spill) at ./map_keys.go:101:16
./map_keys.go:101:25:     from fmt.Sprint(... argument...) (call parameter) at ./map_keys.go:101:16
./map_keys.go:101:17: "key" escapes to heap:
./map_keys.go:101:17:   flow: {storage for ... argument} = &{storage for "key"}:
./map_keys.go:101:17:     from "key" (spill) at ./map_keys.go:101:17
./map_keys.go:101:17:     from ... argument (slice-literal-element) at ./map_keys.go:101:16
./map_keys.go:101:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:101:17:     from ... argument (spill) at ./map_keys.go:101:16
./map_keys.go:101:17:     from fmt.Sprint(... argument...) (call parameter) at ./map_keys.go:101:16
./map_keys.go:96:17: len(vals) escapes to heap:
./map_keys.go:96:17:   flow: {storage for ... argument} = &{storage for len(vals)}:
./map_keys.go:96:17:     from len(vals) (spill) at ./map_keys.go:96:17
./map_keys.go:96:17:     from ... argument (slice-literal-element) at ./map_keys.go:96:13
./map_keys.go:96:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:96:17:     from ... argument (spill) at ./map_keys.go:96:13
./map_keys.go:96:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:96:13
./map_keys.go:91:54: len(ik) escapes to heap:
./map_keys.go:91:54:   flow: {storage for ... argument} = &{storage for len(ik)}:
./map_keys.go:91:54:     from len(ik) (spill) at ./map_keys.go:91:54
./map_keys.go:91:54:     from ... argument (slice-literal-element) at ./map_keys.go:91:13
./map_keys.go:91:54:   flow: {heap} = {storage for ... argument}:
./map_keys.go:91:54:     from ... argument (spill) at ./map_keys.go:91:13
./map_keys.go:91:54:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:91:13
./map_keys.go:91:40: ik[B{...}] escapes to heap:
./map_keys.go:91:40:   flow: {storage for ... argument} = &{storage for ik[B{...}]}:
./map_keys.go:91:40:     from ik[B{...}] (spill) at ./map_keys.go:91:40
./map_keys.go:91:40:     from ... argument (slice-literal-element) at ./map_keys.go:91:13
./map_keys.go:91:40:   flow: {heap} = {storage for ... argument}:
./map_keys.go:91:40:     from ... argument (spill) at ./map_keys.go:91:13
./map_keys.go:91:40:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:91:13
./map_keys.go:91:26: ik[B{...}] escapes to heap:
./map_keys.go:91:26:   flow: {storage for ... argument} = &{storage for ik[B{...}]}:
./map_keys.go:91:26:     from ik[B{...}] (spill) at ./map_keys.go:91:26
./map_keys.go:91:26:     from ... argument (slice-literal-element) at ./map_keys.go:91:13
./map_keys.go:91:26:   flow: {heap} = {storage for ... argument}:
./map_keys.go:91:26:     from ... argument (spill) at ./map_keys.go:91:13
./map_keys.go:91:26:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:91:13
./map_keys.go:91:16: ik[A(3)] escapes to heap:
./map_keys.go:91:16:   flow: {storage for ... argument} = &{storage for ik[A(3)]}:
./map_keys.go:91:16:     from ik[A(3)] (spill) at ./map_keys.go:91:16
./map_keys.go:91:16:     from ... argument (slice-literal-element) at ./map_keys.go:91:13
./map_keys.go:91:16:   flow: {heap} = {storage for ... argument}:
./map_keys.go:91:16:     from ... argument (spill) at ./map_keys.go:91:13
./map_keys.go:91:16:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:91:13
./map_keys.go:88:75: e[Pt{...}] escapes to heap:
./map_keys.go:88:75:   flow: {storage for ... argument} = &{storage for e[Pt{...}]}:
./map_keys.go:88:75:     from e[Pt{...}] (spill) at ./map_keys.go:88:75
./map_keys.go:88:75:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:75:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:75:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:75:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:88:58: e[[2]int{...}] escapes to heap:
./map_keys.go:88:58:   flow: {storage for ... argument} = &{storage for e[[2]int{...}]}:
./map_keys.go:88:58:     from e[[2]int{...}] (spill) at ./map_keys.go:88:58
./map_keys.go:88:58:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:58:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:58:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:58:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:88:50: e[nil] escapes to heap:
./map_keys.go:88:50:   flow: {storage for ... argument} = &{storage for e[nil]}:
./map_keys.go:88:50:     from e[nil] (spill) at ./map_keys.go:88:50
./map_keys.go:88:50:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:50:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:50:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:50:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:88:42: e["1"] escapes to heap:
./map_keys.go:88:42:   flow: {storage for ... argument} = &{storage for e["1"]}:
./map_keys.go:88:42:     from e["1"] (spill) at ./map_keys.go:88:42
./map_keys.go:88:42:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:42:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:42:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:42:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:88:29: e[int64(1)] escapes to heap:
./map_keys.go:88:29:   flow: {storage for ... argument} = &{storage for e[int64(1)]}:
./map_keys.go:88:29:     from e[int64(1)] (spill) at ./map_keys.go:88:29
./map_keys.go:88:29:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:29:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:29:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:29:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:88:23: e[1] escapes to heap:
./map_keys.go:88:23:   flow: {storage for ... argument} = &{storage for e[1]}:
./map_keys.go:88:23:     from e[1] (spill) at ./map_keys.go:88:23
./map_keys.go:88:23:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:23:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:23:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:23:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:88:17: len(e) escapes to heap:
./map_keys.go:88:17:   flow: {storage for ... argument} = &{storage for len(e)}:
./map_keys.go:88:17:     from len(e) (spill) at ./map_keys.go:88:17
./map_keys.go:88:17:     from ... argument (slice-literal-element) at ./map_keys.go:88:13
./map_keys.go:88:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:88:17:     from ... argument (spill) at ./map_keys.go:88:13
./map_keys.go:88:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:88:13
./map_keys.go:78:15: s[k] escapes to heap:
./map_keys.go:78:15:   flow: {storage for ... argument} = &{storage for s[k]}:
./map_keys.go:78:15:     from s[k] (spill) at ./map_keys.go:78:15
./map_keys.go:78:15:     from ... argument (slice-literal-element) at ./map_keys.go:78:13
./map_keys.go:78:15:   flow: {heap} = {storage for ... argument}:
./map_keys.go:78:15:     from ... argument (spill) at ./map_keys.go:78:13
./map_keys.go:78:15:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:78:13
./map_keys.go:76:23: len(s) escapes to heap:
./map_keys.go:76:23:   flow: {storage for ... argument} = &{storage for len(s)}:
./map_keys.go:76:23:     from len(s) (spill) at ./map_keys.go:76:23
./map_keys.go:76:23:     from ... argument (slice-literal-element) at ./map_keys.go:76:13
./map_keys.go:76:23:   flow: {heap} = {storage for ... argument}:
./map_keys.go:76:23:     from ... argument (spill) at ./map_keys.go:76:13
./map_keys.go:76:23:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:76:13
./map_keys.go:76:15: s[k] escapes to heap:
./map_keys.go:76:15:   flow: {storage for ... argument} = &{storage for s[k]}:
./map_keys.go:76:15:     from s[k] (spill) at ./map_keys.go:76:15
./map_keys.go:76:15:     from ... argument (slice-literal-element) at ./map_keys.go:76:13
./map_keys.go:76:15:   flow: {heap} = {storage for ... argument}:
./map_keys.go:76:15:     from ... argument (spill) at ./map_keys.go:76:13
./map_keys.go:76:15:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:76:13
./map_keys.go:72:44: a[[3]string{...}] escapes to heap:
./map_keys.go:72:44:   flow: {storage for ... argument} = &{storage for a[[3]string{...}]}:
./map_keys.go:72:44:     from a[[3]string{...}] (spill) at ./map_keys.go:72:44
./map_keys.go:72:44:     from ... argument (slice-literal-element) at ./map_keys.go:72:13
./map_keys.go:72:44:   flow: {heap} = {storage for ... argument}:
./map_keys.go:72:44:     from ... argument (spill) at ./map_keys.go:72:13
./map_keys.go:72:44:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:72:13
./map_keys.go:72:15: a[[3]string{...}] escapes to heap:
./map_keys.go:72:15:   flow: {storage for ... argument} = &{storage for a[[3]string{...}]}:
./map_keys.go:72:15:     from a[[3]string{...}] (spill) at ./map_keys.go:72:15
./map_keys.go:72:15:     from ... argument (slice-literal-element) at ./map_keys.go:72:13
./map_keys.go:72:15:   flow: {heap} = {storage for ... argument}:
./map_keys.go:72:15:     from ... argument (spill) at ./map_keys.go:72:13
./map_keys.go:72:15:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:72:13
./map_keys.go:67:31: len(p) escapes to heap:
./map_keys.go:67:31:   flow: {storage for ... argument} = &{storage for len(p)}:
./map_keys.go:67:31:     from len(p) (spill) at ./map_keys.go:67:31
./map_keys.go:67:31:     from ... argument (slice-literal-element) at ./map_keys.go:67:13
./map_keys.go:67:31:   flow: {heap} = {storage for ... argument}:
./map_keys.go:67:31:     from ... argument (spill) at ./map_keys.go:67:13
./map_keys.go:67:31:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:67:13
./map_keys.go:67:22: p[&y] escapes to heap:
./map_keys.go:67:22:   flow: {storage for ... argument} = &{storage for p[&y]}:
./map_keys.go:67:22:     from p[&y] (spill) at ./map_keys.go:67:22
./map_keys.go:67:22:     from ... argument (slice-literal-element) at ./map_keys.go:67:13
./map_keys.go:67:22:   flow: {heap} = {storage for ... argument}:
./map_keys.go:67:22:     from ... argument (spill) at ./map_keys.go:67:13
./map_keys.go:67:22:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:67:13
./map_keys.go:67:15: p[&x] escapes to heap:
./map_keys.go:67:15:   flow: {storage for ... argument} = &{storage for p[&x]}:
./map_keys.go:67:15:     from p[&x] (spill) at ./map_keys.go:67:15
./map_keys.go:67:15:     from ... argument (slice-literal-element) at ./map_keys.go:67:13
./map_keys.go:67:15:   flow: {heap} = {storage for ... argument}:
./map_keys.go:67:15:     from ... argument (spill) at ./map_keys.go:67:13
./map_keys.go:67:15:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:67:13
./map_keys.go:62:17: f32[1.5] escapes to heap:
./map_keys.go:62:17:   flow: {storage for ... argument} = &{storage for f32[1.5]}:
./map_keys.go:62:17:     from f32[1.5] (spill) at ./map_keys.go:62:17
./map_keys.go:62:17:     from ... argument (slice-literal-element) at ./map_keys.go:62:13
./map_keys.go:62:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:62:17:     from ... argument (spill) at ./map_keys.go:62:13
./map_keys.go:62:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:62:13
./map_keys.go:59:26: len(c) escapes to heap:
./map_keys.go:59:26:   flow: {storage for ... argument} = &{storage for len(c)}:
./map_keys.go:59:26:     from len(c) (spill) at ./map_keys.go:59:26
./map_keys.go:59:26:     from ... argument (slice-literal-element) at ./map_keys.go:59:13
./map_keys.go:59:26:   flow: {heap} = {storage for ... argument}:
./map_keys.go:59:26:     from ... argument (spill) at ./map_keys.go:59:13
./map_keys.go:59:26:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:59:13
./map_keys.go:59:15: c[1 + 2i] escapes to heap:
./map_keys.go:59:15:   flow: {storage for ... argument} = &{storage for c[1 + 2i]}:
./map_keys.go:59:15:     from c[1 + 2i] (spill) at ./map_keys.go:59:15
./map_keys.go:59:15:     from ... argument (slice-literal-element) at ./map_keys.go:59:13
./map_keys.go:59:15:   flow: {heap} = {storage for ... argument}:
./map_keys.go:59:15:     from ... argument (spill) at ./map_keys.go:59:13
./map_keys.go:59:15:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:59:13
./map_keys.go:56:29: u16[0] escapes to heap:
./map_keys.go:56:29:   flow: {storage for ... argument} = &{storage for u16[0]}:
./map_keys.go:56:29:     from u16[0] (spill) at ./map_keys.go:56:29
./map_keys.go:56:29:     from ... argument (slice-literal-element) at ./map_keys.go:56:13
./map_keys.go:56:29:   flow: {heap} = {storage for ... argument}:
./map_keys.go:56:29:     from ... argument (spill) at ./map_keys.go:56:13
./map_keys.go:56:29:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:56:13
./map_keys.go:56:17: u16[65535] escapes to heap:
./map_keys.go:56:17:   flow: {storage for ... argument} = &{storage for u16[65535]}:
./map_keys.go:56:17:     from u16[65535] (spill) at ./map_keys.go:56:17
./map_keys.go:56:17:     from ... argument (slice-literal-element) at ./map_keys.go:56:13
./map_keys.go:56:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:56:17:     from ... argument (spill) at ./map_keys.go:56:13
./map_keys.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:56:13
./map_keys.go:54:35: i8[0] escapes to heap:
./map_keys.go:54:35:   flow: {storage for ... argument} = &{storage for i8[0]}:
./map_keys.go:54:35:     from i8[0] (spill) at ./map_keys.go:54:35
./map_keys.go:54:35:     from ... argument (slice-literal-element) at ./map_keys.go:54:13
./map_keys.go:54:35:   flow: {heap} = {storage for ... argument}:
./map_keys.go:54:35:     from ... argument (spill) at ./map_keys.go:54:13
./map_keys.go:54:35:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:54:13
./map_keys.go:54:26: i8[127] escapes to heap:
./map_keys.go:54:26:   flow: {storage for ... argument} = &{storage for i8[127]}:
./map_keys.go:54:26:     from i8[127] (spill) at ./map_keys.go:54:26
./map_keys.go:54:26:     from ... argument (slice-literal-element) at ./map_keys.go:54:13
./map_keys.go:54:26:   flow: {heap} = {storage for ... argument}:
./map_keys.go:54:26:     from ... argument (spill) at ./map_keys.go:54:13
./map_keys.go:54:26:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:54:13
./map_keys.go:54:16: i8[-128] escapes to heap:
./map_keys.go:54:16:   flow: {storage for ... argument} = &{storage for i8[-128]}:
./map_keys.go:54:16:     from i8[-128] (spill) at ./map_keys.go:54:16
./map_keys.go:54:16:     from ... argument (slice-literal-element) at ./map_keys.go:54:13
./map_keys.go:54:16:   flow: {heap} = {storage for ... argument}:
./map_keys.go:54:16:     from ... argument (spill) at ./map_keys.go:54:13
./map_keys.go:54:16:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:54:13
./map_keys.go:51:36: len(b) escapes to heap:
./map_keys.go:51:36:   flow: {storage for ... argument} = &{storage for len(b)}:
./map_keys.go:51:36:     from len(b) (spill) at ./map_keys.go:51:36
./map_keys.go:51:36:     from ... argument (slice-literal-element) at ./map_keys.go:51:13
./map_keys.go:51:36:   flow: {heap} = {storage for ... argument}:
./map_keys.go:51:36:     from ... argument (spill) at ./map_keys.go:51:13
./map_keys.go:51:36:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:51:13
./map_keys.go:51:24: b[false] escapes to heap:
./map_keys.go:51:24:   flow: {storage for ... argument} = &{storage for b[false]}:
./map_keys.go:51:24:     from b[false] (spill) at ./map_keys.go:51:24
./map_keys.go:51:24:     from ... argument (slice-literal-element) at ./map_keys.go:51:13
./map_keys.go:51:24:   flow: {heap} = {storage for ... argument}:
./map_keys.go:51:24:     from ... argument (spill) at ./map_keys.go:51:13
./map_keys.go:51:24:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:51:13
./map_keys.go:51:15: b[true] escapes to heap:
./map_keys.go:51:15:   flow: {storage for ... argument} = &{storage for b[true]}:
./map_keys.go:51:15:     from b[true] (spill) at ./map_keys.go:51:15
./map_keys.go:51:15:     from ... argument (slice-literal-element) at ./map_keys.go:51:13
./map_keys.go:51:15:   flow: {heap} = {storage for ... argument}:
./map_keys.go:51:15:     from ... argument (spill) at ./map_keys.go:51:13
./map_keys.go:51:15:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:51:13
./map_keys.go:46:14: n escapes to heap:
./map_keys.go:46:14:   flow: {storage for ... argument} = &{storage for n}:
./map_keys.go:46:14:     from n (spill) at ./map_keys.go:46:14
./map_keys.go:46:14:     from ... argument (slice-literal-element) at ./map_keys.go:46:13
./map_keys.go:46:14:   flow: {heap} = {storage for ... argument}:
./map_keys.go:46:14:     from ... argument (spill) at ./map_keys.go:46:13
./map_keys.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:46:13
./map_keys.go:46:14: "nan values sum" escapes to heap:
./map_keys.go:46:14:   flow: {storage for ... argument} = &{storage for "nan values sum"}:
./map_keys.go:46:14:     from "nan values sum" (spill) at ./map_keys.go:46:14
./map_keys.go:46:14:     from ... argument (slice-literal-element) at ./map_keys.go:46:13
./map_keys.go:46:14:   flow: {heap} = {storage for ... argument}:
./map_keys.go:46:14:     from ... argument (spill) at ./map_keys.go:46:13
./map_keys.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:46:13
./map_keys.go:39:17: len(f) escapes to heap:
./map_keys.go:39:17:   flow: {storage for ... argument} = &{storage for len(f)}:
./map_keys.go:39:17:     from len(f) (spill) at ./map_keys.go:39:17
./map_keys.go:39:17:     from ... argument (slice-literal-element) at ./map_keys.go:39:13
./map_keys.go:39:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:39:17:     from ... argument (spill) at ./map_keys.go:39:13
./map_keys.go:39:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:39:13
./map_keys.go:37:17: ok escapes to heap:
./map_keys.go:37:17:   flow: {storage for ... argument} = &{storage for ok}:
./map_keys.go:37:17:     from ok (spill) at ./map_keys.go:37:17
./map_keys.go:37:17:     from ... argument (slice-literal-element) at ./map_keys.go:37:13
./map_keys.go:37:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:37:17:     from ... argument (spill) at ./map_keys.go:37:13
./map_keys.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:37:13
./map_keys.go:37:17: len(f) escapes to heap:
./map_keys.go:37:17:   flow: {storage for ... argument} = &{storage for len(f)}:
./map_keys.go:37:17:     from len(f) (spill) at ./map_keys.go:37:17
./map_keys.go:37:17:     from ... argument (slice-literal-element) at ./map_keys.go:37:13
./map_keys.go:37:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:37:17:     from ... argument (spill) at ./map_keys.go:37:13
./map_keys.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:37:13
./map_keys.go:32:29: f[negz] escapes to heap:
./map_keys.go:32:29:   flow: {storage for ... argument} = &{storage for f[negz]}:
./map_keys.go:32:29:     from f[negz] (spill) at ./map_keys.go:32:29
./map_keys.go:32:29:     from ... argument (slice-literal-element) at ./map_keys.go:32:13
./map_keys.go:32:29:   flow: {heap} = {storage for ... argument}:
./map_keys.go:32:29:     from ... argument (spill) at ./map_keys.go:32:13
./map_keys.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:32:13
./map_keys.go:32:23: f[0] escapes to heap:
./map_keys.go:32:23:   flow: {storage for ... argument} = &{storage for f[0]}:
./map_keys.go:32:23:     from f[0] (spill) at ./map_keys.go:32:23
./map_keys.go:32:23:     from ... argument (slice-literal-element) at ./map_keys.go:32:13
./map_keys.go:32:23:   flow: {heap} = {storage for ... argument}:
./map_keys.go:32:23:     from ... argument (spill) at ./map_keys.go:32:13
./map_keys.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:32:13
./map_keys.go:32:17: len(f) escapes to heap:
./map_keys.go:32:17:   flow: {storage for ... argument} = &{storage for len(f)}:
./map_keys.go:32:17:     from len(f) (spill) at ./map_keys.go:32:17
./map_keys.go:32:17:     from ... argument (slice-literal-element) at ./map_keys.go:32:13
./map_keys.go:32:17:   flow: {heap} = {storage for ... argument}:
./map_keys.go:32:17:     from ... argument (spill) at ./map_keys.go:32:13
./map_keys.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./map_keys.go:32:13
./map_keys.go:65:2: moved to heap: x
./map_keys.go:65:5: moved to heap: y
./map_keys.go:28:22: map[float64]int{} does not escape
./map_keys.go:32:13: ... argument does not escape
./map_keys.go:32:17: len(f) escapes to heap
./map_keys.go:32:23: f[0] escapes to heap
./map_keys.go:32:29: f[negz] escapes to heap
./map_keys.go:37:13: ... argument does not escape
./map_keys.go:37:17: len(f) escapes to heap
./map_keys.go:37:17: ok escapes to heap
./map_keys.go:39:13: ... argument does not escape
./map_keys.go:39:17: len(f) escapes to heap
./map_keys.go:46:13: ... argument does not escape
./map_keys.go:46:14: "nan values sum" escapes to heap
./map_keys.go:46:14: n escapes to heap
./map_keys.go:49:22: map[bool]string{...} does not escape
./map_keys.go:51:13: ... argument does not escape
./map_keys.go:51:15: b[true] escapes to heap
./map_keys.go:51:24: b[false] escapes to heap
./map_keys.go:51:36: len(b) escapes to heap
./map_keys.go:52:20: map[int8]int{...} does not escape
./map_keys.go:54:13: ... argument does not escape
./map_keys.go:54:16: i8[-128] escapes to heap
./map_keys.go:54:26: i8[127] escapes to heap
./map_keys.go:54:35: i8[0] escapes to heap
./map_keys.go:55:23: map[uint16]int{...} does not escape
./map_keys.go:56:13: ... argument does not escape
./map_keys.go:56:17: u16[65535] escapes to heap
./map_keys.go:56:29: u16[0] escapes to heap
./map_keys.go:57:25: map[complex128]int{...} does not escape
./map_keys.go:59:13: ... argument does not escape
./map_keys.go:59:15: c[1 + 2i] escapes to heap
./map_keys.go:59:26: len(c) escapes to heap
./map_keys.go:60:24: map[float32]int{...} does not escape
./map_keys.go:62:13: ... argument does not escape
./map_keys.go:62:17: f32[1.5] escapes to heap
./map_keys.go:66:22: map[*int]string{...} does not escape
./map_keys.go:67:13: ... argument does not escape
./map_keys.go:67:15: p[&x] escapes to heap
./map_keys.go:67:22: p[&y] escapes to heap
./map_keys.go:67:31: len(p) escapes to heap
./map_keys.go:70:24: map[[3]string]int{...} does not escape
./map_keys.go:72:13: ... argument does not escape
./map_keys.go:72:15: a[[3]string{...}] escapes to heap
./map_keys.go:72:44: a[[3]string{...}] escapes to heap
./map_keys.go:73:17: map[Pt]int{} does not escape
./map_keys.go:76:13: ... argument does not escape
./map_keys.go:76:15: s[k] escapes to heap
./map_keys.go:76:23: len(s) escapes to heap
./map_keys.go:78:13: ... argument does not escape
./map_keys.go:78:15: s[k] escapes to heap
./map_keys.go:81:29: map[interface {}]string{} does not escape
./map_keys.go:82:2: 1 escapes to heap
./map_keys.go:83:2: int64(1) escapes to heap
./map_keys.go:84:2: "1" escapes to heap
./map_keys.go:86:10: [2]int{...} escapes to heap
./map_keys.go:87:6: Pt{...} escapes to heap
./map_keys.go:88:13: ... argument does not escape
./map_keys.go:88:17: len(e) escapes to heap
./map_keys.go:88:23: e[1] escapes to heap
./map_keys.go:88:22: 1 does not escape
./map_keys.go:88:29: e[int64(1)] escapes to heap
./map_keys.go:88:28: int64(1) does not escape
./map_keys.go:88:42: e["1"] escapes to heap
./map_keys.go:88:41: "1" does not escape
./map_keys.go:88:50: e[nil] escapes to heap
./map_keys.go:88:58: e[[2]int{...}] escapes to heap
./map_keys.go:88:65: [2]int{...} does not escape
./map_keys.go:88:75: e[Pt{...}] escapes to heap
./map_keys.go:88:78: Pt{...} does not escape
./map_keys.go:89:34: map[Key]int{...} does not escape
./map_keys.go:89:39: A(3) escapes to heap
./map_keys.go:89:52: B{...} escapes to heap
./map_keys.go:90:2: A(3) escapes to heap
./map_keys.go:91:13: ... argument does not escape
./map_keys.go:91:16: ik[A(3)] escapes to heap
./map_keys.go:91:14: A(3) does not escape
./map_keys.go:91:26: ik[B{...}] escapes to heap
./map_keys.go:91:28: B{...} does not escape
./map_keys.go:91:40: ik[B{...}] escapes to heap
./map_keys.go:91:42: B{...} does not escape
./map_keys.go:91:54: len(ik) escapes to heap
./map_keys.go:93:32: map[string]interface {}{...} does not escape
./map_keys.go:93:36: "str" escapes to heap
./map_keys.go:94:2: 1 escapes to heap
./map_keys.go:95:2: Pt{...} escapes to heap
./map_keys.go:96:13: ... argument does not escape
./map_keys.go:96:17: len(vals) escapes to heap
./map_keys.go:99:22: map[string]int{} does not escape
./map_keys.go:101:16: ... argument does not escape
./map_keys.go:101:17: "key" escapes to heap
./map_keys.go:101:25: i % 10 escapes to heap
./map_keys.go:103:13: ... argument does not escape
./map_keys.go:103:17: len(st) escapes to heap
./map_keys.go:103:25: st["key3"] escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.K() (call parameter) at <autogenerated>:1
