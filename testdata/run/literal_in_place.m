./literal_in_place.go:19:11: leaking param: s
./literal_in_place.go:37:2: moved to heap: x
./literal_in_place.go:40:2: moved to heap: b
./literal_in_place.go:38:13: ... argument does not escape
./literal_in_place.go:38:15: x[5] escapes to heap
./literal_in_place.go:38:21: x[N - 2] escapes to heap
./literal_in_place.go:38:29: x[0] escapes to heap
./literal_in_place.go:41:13: ... argument does not escape
./literal_in_place.go:41:15: b.head escapes to heap
./literal_in_place.go:41:28: b.data[1] escapes to heap
./literal_in_place.go:41:34: b.tail escapes to heap
./literal_in_place.go:41:44: len(b.tail) escapes to heap
./literal_in_place.go:43:7: &Big{...} escapes to heap
./literal_in_place.go:44:13: ... argument does not escape
./literal_in_place.go:44:15: p.head escapes to heap
./literal_in_place.go:44:23: p.tail escapes to heap
./literal_in_place.go:44:36: p.data[N - 1] escapes to heap
./literal_in_place.go:47:73: b.tail + "!" escapes to heap
./literal_in_place.go:48:13: ... argument does not escape
./literal_in_place.go:48:15: b.head escapes to heap
./literal_in_place.go:48:28: b.data[0] escapes to heap
./literal_in_place.go:48:39: b.data[1] escapes to heap
./literal_in_place.go:48:45: b.tail escapes to heap
./literal_in_place.go:52:13: ... argument does not escape
./literal_in_place.go:52:16: pr.a escapes to heap
./literal_in_place.go:52:22: pr.b escapes to heap
./literal_in_place.go:56:13: ... argument does not escape
./literal_in_place.go:56:13: arr escapes to heap
./literal_in_place.go:59:12: []byte{...} does not escape
./literal_in_place.go:61:6: &Big{...} escapes to heap
./literal_in_place.go:63:13: ... argument does not escape
./literal_in_place.go:63:20: global[3] escapes to heap
./literal_in_place.go:63:31: global[N - 1] escapes to heap
./literal_in_place.go:63:42: gbig.head escapes to heap
./literal_in_place.go:63:53: gbig.tail escapes to heap
./literal_in_place.go:65:13: ... argument does not escape
./literal_in_place.go:65:20: global[3] escapes to heap
./literal_in_place.go:65:31: global[4] escapes to heap
./literal_in_place.go:65:42: global[N - 1] escapes to heap
./literal_in_place.go:68:46: Wide{...} does not escape
./literal_in_place.go:69:13: ... argument does not escape
./literal_in_place.go:69:16: i != nil escapes to heap
./literal_in_place.go:69:26: i == nil escapes to heap
./literal_in_place.go:70:13: ... argument does not escape
./literal_in_place.go:70:13: calls escapes to heap
