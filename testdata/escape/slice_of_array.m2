./slice_of_array.go:6:6: arr escapes to heap:
./slice_of_array.go:6:6:   flow: ~r0 = &arr:
./slice_of_array.go:6:6:     from arr (address-of) at ./slice_of_array.go:8:9
./slice_of_array.go:6:6:     from arr[:] (slice) at ./slice_of_array.go:8:12
./slice_of_array.go:6:6:     from return arr[:] (return) at ./slice_of_array.go:8:2
./slice_of_array.go:6:6: moved to heap: arr
./slice_of_array.go:12:6: buf escapes to heap:
./slice_of_array.go:12:6:   flow: ~r0 = &buf:
./slice_of_array.go:12:6:     from buf (address-of) at ./slice_of_array.go:13:9
./slice_of_array.go:12:6:     from buf[2:5] (slice) at ./slice_of_array.go:13:12
./slice_of_array.go:12:6:     from return buf[2:5] (return) at ./slice_of_array.go:13:2
./slice_of_array.go:12:6: moved to heap: buf
./slice_of_array.go:29:24: parameter a leaks to ~r0 with derefs=0:
./slice_of_array.go:29:24:   flow: ~r0 = &a:
./slice_of_array.go:29:24:     from a (address-of) at ./slice_of_array.go:30:9
./slice_of_array.go:29:24:     from a[:] (slice) at ./slice_of_array.go:30:10
./slice_of_array.go:29:24:     from return a[:] (return) at ./slice_of_array.go:30:2
./slice_of_array.go:29:24: a escapes to heap:
./slice_of_array.go:29:24:   flow: ~r0 = &a:
./slice_of_array.go:29:24:     from a (address-of) at ./slice_of_array.go:30:9
./slice_of_array.go:29:24:     from a[:] (slice) at ./slice_of_array.go:30:10
./slice_of_array.go:29:24:     from return a[:] (return) at ./slice_of_array.go:30:2
./slice_of_array.go:29:24: moved to heap: a
./slice_of_array.go:33:22: parameter a leaks to ~r0 with derefs=0:
./slice_of_array.go:33:22:   flow: ~r0 = a:
./slice_of_array.go:33:22:     from a[1:] (slice) at ./slice_of_array.go:34:10
./slice_of_array.go:33:22:     from return a[1:] (return) at ./slice_of_array.go:34:2
./slice_of_array.go:33:22: leaking param: a to result ~r0 level=0
