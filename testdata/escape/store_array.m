./store_array.go:15:2: moved to heap: b
./store_array.go:20:2: moved to heap: c
./store_array.go:20:5: moved to heap: d
./store_array.go:24:24: arr does not escape
./store_array.go:25:2: moved to heap: e
./store_array.go:29:22: leaking param: arr to result ~r0 level=0
