./loops.go:17:2: moved to heap: x
./loops.go:26:6: moved to heap: i
./loops.go:36:3: moved to heap: v
./loops.go:46:3: moved to heap: v
./loops.go:53:16: leaking param content: s
./loops.go:54:9: moved to heap: v
./loops.go:65:11: new(int) does not escape
./loops.go:75:82: []int{...} does not escape
