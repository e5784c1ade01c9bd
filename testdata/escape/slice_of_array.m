./slice_of_array.go:6:6: moved to heap: arr
./slice_of_array.go:12:6: moved to heap: buf
./slice_of_array.go:29:24: moved to heap: a
./slice_of_array.go:33:22: leaking param: a to result ~r0 level=0
