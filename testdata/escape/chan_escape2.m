./chan_escape2.go:13:16: leaking param: p
./chan_escape2.go:13:24: c does not escape
./chan_escape2.go:17:20: leaking param: p
./chan_escape2.go:22:22: leaking param: p
./chan_escape2.go:22:30: c does not escape
./chan_escape2.go:26:19: c does not escape
./chan_escape2.go:26:33: d does not escape
./chan_escape2.go:26:44: e does not escape
./chan_escape2.go:27:12: []int{...} escapes to heap
./chan_escape2.go:28:7: &S{} escapes to heap
./chan_escape2.go:30:13: [4]int{} escapes to heap
./chan_escape2.go:33:12: c does not escape
./chan_escape2.go:35:3: moved to heap: x
./chan_escape2.go:43:17: c does not escape
./chan_escape2.go:43:30: d does not escape
./chan_escape2.go:45:7: moved to heap: y
./chan_escape2.go:48:13: n escapes to heap
./chan_escape2.go:59:18: c does not escape
./chan_escape2.go:67:17: c does not escape
./chan_escape2.go:73:18: c does not escape
./chan_escape2.go:73:36: leaking param: p
./chan_escape2.go:78:12: s does not escape
./chan_escape2.go:82:15: leaking param: c to result ~r0 level=0
