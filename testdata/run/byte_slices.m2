./byte_slices.go:5:12: b does not escape
./byte_slices.go:13:11: parameter parts leaks to ~r0 with derefs=1:
./byte_slices.go:13:11:   flow: {temp} = parts:
./byte_slices.go:13:11:   flow: p = *{temp}:
./byte_slices.go:13:11:     from for loop (range-deref) at ./byte_slices.go:15:14
./byte_slices.go:13:11:   flow: out = p:
./byte_slices.go:13:11:     from out += p (assign) at ./byte_slices.go:19:7
./byte_slices.go:13:11:   flow: ~r0 = out:
./byte_slices.go:13:11:     from return out (return) at ./byte_slices.go:21:2
./byte_slices.go:13:27: parameter sep leaks to ~r0 with derefs=0:
./byte_slices.go:13:27:   flow: out = sep:
./byte_slices.go:13:27:     from out += sep (assign) at ./byte_slices.go:17:8
./byte_slices.go:13:27:   flow: ~r0 = out:
./byte_slices.go:13:27:     from return out (return) at ./byte_slices.go:21:2
./byte_slices.go:13:11: leaking param: parts to result ~r0 level=1
./byte_slices.go:13:27: leaking param: sep to result ~r0 level=0
./byte_slices.go:24:12: parameter s leaks to {heap} with derefs=0:
./byte_slices.go:24:12:   flow: {heap} = s:
./byte_slices.go:24:12:     from s[start:i] (slice) at ./byte_slices.go:29:23
./byte_slices.go:24:12:     from append(out, s[start:i]) (call parameter) at ./byte_slices.go:29:16
./byte_slices.go:24:12: leaking param: s
./byte_slices.go:62:34: string(bs[1:]) == s[1:] escapes to heap:
./byte_slices.go:62:34:   flow: {storage for ... argument} = &{storage for string(bs[1:]) == s[1:]}:
./byte_slices.go:62:34:     from string(bs[1:]) == s[1:] (spill) at ./byte_slices.go:62:34
./byte_slices.go:62:34:     from ... argument (slice-literal-element) at ./byte_slices.go:62:13
./byte_slices.go:62:34:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:62:34:     from ... argument (spill) at ./byte_slices.go:62:13
./byte_slices.go:62:34:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:62:13
./byte_slices.go:62:13: cmp escapes to heap:
./byte_slices.go:62:13:   flow: {storage for ... argument} = &{storage for cmp}:
./byte_slices.go:62:13:     from cmp (spill) at ./byte_slices.go:62:13
./byte_slices.go:62:13:     from ... argument (slice-literal-element) at ./byte_slices.go:62:13
./byte_slices.go:62:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:62:13:     from ... argument (spill) at ./byte_slices.go:62:13
./byte_slices.go:62:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:62:13
./byte_slices.go:60:26: string(bs) escapes to heap:
./byte_slices.go:60:26:   flow: {storage for ... argument} = &{storage for string(bs)}:
./byte_slices.go:60:26:     from string(bs) (spill) at ./byte_slices.go:60:26
./byte_slices.go:60:26:     from ... argument (slice-literal-element) at ./byte_slices.go:60:13
./byte_slices.go:60:26:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:60:26:     from ... argument (spill) at ./byte_slices.go:60:13
./byte_slices.go:60:26:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:60:13
./byte_slices.go:60:13: t escapes to heap:
./byte_slices.go:60:13:   flow: {storage for ... argument} = &{storage for t}:
./byte_slices.go:60:13:     from t (spill) at ./byte_slices.go:60:13
./byte_slices.go:60:13:     from ... argument (slice-literal-element) at ./byte_slices.go:60:13
./byte_slices.go:60:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:60:13:     from ... argument (spill) at ./byte_slices.go:60:13
./byte_slices.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:60:13
./byte_slices.go:60:13: s escapes to heap:
./byte_slices.go:60:13:   flow: {storage for ... argument} = &{storage for s}:
./byte_slices.go:60:13:     from s (spill) at ./byte_slices.go:60:13
./byte_slices.go:60:13:     from ... argument (slice-literal-element) at ./byte_slices.go:60:13
./byte_slices.go:60:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:60:13:     from ... argument (spill) at ./byte_slices.go:60:13
./byte_slices.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:60:13
./byte_slices.go:55:23: string(x[:2]) escapes to heap:
./byte_slices.go:55:23:   flow: {storage for ... argument} = &{storage for string(x[:2])}:
./byte_slices.go:55:23:     from string(x[:2]) (spill) at ./byte_slices.go:55:23
./byte_slices.go:55:23:     from ... argument (slice-literal-element) at ./byte_slices.go:55:13
./byte_slices.go:55:23:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:55:23:     from ... argument (spill) at ./byte_slices.go:55:13
./byte_slices.go:55:23:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:55:13
./byte_slices.go:55:13: x escapes to heap:
./byte_slices.go:55:13:   flow: {storage for ... argument} = &{storage for x}:
./byte_slices.go:55:13:     from x (spill) at ./byte_slices.go:55:13
./byte_slices.go:55:13:     from ... argument (slice-literal-element) at ./byte_slices.go:55:13
./byte_slices.go:55:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:55:13:     from ... argument (spill) at ./byte_slices.go:55:13
./byte_slices.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:55:13
./byte_slices.go:52:13: u escapes to heap:
./byte_slices.go:52:13:   flow: {storage for ... argument} = &{storage for u}:
./byte_slices.go:52:13:     from u (spill) at ./byte_slices.go:52:13
./byte_slices.go:52:13:     from ... argument (slice-literal-element) at ./byte_slices.go:52:13
./byte_slices.go:52:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:52:13:     from ... argument (spill) at ./byte_slices.go:52:13
./byte_slices.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:52:13
./byte_slices.go:50:39: len(string(zb)) escapes to heap:
./byte_slices.go:50:39:   flow: {storage for ... argument} = &{storage for len(string(zb))}:
./byte_slices.go:50:39:     from len(string(zb)) (spill) at ./byte_slices.go:50:39
./byte_slices.go:50:39:     from ... argument (slice-literal-element) at ./byte_slices.go:50:13
./byte_slices.go:50:39:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:50:39:     from ... argument (spill) at ./byte_slices.go:50:13
./byte_slices.go:50:39:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:50:13
./byte_slices.go:50:29: string(zb) == "" escapes to heap:
./byte_slices.go:50:29:   flow: {storage for ... argument} = &{storage for string(zb) == ""}:
./byte_slices.go:50:29:     from string(zb) == "" (spill) at ./byte_slices.go:50:29
./byte_slices.go:50:29:     from ... argument (slice-literal-element) at ./byte_slices.go:50:13
./byte_slices.go:50:29:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:50:29:     from ... argument (spill) at ./byte_slices.go:50:13
./byte_slices.go:50:29:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:50:13
./byte_slices.go:50:13: zb escapes to heap:
./byte_slices.go:50:13:   flow: {storage for ... argument} = &{storage for zb}:
./byte_slices.go:50:13:     from zb (spill) at ./byte_slices.go:50:13
./byte_slices.go:50:13:     from ... argument (slice-literal-element) at ./byte_slices.go:50:13
./byte_slices.go:50:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:50:13:     from ... argument (spill) at ./byte_slices.go:50:13
./byte_slices.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:50:13
./byte_slices.go:48:18: join(parts, "|") escapes to heap:
./byte_slices.go:48:18:   flow: {storage for ... argument} = &{storage for join(parts, "|")}:
./byte_slices.go:48:18:     from join(parts, "|") (spill) at ./byte_slices.go:48:18
./byte_slices.go:48:18:     from ... argument (slice-literal-element) at ./byte_slices.go:48:13
./byte_slices.go:48:18:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:48:18:     from ... argument (spill) at ./byte_slices.go:48:13
./byte_slices.go:48:18:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:48:13
./byte_slices.go:47:24: len(parts) escapes to heap:
./byte_slices.go:47:24:   flow: {storage for ... argument} = &{storage for len(parts)}:
./byte_slices.go:47:24:     from len(parts) (spill) at ./byte_slices.go:47:24
./byte_slices.go:47:24:     from ... argument (slice-literal-element) at ./byte_slices.go:47:13
./byte_slices.go:47:24:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:47:24:     from ... argument (spill) at ./byte_slices.go:47:13
./byte_slices.go:47:24:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:47:13
./byte_slices.go:47:13: parts escapes to heap:
./byte_slices.go:47:13:   flow: {storage for ... argument} = &{storage for parts}:
./byte_slices.go:47:13:     from parts (spill) at ./byte_slices.go:47:13
./byte_slices.go:47:13:     from ... argument (slice-literal-element) at ./byte_slices.go:47:13
./byte_slices.go:47:13:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:47:13:     from ... argument (spill) at ./byte_slices.go:47:13
./byte_slices.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:47:13
./byte_slices.go:45:40: cap(buf) escapes to heap:
./byte_slices.go:45:40:   flow: {storage for ... argument} = &{storage for cap(buf)}:
./byte_slices.go:45:40:     from cap(buf) (spill) at ./byte_slices.go:45:40
./byte_slices.go:45:40:     from ... argument (slice-literal-element) at ./byte_slices.go:45:13
./byte_slices.go:45:40:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:45:40:     from ... argument (spill) at ./byte_slices.go:45:13
./byte_slices.go:45:40:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:45:13
./byte_slices.go:45:30: len(buf) escapes to heap:
./byte_slices.go:45:30:   flow: {storage for ... argument} = &{storage for len(buf)}:
./byte_slices.go:45:30:     from len(buf) (spill) at ./byte_slices.go:45:30
./byte_slices.go:45:30:     from ... argument (slice-literal-element) at ./byte_slices.go:45:13
./byte_slices.go:45:30:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:45:30:     from ... argument (spill) at ./byte_slices.go:45:13
./byte_slices.go:45:30:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:45:13
./byte_slices.go:45:20: string(buf) escapes to heap:
./byte_slices.go:45:20:   flow: {storage for ... argument} = &{storage for string(buf)}:
./byte_slices.go:45:20:     from string(buf) (spill) at ./byte_slices.go:45:20
./byte_slices.go:45:20:     from ... argument (slice-literal-element) at ./byte_slices.go:45:13
./byte_slices.go:45:20:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:45:20:     from ... argument (spill) at ./byte_slices.go:45:13
./byte_slices.go:45:20:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:45:13
./byte_slices.go:39:26: b[:5] escapes to heap:
./byte_slices.go:39:26:   flow: {storage for ... argument} = &{storage for b[:5]}:
./byte_slices.go:39:26:     from b[:5] (spill) at ./byte_slices.go:39:26
./byte_slices.go:39:26:     from ... argument (slice-literal-element) at ./byte_slices.go:39:13
./byte_slices.go:39:26:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:39:26:     from ... argument (spill) at ./byte_slices.go:39:13
./byte_slices.go:39:26:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:39:13
./byte_slices.go:39:20: string(b) escapes to heap:
./byte_slices.go:39:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./byte_slices.go:39:20:     from string(b) (spill) at ./byte_slices.go:39:20
./byte_slices.go:39:20:     from ... argument (slice-literal-element) at ./byte_slices.go:39:13
./byte_slices.go:39:20:   flow: {heap} = {storage for ... argument}:
./byte_slices.go:39:20:     from ... argument (spill) at ./byte_slices.go:39:13
./byte_slices.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./byte_slices.go:39:13
./byte_slices.go:60:26: string(bs) escapes to heap:
./byte_slices.go:60:26:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./byte_slices.go:60:26:     from string(bs) (spill) at ./byte_slices.go:60:26
./byte_slices.go:60:26:     from string(bs) (interface-converted) at ./byte_slices.go:60:26
./byte_slices.go:55:23: string(x[:2]) escapes to heap:
./byte_slices.go:55:23:   flow: {storage for string(x[:2])} = &{storage for string(x[:2])}:
./byte_slices.go:55:23:     from string(x[:2]) (spill) at ./byte_slices.go:55:23
./byte_slices.go:55:23:     from string(x[:2]) (interface-converted) at ./byte_slices.go:55:23
./byte_slices.go:53:11: make([]byte, 4) escapes to heap:
./byte_slices.go:53:11:   flow: x = &{storage for make([]byte, 4)}:
./byte_slices.go:53:11:     from make([]byte, 4) (spill) at ./byte_slices.go:53:11
./byte_slices.go:53:11:     from x := make([]byte, 4) (assign) at ./byte_slices.go:53:4
./byte_slices.go:53:11:   flow: {storage for x} = x:
./byte_slices.go:53:11:     from x (interface-converted) at ./byte_slices.go:55:13
./byte_slices.go:51:14: []uint8{...} escapes to heap:
./byte_slices.go:51:14:   flow: u = &{storage for []uint8{...}}:
./byte_slices.go:51:14:     from []uint8{...} (spill) at ./byte_slices.go:51:14
./byte_slices.go:51:14:     from u := []uint8{...} (assign) at ./byte_slices.go:51:4
./byte_slices.go:51:14:   flow: {storage for u} = u:
./byte_slices.go:51:14:     from u (interface-converted) at ./byte_slices.go:52:13
./byte_slices.go:45:20: string(buf) escapes to heap:
./byte_slices.go:45:20:   flow: {storage for string(buf)} = &{storage for string(buf)}:
./byte_slices.go:45:20:     from string(buf) (spill) at ./byte_slices.go:45:20
./byte_slices.go:45:20:     from string(buf) (interface-converted) at ./byte_slices.go:45:20
./byte_slices.go:37:13: ([]byte)("hello, world") escapes to heap:
./byte_slices.go:37:13:   flow: b = &{storage for ([]byte)("hello, world")}:
./byte_slices.go:37:13:     from ([]byte)("hello, world") (spill) at ./byte_slices.go:37:13
./byte_slices.go:37:13:     from b := ([]byte)("hello, world") (assign) at ./byte_slices.go:37:4
./byte_slices.go:37:13:   flow: {storage for b[:5]} = b:
./byte_slices.go:37:13:     from b[:5] (slice) at ./byte_slices.go:39:26
./byte_slices.go:37:13:     from b[:5] (interface-converted) at ./byte_slices.go:39:26
./byte_slices.go:39:20: string(b) escapes to heap:
./byte_slices.go:39:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./byte_slices.go:39:20:     from string(b) (spill) at ./byte_slices.go:39:20
./byte_slices.go:39:20:     from string(b) (interface-converted) at ./byte_slices.go:39:20
./byte_slices.go:37:13: ([]byte)("hello, world") escapes to heap
./byte_slices.go:39:13: ... argument does not escape
./byte_slices.go:39:20: string(b) escapes to heap
./byte_slices.go:39:20: string(b) escapes to heap
./byte_slices.go:39:26: b[:5] escapes to heap
./byte_slices.go:45:13: ... argument does not escape
./byte_slices.go:45:20: string(buf) escapes to heap
./byte_slices.go:45:20: string(buf) escapes to heap
./byte_slices.go:45:30: len(buf) escapes to heap
./byte_slices.go:45:40: cap(buf) escapes to heap
./byte_slices.go:47:13: ... argument does not escape
./byte_slices.go:47:13: parts escapes to heap
./byte_slices.go:47:24: len(parts) escapes to heap
./byte_slices.go:48:13: ... argument does not escape
./byte_slices.go:48:18: join(parts, "|") escapes to heap
./byte_slices.go:50:13: ... argument does not escape
./byte_slices.go:50:13: zb escapes to heap
./byte_slices.go:50:29: string(zb) == "" escapes to heap
./byte_slices.go:50:24: string(zb) does not escape
./byte_slices.go:50:39: len(string(zb)) escapes to heap
./byte_slices.go:50:46: string(zb) does not escape
./byte_slices.go:51:14: []uint8{...} escapes to heap
./byte_slices.go:52:13: ... argument does not escape
./byte_slices.go:52:13: u escapes to heap
./byte_slices.go:53:11: make([]byte, 4) escapes to heap
./byte_slices.go:55:13: ... argument does not escape
./byte_slices.go:55:13: x escapes to heap
./byte_slices.go:55:23: string(x[:2]) escapes to heap
./byte_slices.go:55:23: string(x[:2]) escapes to heap
./byte_slices.go:58:14: ([]byte)(t) does not escape
./byte_slices.go:60:13: ... argument does not escape
./byte_slices.go:60:13: s escapes to heap
./byte_slices.go:60:13: t escapes to heap
./byte_slices.go:60:26: string(bs) escapes to heap
./byte_slices.go:60:26: string(bs) escapes to heap
./byte_slices.go:61:15: string(bs) does not escape
./byte_slices.go:62:13: ... argument does not escape
./byte_slices.go:62:13: cmp escapes to heap
./byte_slices.go:62:34: string(bs[1:]) == s[1:] escapes to heap
./byte_slices.go:62:25: string(bs[1:]) does not escape
