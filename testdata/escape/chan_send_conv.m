./chan_send_conv.go:10:8: c does not escape
./chan_send_conv.go:10:20: d does not escape
./chan_send_conv.go:10:34: leaking param: s
./chan_send_conv.go:10:49: leaking param: p
./chan_send_conv.go:10:55: leaking param: b
./chan_send_conv.go:11:2: 1 escapes to heap
./chan_send_conv.go:12:2: "lit" escapes to heap
./chan_send_conv.go:13:7: s escapes to heap
./chan_send_conv.go:14:11: s + s escapes to heap
./chan_send_conv.go:14:9: s + s escapes to heap
./chan_send_conv.go:15:7: t escapes to heap
./chan_send_conv.go:16:8: T{...} escapes to heap
./chan_send_conv.go:18:7: b escapes to heap
./chan_send_conv.go:19:14: string(b) escapes to heap
./chan_send_conv.go:19:13: string(b) escapes to heap
./chan_send_conv.go:20:7: x + 1 escapes to heap
./chan_send_conv.go:21:8: x escapes to heap
./chan_send_conv.go:22:17: [2]int{...} escapes to heap
./chan_send_conv.go:26:12: x escapes to heap
./chan_send_conv.go:27:17: T{...} escapes to heap
./chan_send_conv.go:28:7: "s" escapes to heap
