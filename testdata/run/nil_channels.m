./nil_channels.go:15:12: c does not escape
./nil_channels.go:17:11: leaking param: a to result ~r0 level=0
./nil_channels.go:17:14: leaking param: b to result ~r0 level=0
./nil_channels.go:30:12: ... argument does not escape
./nil_channels.go:31:12: ... argument does not escape
./nil_channels.go:32:13: ... argument does not escape
./nil_channels.go:32:37: pick(c, nil, false) == nil escapes to heap
./nil_channels.go:36:13: ... argument does not escape
./nil_channels.go:36:13: ok escapes to heap
./nil_channels.go:36:13: ok2 escapes to heap
./nil_channels.go:38:13: ... argument does not escape
./nil_channels.go:38:16: s == nil escapes to heap
./nil_channels.go:38:26: x == any(c) escapes to heap
./nil_channels.go:40:12: ... argument does not escape
./nil_channels.go:40:59: isNil(r) escapes to heap
