./iface_wrapper_params.go:19:7: leaking param: m to result ~r0 level=1
./iface_wrapper_params.go:19:20: p does not escape
./iface_wrapper_params.go:19:28: s does not escape
./iface_wrapper_params.go:20:7: m does not escape
./iface_wrapper_params.go:20:19: key does not escape
./iface_wrapper_params.go:20:31: leaking param: vals to result ~r0 level=0
./iface_wrapper_params.go:21:7: m does not escape
./iface_wrapper_params.go:21:20: x does not escape
./iface_wrapper_params.go:22:7: m does not escape
./iface_wrapper_params.go:26:27: leaking param: q to result ~r0 level=0
./iface_wrapper_params.go:28:11: leaking param: s
./iface_wrapper_params.go:28:20: leaking param: r
./iface_wrapper_params.go:29:2: moved to heap: v
./iface_wrapper_params.go:30:7: ... argument escapes to heap
./iface_wrapper_params.go:36:7: &mem{} escapes to heap
