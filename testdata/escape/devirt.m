./devirt.go:38:5: devirtualizing x.M to Big
./devirt.go:41:5: devirtualizing y.M to Leaky
./devirt.go:44:9: devirtualizing z.M to *Ptr
./devirt.go:51:5: devirtualizing z.M to Big
./devirt.go:53:5: devirtualizing a.M to Big
./devirt.go:54:5: devirtualizing b.M to *Big
./devirt.go:56:5: devirtualizing c.M to *Ptr
./devirt.go:57:5: devirtualizing d.M to *Ptr
./devirt.go:59:6: devirtualizing e.M to Big
./devirt.go:61:13: devirtualizing M(Word{}).M to Word
./devirt.go:62:7: devirtualizing x.M to Big
./devirt.go:86:5: devirtualizing x.M to Big
./devirt.go:91:12: devirtualizing x.M to Word
./devirt.go:33:27: devirtualizing M(Word{}).M to Word
./devirt.go:12:7: leaking param: w to result ~r0 level=0
./devirt.go:19:7: b does not escape
./devirt.go:26:7: leaking param: l
./devirt.go:30:7: leaking param: q to result ~r0 level=1
./devirt.go:39:2: moved to heap: j
./devirt.go:37:17: Big{...} does not escape
./devirt.go:40:8: M(Leaky{...}) does not escape
./devirt.go:43:9: &Ptr{...} does not escape
./devirt.go:47:13: v does not escape
./devirt.go:48:8: M(v) does not escape
./devirt.go:52:11: M(v) does not escape
./devirt.go:55:15: &Ptr{} does not escape
./devirt.go:55:23: &Ptr{} does not escape
./devirt.go:58:11: M(v) does not escape
./devirt.go:65:16: leaking param: v
./devirt.go:65:23: leaking param: w
./devirt.go:65:31: ms does not escape
./devirt.go:67:2: v escapes to heap
./devirt.go:69:8: M(v) escapes to heap
./devirt.go:72:8: M(v) escapes to heap
./devirt.go:76:8: M(v) escapes to heap
./devirt.go:82:13: v does not escape
./devirt.go:82:20: ms does not escape
./devirt.go:83:8: M(v) does not escape
./devirt.go:89:14: leaking param: v to result ~r0 level=0
./devirt.go:98:19: []M{...} does not escape
./devirt.go:98:23: Big{} does not escape
./devirt.go:99:27: new(int) does not escape
