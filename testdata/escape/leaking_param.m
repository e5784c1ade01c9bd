./leaking_param.go:7:19: leaking param: p
./leaking_param.go:11:19: leaking param: p to result ~r0 level=0
./leaking_param.go:15:17: p does not escape
./leaking_param.go:15:20: leaking param: q to result ~r0 level=0
./leaking_param.go:20:13: p does not escape
./leaking_param.go:24:15: leaking param: p to result ~r0 level=0
./leaking_param.go:24:23: leaking param: q to result ~r0 level=0
./leaking_param.go:31:16: leaking param: s to result ~r0 level=0
./leaking_param.go:35:18: s does not escape
./leaking_param.go:43:17: leaking param: s to result ~r0 level=0
./leaking_param.go:48:2: moved to heap: x
./leaking_param.go:51:29: []int{...} does not escape
./leaking_param.go:51:56: []int{...} does not escape
