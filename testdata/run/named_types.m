./named_types.go:20:13: ... argument does not escape
./named_types.go:20:13: c escapes to heap
./named_types.go:20:20: toF(c) escapes to heap
./named_types.go:20:28: toF(-40) escapes to heap
./named_types.go:23:13: ... argument does not escape
./named_types.go:23:13: id escapes to heap
./named_types.go:23:20: ID(7000) escapes to heap
./named_types.go:23:38: uint16(id) + 1 escapes to heap
./named_types.go:25:13: Names{...} escapes to heap
./named_types.go:27:13: ... argument does not escape
./named_types.go:27:13: ns escapes to heap
./named_types.go:27:21: len(ns) escapes to heap
./named_types.go:27:40: string(ns[0]) + "!" escapes to heap
./named_types.go:27:40: string(ns[0]) + "!" escapes to heap
./named_types.go:27:52: ns[1] < ns[0] escapes to heap
./named_types.go:30:13: ... argument does not escape
./named_types.go:30:13: g escapes to heap
./named_types.go:34:13: ... argument does not escape
./named_types.go:34:13: a escapes to heap
./named_types.go:34:13: b escapes to heap
./named_types.go:34:25: A(b) == a escapes to heap
./named_types.go:37:13: ... argument does not escape
./named_types.go:37:13: a escapes to heap
./named_types.go:37:17: *pa escapes to heap
./named_types.go:42:13: ... argument does not escape
./named_types.go:42:13: cs escapes to heap
