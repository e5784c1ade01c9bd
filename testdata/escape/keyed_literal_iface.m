./keyed_literal_iface.go:14:18: x escapes to heap
./keyed_literal_iface.go:18:12: x escapes to heap
./keyed_literal_iface.go:23:16: 8 does not escape
./keyed_literal_iface.go:28:21: []interface {}{...} does not escape
./keyed_literal_iface.go:28:23: a escapes to heap
./keyed_literal_iface.go:28:29: b escapes to heap
./keyed_literal_iface.go:32:17: a does not escape
./keyed_literal_iface.go:33:24: a does not escape
./keyed_literal_iface.go:33:30: 5 does not escape
./keyed_literal_iface.go:37:13: leaking param: p
./keyed_literal_iface.go:38:12: []S{...} escapes to heap
./keyed_literal_iface.go:38:15: 3 escapes to heap
./keyed_literal_iface.go:38:35: S{} escapes to heap
./keyed_literal_iface.go:52:32: leaking param: s
./keyed_literal_iface.go:53:21: []interface {}{...} does not escape
./keyed_literal_iface.go:53:22: a escapes to heap
./keyed_literal_iface.go:53:25: b escapes to heap
./keyed_literal_iface.go:53:28: s escapes to heap
./keyed_literal_iface.go:53:31: 4 escapes to heap
./keyed_literal_iface.go:58:23: a does not escape
./keyed_literal_iface.go:58:26: a does not escape
