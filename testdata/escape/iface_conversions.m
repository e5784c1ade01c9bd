./iface_conversions.go:12:18: (interface {})(i8) does not escape
./iface_conversions.go:13:8: E(5) does not escape
./iface_conversions.go:14:33: (interface {})(p) does not escape
./iface_conversions.go:15:20: (interface {})(p) escapes to heap
./iface_conversions.go:16:48: (interface {})(int8(-1)) does not escape
./iface_conversions.go:19:12: e does not escape
./iface_conversions.go:19:39: q does not escape
./iface_conversions.go:23:11: a does not escape
./iface_conversions.go:23:14: b does not escape
./iface_conversions.go:28:58: 1 does not escape
./iface_conversions.go:28:61: 2 does not escape
