./embedded_alias_identity.go:14:31: struct { int }{} escapes to heap
./embedded_alias_identity.go:14:31: struct { int }{} escapes to heap
./embedded_alias_identity.go:15:12: ... argument does not escape
./embedded_alias_identity.go:15:35: x == y escapes to heap
./embedded_alias_identity.go:16:35: struct { int }{} does not escape
./embedded_alias_identity.go:17:13: ... argument does not escape
./embedded_alias_identity.go:17:16: x == z escapes to heap
./embedded_alias_identity.go:17:24: y == z escapes to heap
./embedded_alias_identity.go:20:3: struct { int32 }{} escapes to heap
./embedded_alias_identity.go:24:3: struct { uint32 }{} escapes to heap
./embedded_alias_identity.go:26:12: ... argument does not escape
./embedded_alias_identity.go:26:35: x == y escapes to heap
./embedded_alias_identity.go:29:14: ... argument does not escape
./embedded_alias_identity.go:29:15: "uint32 field named uint32" escapes to heap
./embedded_alias_identity.go:31:14: ... argument does not escape
./embedded_alias_identity.go:31:15: "field named C" escapes to heap
