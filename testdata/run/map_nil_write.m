./map_nil_write.go:7:13: ... argument does not escape
./map_nil_write.go:7:16: m == nil escapes to heap
./map_nil_write.go:7:27: len(m) escapes to heap
./map_nil_write.go:7:33: m["a"] escapes to heap
./map_nil_write.go:9:13: ... argument does not escape
./map_nil_write.go:9:13: v escapes to heap
./map_nil_write.go:9:13: ok escapes to heap
./map_nil_write.go:12:14: ... argument does not escape
./map_nil_write.go:12:14: k escapes to heap
./map_nil_write.go:12:14: v escapes to heap
./map_nil_write.go:15:13: ... argument does not escape
./map_nil_write.go:15:14: "unreachable" escapes to heap
