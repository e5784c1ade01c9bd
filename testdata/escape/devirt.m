./devirt.go:37:5: devirtualizing x.M to Big
./devirt.go:40:5: devirtualizing y.M to Leaky
./devirt.go:43:9: devirtualizing z.M to *Ptr
./devirt.go:50:5: devirtualizing z.M to Big
./devirt.go:52:5: devirtualizing a.M to Big
./devirt.go:53:5: devirtualizing b.M to *Big
./devirt.go:55:5: devirtualizing c.M to *Ptr
./devirt.go:56:5: devirtualizing d.M to *Ptr
./devirt.go:58:6: devirtualizing e.M to Big
./devirt.go:60:13: devirtualizing M(Word{}).M to Word
./devirt.go:61:7: devirtualizing x.M to Big
./devirt.go:88:5: devirtualizing x.M to Big
./devirt.go:93:12: devirtualizing x.M to Word
./devirt.go:12:7: leaking param: w to result ~r0 level=0
./devirt.go:19:7: b does not escape
./devirt.go:26:7: leaking param: l
./devirt.go:30:7: leaking param: q to result ~r0 level=1
./devirt.go:38:2: moved to heap: j
./devirt.go:36:17: Big{...} does not escape
./devirt.go:39:8: M(Leaky{...}) does not escape
./devirt.go:42:9: &Ptr{...} does not escape
./devirt.go:46:13: v does not escape
./devirt.go:47:8: M(v) does not escape
./devirt.go:51:11: M(v) does not escape
./devirt.go:54:15: &Ptr{} does not escape
./devirt.go:54:23: &Ptr{} does not escape
./devirt.go:57:11: M(v) does not escape
./devirt.go:64:16: leaking param: v
./devirt.go:64:23: leaking param: w
./devirt.go:64:31: ms does not escape
./devirt.go:66:2: v escapes to heap
./devirt.go:68:8: M(v) escapes to heap
./devirt.go:71:8: M(v) escapes to heap
./devirt.go:75:12: Named(v) escapes to heap
./devirt.go:78:8: M(v) escapes to heap
./devirt.go:84:13: v does not escape
./devirt.go:84:20: ms does not escape
./devirt.go:85:8: M(v) does not escape
./devirt.go:91:14: leaking param: v to result ~r0 level=0
./devirt.go:100:19: []M{...} does not escape
./devirt.go:100:23: Big{} does not escape
./devirt.go:101:27: new(int) does not escape
