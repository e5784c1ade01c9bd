./map_fmt.go:14:54: "S<" + string(s) + ">" escapes to heap:
./map_fmt.go:14:54:   flow: ~r0 = &{storage for "S<" + string(s) + ">"}:
./map_fmt.go:14:54:     from "S<" + string(s) + ">" (spill) at ./map_fmt.go:14:54
./map_fmt.go:14:54:     from return "S<" + string(s) + ">" (return) at ./map_fmt.go:14:30
./map_fmt.go:14:7: s does not escape
./map_fmt.go:14:54: "S<" + string(s) + ">" escapes to heap
./map_fmt.go:35:43: map[string]int{...} escapes to heap:
./map_fmt.go:35:43:   flow: {heap} = &{storage for map[string]int{...}}:
./map_fmt.go:35:43:     from map[string]int{...} (spill) at ./map_fmt.go:35:43
./map_fmt.go:35:43:     from map[string]map[string]int{...} (map literal value) at ./map_fmt.go:35:37
./map_fmt.go:37:28: []string{...} escapes to heap:
./map_fmt.go:37:28:   flow: {heap} = &{storage for []string{...}}:
./map_fmt.go:37:28:     from []string{...} (spill) at ./map_fmt.go:37:28
./map_fmt.go:37:28:     from map[int][]string{...} (map literal value) at ./map_fmt.go:37:24
./map_fmt.go:37:38: []string{...} escapes to heap:
./map_fmt.go:37:38:   flow: {heap} = &{storage for []string{...}}:
./map_fmt.go:37:38:     from []string{...} (spill) at ./map_fmt.go:37:38
./map_fmt.go:37:38:     from map[int][]string{...} (map literal value) at ./map_fmt.go:37:24
./map_fmt.go:39:37: 3 escapes to heap:
./map_fmt.go:39:37:   flow: {heap} = &{storage for 3}:
./map_fmt.go:39:37:     from 3 (spill) at ./map_fmt.go:39:37
./map_fmt.go:39:37:     from map[interface {}]int{...} (map literal key) at ./map_fmt.go:39:27
./map_fmt.go:39:43: 1 escapes to heap:
./map_fmt.go:39:43:   flow: {heap} = &{storage for 1}:
./map_fmt.go:39:43:     from 1 (spill) at ./map_fmt.go:39:43
./map_fmt.go:39:43:     from map[interface {}]int{...} (map literal key) at ./map_fmt.go:39:27
./map_fmt.go:48:26: map[complex128]int{...} escapes to heap:
./map_fmt.go:48:26:   flow: cm = &{storage for map[complex128]int{...}}:
./map_fmt.go:48:26:     from map[complex128]int{...} (spill) at ./map_fmt.go:48:26
./map_fmt.go:48:26:     from cm := map[complex128]int{...} (assign) at ./map_fmt.go:48:5
./map_fmt.go:48:26:   flow: {storage for ... argument} = cm:
./map_fmt.go:48:26:     from cm (interface-converted) at ./map_fmt.go:49:13
./map_fmt.go:48:26:     from ... argument (slice-literal-element) at ./map_fmt.go:49:13
./map_fmt.go:48:26:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:48:26:     from ... argument (spill) at ./map_fmt.go:49:13
./map_fmt.go:48:26:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:49:13
./map_fmt.go:46:21: map[uint8]int{...} escapes to heap:
./map_fmt.go:46:21:   flow: um = &{storage for map[uint8]int{...}}:
./map_fmt.go:46:21:     from map[uint8]int{...} (spill) at ./map_fmt.go:46:21
./map_fmt.go:46:21:     from um := map[uint8]int{...} (assign) at ./map_fmt.go:46:5
./map_fmt.go:46:21:   flow: {storage for ... argument} = um:
./map_fmt.go:46:21:     from um (interface-converted) at ./map_fmt.go:47:13
./map_fmt.go:46:21:     from ... argument (slice-literal-element) at ./map_fmt.go:47:13
./map_fmt.go:46:21:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:46:21:     from ... argument (spill) at ./map_fmt.go:47:13
./map_fmt.go:46:21:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:47:13
./map_fmt.go:45:20: len(s) escapes to heap:
./map_fmt.go:45:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./map_fmt.go:45:20:     from len(s) (spill) at ./map_fmt.go:45:20
./map_fmt.go:45:20:     from ... argument (slice-literal-element) at ./map_fmt.go:45:13
./map_fmt.go:45:20:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:45:20:     from ... argument (spill) at ./map_fmt.go:45:13
./map_fmt.go:45:20:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:45:13
./map_fmt.go:45:13: s escapes to heap:
./map_fmt.go:45:13:   flow: {storage for ... argument} = &{storage for s}:
./map_fmt.go:45:13:     from s (spill) at ./map_fmt.go:45:13
./map_fmt.go:45:13:     from ... argument (slice-literal-element) at ./map_fmt.go:45:13
./map_fmt.go:45:13:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:45:13:     from ... argument (spill) at ./map_fmt.go:45:13
./map_fmt.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:45:13
./map_fmt.go:44:32: map[int]string{...} escapes to heap:
./map_fmt.go:44:32:   flow: {storage for ... argument} = &{storage for map[int]string{...}}:
./map_fmt.go:44:32:     from map[int]string{...} (spill) at ./map_fmt.go:44:32
./map_fmt.go:44:32:     from map[int]string{...} (interface-converted) at ./map_fmt.go:44:32
./map_fmt.go:44:32:     from ... argument (slice-literal-element) at ./map_fmt.go:44:17
./map_fmt.go:44:32:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:44:32:     from ... argument (spill) at ./map_fmt.go:44:17
./map_fmt.go:44:32:     from fmt.Sprint(... argument...) (call parameter) at ./map_fmt.go:44:17
./map_fmt.go:17:2: m escapes to heap:
./map_fmt.go:17:2:   flow: {storage for ... argument} = &m:
./map_fmt.go:17:2:     from &m (address-of) at ./map_fmt.go:43:21
./map_fmt.go:17:2:     from &m (interface-converted) at ./map_fmt.go:43:21
./map_fmt.go:17:2:     from ... argument (slice-literal-element) at ./map_fmt.go:43:12
./map_fmt.go:17:2:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:17:2:     from ... argument (spill) at ./map_fmt.go:43:12
./map_fmt.go:17:2:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./map_fmt.go:43:12
./map_fmt.go:42:27: len(*p) escapes to heap:
./map_fmt.go:42:27:   flow: {storage for ... argument} = &{storage for len(*p)}:
./map_fmt.go:42:27:     from len(*p) (spill) at ./map_fmt.go:42:27
./map_fmt.go:42:27:     from ... argument (slice-literal-element) at ./map_fmt.go:42:13
./map_fmt.go:42:27:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:42:27:     from ... argument (spill) at ./map_fmt.go:42:13
./map_fmt.go:42:27:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:42:13
./map_fmt.go:42:16: p == nil escapes to heap:
./map_fmt.go:42:16:   flow: {storage for ... argument} = &{storage for p == nil}:
./map_fmt.go:42:16:     from p == nil (spill) at ./map_fmt.go:42:16
./map_fmt.go:42:16:     from ... argument (slice-literal-element) at ./map_fmt.go:42:13
./map_fmt.go:42:16:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:42:16:     from ... argument (spill) at ./map_fmt.go:42:13
./map_fmt.go:42:16:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:42:13
./map_fmt.go:39:27: map[interface {}]int{...} escapes to heap:
./map_fmt.go:39:27:   flow: im = &{storage for map[interface {}]int{...}}:
./map_fmt.go:39:27:     from map[interface {}]int{...} (spill) at ./map_fmt.go:39:27
./map_fmt.go:39:27:     from im := map[interface {}]int{...} (assign) at ./map_fmt.go:39:5
./map_fmt.go:39:27:   flow: {storage for ... argument} = im:
./map_fmt.go:39:27:     from im (interface-converted) at ./map_fmt.go:40:13
./map_fmt.go:39:27:     from ... argument (slice-literal-element) at ./map_fmt.go:40:13
./map_fmt.go:39:27:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:39:27:     from ... argument (spill) at ./map_fmt.go:40:13
./map_fmt.go:39:27:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:40:13
./map_fmt.go:37:24: map[int][]string{...} escapes to heap:
./map_fmt.go:37:24:   flow: ms = &{storage for map[int][]string{...}}:
./map_fmt.go:37:24:     from map[int][]string{...} (spill) at ./map_fmt.go:37:24
./map_fmt.go:37:24:     from ms := map[int][]string{...} (assign) at ./map_fmt.go:37:5
./map_fmt.go:37:24:   flow: {storage for ... argument} = ms:
./map_fmt.go:37:24:     from ms (interface-converted) at ./map_fmt.go:38:13
./map_fmt.go:37:24:     from ... argument (slice-literal-element) at ./map_fmt.go:38:12
./map_fmt.go:37:24:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:37:24:     from ... argument (spill) at ./map_fmt.go:38:12
./map_fmt.go:37:24:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./map_fmt.go:38:12
./map_fmt.go:35:37: map[string]map[string]int{...} escapes to heap:
./map_fmt.go:35:37:   flow: nested = &{storage for map[string]map[string]int{...}}:
./map_fmt.go:35:37:     from map[string]map[string]int{...} (spill) at ./map_fmt.go:35:37
./map_fmt.go:35:37:     from nested := map[string]map[string]int{...} (assign) at ./map_fmt.go:35:9
./map_fmt.go:35:37:   flow: {storage for ... argument} = nested:
./map_fmt.go:35:37:     from nested (interface-converted) at ./map_fmt.go:36:13
./map_fmt.go:35:37:     from ... argument (slice-literal-element) at ./map_fmt.go:36:13
./map_fmt.go:35:37:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:35:37:     from ... argument (spill) at ./map_fmt.go:36:13
./map_fmt.go:35:37:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:36:13
./map_fmt.go:33:17: map[S]int{...} escapes to heap:
./map_fmt.go:33:17:   flow: sm = &{storage for map[S]int{...}}:
./map_fmt.go:33:17:     from map[S]int{...} (spill) at ./map_fmt.go:33:17
./map_fmt.go:33:17:     from sm := map[S]int{...} (assign) at ./map_fmt.go:33:5
./map_fmt.go:33:17:   flow: {storage for ... argument} = sm:
./map_fmt.go:33:17:     from sm (interface-converted) at ./map_fmt.go:34:13
./map_fmt.go:33:17:     from ... argument (slice-literal-element) at ./map_fmt.go:34:13
./map_fmt.go:33:17:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:33:17:     from ... argument (spill) at ./map_fmt.go:34:13
./map_fmt.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:34:13
./map_fmt.go:31:25: map[[2]int]string{...} escapes to heap:
./map_fmt.go:31:25:   flow: am = &{storage for map[[2]int]string{...}}:
./map_fmt.go:31:25:     from map[[2]int]string{...} (spill) at ./map_fmt.go:31:25
./map_fmt.go:31:25:     from am := map[[2]int]string{...} (assign) at ./map_fmt.go:31:5
./map_fmt.go:31:25:   flow: {storage for ... argument} = am:
./map_fmt.go:31:25:     from am (interface-converted) at ./map_fmt.go:32:13
./map_fmt.go:31:25:     from ... argument (slice-literal-element) at ./map_fmt.go:32:13
./map_fmt.go:31:25:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:31:25:     from ... argument (spill) at ./map_fmt.go:32:13
./map_fmt.go:31:25:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:32:13
./map_fmt.go:29:20: map[bool]int{...} escapes to heap:
./map_fmt.go:29:20:   flow: bm = &{storage for map[bool]int{...}}:
./map_fmt.go:29:20:     from map[bool]int{...} (spill) at ./map_fmt.go:29:20
./map_fmt.go:29:20:     from bm := map[bool]int{...} (assign) at ./map_fmt.go:29:5
./map_fmt.go:29:20:   flow: {storage for ... argument} = bm:
./map_fmt.go:29:20:     from bm (interface-converted) at ./map_fmt.go:30:13
./map_fmt.go:29:20:     from ... argument (slice-literal-element) at ./map_fmt.go:30:13
./map_fmt.go:29:20:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:29:20:     from ... argument (spill) at ./map_fmt.go:30:13
./map_fmt.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:30:13
./map_fmt.go:26:18: map[P]bool{...} escapes to heap:
./map_fmt.go:26:18:   flow: pm = &{storage for map[P]bool{...}}:
./map_fmt.go:26:18:     from map[P]bool{...} (spill) at ./map_fmt.go:26:18
./map_fmt.go:26:18:     from pm := map[P]bool{...} (assign) at ./map_fmt.go:26:5
./map_fmt.go:26:18:   flow: {storage for ... argument} = pm:
./map_fmt.go:26:18:     from pm (interface-converted) at ./map_fmt.go:28:13
./map_fmt.go:26:18:     from ... argument (slice-literal-element) at ./map_fmt.go:28:12
./map_fmt.go:26:18:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:26:18:     from ... argument (spill) at ./map_fmt.go:28:12
./map_fmt.go:26:18:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./map_fmt.go:28:12
./map_fmt.go:24:26: map[float64]string{...} escapes to heap:
./map_fmt.go:24:26:   flow: fm = &{storage for map[float64]string{...}}:
./map_fmt.go:24:26:     from map[float64]string{...} (spill) at ./map_fmt.go:24:26
./map_fmt.go:24:26:     from fm := map[float64]string{...} (assign) at ./map_fmt.go:24:5
./map_fmt.go:24:26:   flow: {storage for ... argument} = fm:
./map_fmt.go:24:26:     from fm (interface-converted) at ./map_fmt.go:25:13
./map_fmt.go:24:26:     from ... argument (slice-literal-element) at ./map_fmt.go:25:13
./map_fmt.go:24:26:   flow: {heap} = {storage for ... argument}:
./map_fmt.go:24:26:     from ... argument (spill) at ./map_fmt.go:25:13
./map_fmt.go:24:26:     from fmt.Println(... argument...) (call parameter) at ./map_fmt.go:25:13
./map_fmt.go:17:21: map[string]int{...} escapes to heap:
./map_fmt.go:17:21:   flow: m = &{storage for map[string]int{...}}:
./map_fmt.go:17:21:     from map[string]int{...} (spill) at ./map_fmt.go:17:21
./map_fmt.go:17:21:     from m := map[string]int{...} (assign) at ./map_fmt.go:17:4
./map_fmt.go:17:2: moved to heap: m
./map_fmt.go:17:21: map[string]int{...} escapes to heap
./map_fmt.go:18:13: ... argument does not escape
./map_fmt.go:19:12: ... argument does not escape
./map_fmt.go:20:12: ... argument does not escape
./map_fmt.go:22:13: ... argument does not escape
./map_fmt.go:23:12: ... argument does not escape
./map_fmt.go:24:26: map[float64]string{...} escapes to heap
./map_fmt.go:25:13: ... argument does not escape
./map_fmt.go:26:18: map[P]bool{...} escapes to heap
./map_fmt.go:27:13: ... argument does not escape
./map_fmt.go:28:12: ... argument does not escape
./map_fmt.go:29:20: map[bool]int{...} escapes to heap
./map_fmt.go:30:13: ... argument does not escape
./map_fmt.go:31:25: map[[2]int]string{...} escapes to heap
./map_fmt.go:32:13: ... argument does not escape
./map_fmt.go:33:17: map[S]int{...} escapes to heap
./map_fmt.go:34:13: ... argument does not escape
./map_fmt.go:35:37: map[string]map[string]int{...} escapes to heap
./map_fmt.go:35:43: map[string]int{...} escapes to heap
./map_fmt.go:36:13: ... argument does not escape
./map_fmt.go:37:24: map[int][]string{...} escapes to heap
./map_fmt.go:37:28: []string{...} escapes to heap
./map_fmt.go:37:38: []string{...} escapes to heap
./map_fmt.go:38:12: ... argument does not escape
./map_fmt.go:39:27: map[interface {}]int{...} escapes to heap
./map_fmt.go:39:37: 3 escapes to heap
./map_fmt.go:39:43: 1 escapes to heap
./map_fmt.go:40:13: ... argument does not escape
./map_fmt.go:42:13: ... argument does not escape
./map_fmt.go:42:16: p == nil escapes to heap
./map_fmt.go:42:27: len(*p) escapes to heap
./map_fmt.go:43:12: ... argument does not escape
./map_fmt.go:44:17: ... argument does not escape
./map_fmt.go:44:32: map[int]string{...} escapes to heap
./map_fmt.go:45:13: ... argument does not escape
./map_fmt.go:45:13: s escapes to heap
./map_fmt.go:45:20: len(s) escapes to heap
./map_fmt.go:46:21: map[uint8]int{...} escapes to heap
./map_fmt.go:47:13: ... argument does not escape
./map_fmt.go:48:26: map[complex128]int{...} escapes to heap
./map_fmt.go:49:13: ... argument does not escape
