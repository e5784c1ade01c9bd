./devirt.go:35:5: devirtualizing x.M to Big
./devirt.go:38:5: devirtualizing y.M to Leaky
./devirt.go:41:9: devirtualizing z.M to *Ptr
./devirt.go:48:5: devirtualizing z.M to Big
./devirt.go:50:5: devirtualizing a.M to Big
./devirt.go:51:5: devirtualizing b.M to *Big
./devirt.go:53:5: devirtualizing c.M to *Ptr
./devirt.go:54:5: devirtualizing d.M to *Ptr
./devirt.go:56:6: devirtualizing e.M to Big
./devirt.go:58:13: devirtualizing M(Word{}).M to Word
./devirt.go:59:7: devirtualizing x.M to Big
./devirt.go:83:5: devirtualizing x.M to Big
./devirt.go:88:12: devirtualizing x.M to Word
./devirt.go:12:7: leaking param: w to result ~r0 level=0
./devirt.go:19:7: b does not escape
./devirt.go:26:7: leaking param: l
./devirt.go:30:7: leaking param: q to result ~r0 level=1
./devirt.go:36:2: moved to heap: j
./devirt.go:34:17: Big{...} does not escape
./devirt.go:37:8: M(Leaky{...}) does not escape
./devirt.go:40:9: &Ptr{...} does not escape
./devirt.go:44:13: v does not escape
./devirt.go:45:8: M(v) does not escape
./devirt.go:49:11: M(v) does not escape
./devirt.go:52:15: &Ptr{} does not escape
./devirt.go:52:23: &Ptr{} does not escape
./devirt.go:55:11: M(v) does not escape
./devirt.go:62:16: leaking param: v
./devirt.go:62:23: leaking param: w
./devirt.go:62:31: ms does not escape
./devirt.go:64:2: v escapes to heap
./devirt.go:66:8: M(v) escapes to heap
./devirt.go:69:8: M(v) escapes to heap
./devirt.go:73:8: M(v) escapes to heap
./devirt.go:79:13: v does not escape
./devirt.go:79:20: ms does not escape
./devirt.go:80:8: M(v) does not escape
./devirt.go:86:14: leaking param: v to result ~r0 level=0
./devirt.go:95:19: []M{...} does not escape
./devirt.go:95:23: Big{} does not escape
./devirt.go:96:27: new(int) does not escape
