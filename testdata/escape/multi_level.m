./multi_level.go:8:16: leaking param: pp to result ~r0 level=1
./multi_level.go:12:17: leaking param: ppp to result ~r0 level=2
./multi_level.go:16:17: leaking param content: pp
./multi_level.go:20:14: leaking param: pp
./multi_level.go:24:18: moved to heap: p
./multi_level.go:29:2: moved to heap: a
./multi_level.go:33:2: moved to heap: b
./multi_level.go:34:2: moved to heap: pb
