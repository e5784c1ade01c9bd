./chan_escape.go:12:11: c does not escape
./chan_escape.go:12:24: moved to heap: x
./chan_escape.go:16:16: c does not escape
./chan_escape.go:16:35: moved to heap: t
./chan_escape.go:17:7: x escapes to heap
./chan_escape.go:18:7: t escapes to heap
./chan_escape.go:22:11: c does not escape
./chan_escape.go:26:16: c does not escape
./chan_escape.go:28:2: <-c escapes to heap
./chan_escape.go:32:13: c does not escape
./chan_escape.go:37:18: c does not escape
./chan_escape.go:52:13: c does not escape
./chan_escape.go:56:16: c does not escape
./chan_escape.go:64:14: c does not escape
./chan_escape.go:64:27: d does not escape
./chan_escape.go:64:37: moved to heap: x
./chan_escape.go:74:6: moved to heap: z
./chan_escape.go:81:17: c does not escape
./chan_escape.go:86:16: leaking param: c to result ~r0 level=0
./chan_escape.go:90:17: c does not escape
./chan_escape.go:90:27: p does not escape
./chan_escape.go:94:11: leaking param: c to result ~r0 level=0
./chan_escape.go:94:11: leaking param: c to result ~r1 level=0
./chan_escape.go:98:16: c does not escape
./chan_escape.go:102:19: c does not escape
