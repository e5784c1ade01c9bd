./method_wrappers.go:14:7: n does not escape
./method_wrappers.go:16:7: leaking param: n
./method_wrappers.go:18:7: leaking param content: n
./method_wrappers.go:20:7: leaking param: n to result ~r0 level=0
./method_wrappers.go:22:7: leaking param: n to result ~r0 level=1
./method_wrappers.go:24:7: n does not escape
./method_wrappers.go:24:24: leaking param: m
./method_wrappers.go:26:7: leaking param: n to result ~r0 level=0
./method_wrappers.go:28:7: leaking param: n to result ~r1 level=0
./method_wrappers.go:28:20: leaking param: a to result ~r0 level=0
./method_wrappers.go:28:28: rest does not escape
./method_wrappers.go:47:7: leaking param: s to result ~r0 level=0
./method_wrappers.go:50:6: moved to heap: w
