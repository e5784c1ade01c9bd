./byte_slices.go:5:12: b does not escape
./byte_slices.go:13:11: leaking param: parts to result ~r0 level=1
./byte_slices.go:13:27: leaking param: sep to result ~r0 level=0
./byte_slices.go:24:12: leaking param: s
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
