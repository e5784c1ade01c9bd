./value_returns.go:19:13: ... argument does not escape
./value_returns.go:19:20: mk(1) == mk(1) escapes to heap
./value_returns.go:19:36: mk(1) == mk(2) escapes to heap
./value_returns.go:19:53: mk(3).a[2] escapes to heap
./value_returns.go:19:61: len(mk(4).s) escapes to heap
./value_returns.go:20:13: ... argument does not escape
./value_returns.go:20:17: arr(0x01020304) escapes to heap
./value_returns.go:20:38: arr(-1)[3] escapes to heap
./value_returns.go:20:52: arr(258) == [4]byte{...} escapes to heap
./value_returns.go:22:13: ... argument does not escape
./value_returns.go:22:13: v escapes to heap
./value_returns.go:22:13: b escapes to heap
./value_returns.go:25:13: ... argument does not escape
./value_returns.go:25:13: x escapes to heap
./value_returns.go:25:22: mk(7).a escapes to heap
./value_returns.go:28:13: ... argument does not escape
./value_returns.go:28:13: c escapes to heap
./value_returns.go:28:26: []Celsius{...} escapes to heap
./value_returns.go:28:26: []Celsius{...} escapes to heap
./value_returns.go:36:13: ... argument does not escape
./value_returns.go:36:13: total escapes to heap
