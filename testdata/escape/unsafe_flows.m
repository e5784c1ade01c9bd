./unsafe_flows.go:10:10: leaking param: p to result ~r0 level=0
./unsafe_flows.go:14:12: leaking param: p to result ~r0 level=0
./unsafe_flows.go:18:16: p does not escape
./unsafe_flows.go:22:17: leaking param: p
./unsafe_flows.go:32:13: p does not escape
./unsafe_flows.go:37:2: moved to heap: a
