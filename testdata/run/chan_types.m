./chan_types.go:10:11: x does not escape
./chan_types.go:33:13: ... argument does not escape
./chan_types.go:33:18: kind(a) escapes to heap
./chan_types.go:33:27: kind(b) escapes to heap
./chan_types.go:33:36: kind(c) escapes to heap
./chan_types.go:33:45: kind(d) escapes to heap
./chan_types.go:33:54: kind(e) escapes to heap
./chan_types.go:33:63: kind(f) escapes to heap
./chan_types.go:34:12: ... argument does not escape
./chan_types.go:36:13: ... argument does not escape
./chan_types.go:36:13: m escapes to heap
./chan_types.go:36:22: m[0] == m[1] escapes to heap
./chan_types.go:41:12: ... argument does not escape
./chan_types.go:41:23: S{} escapes to heap
./chan_types.go:43:13: ... argument does not escape
./chan_types.go:43:17: s1 == s2 escapes to heap
./chan_types.go:43:27: s1 == S{} escapes to heap
