./string_conv.go:9:19: s does not escape
./string_conv.go:10:13: ([]byte)(s) does not escape
./string_conv.go:14:18: s does not escape
./string_conv.go:15:15: ([]byte)(s) escapes to heap
./string_conv.go:18:18: s does not escape
./string_conv.go:19:16: ([]byte)(s) escapes to heap
./string_conv.go:23:13: ([]byte)("constant string") does not escape
./string_conv.go:27:19: s does not escape
./string_conv.go:28:13: ([]rune)(s) does not escape
./string_conv.go:32:18: s does not escape
./string_conv.go:33:15: ([]rune)(s) escapes to heap
./string_conv.go:36:21: b does not escape
./string_conv.go:37:13: string(b) does not escape
./string_conv.go:41:20: b does not escape
./string_conv.go:42:15: string(b) escapes to heap
./string_conv.go:45:21: r does not escape
./string_conv.go:46:13: string(r) does not escape
./string_conv.go:50:20: r does not escape
./string_conv.go:51:16: string(r) escapes to heap
./string_conv.go:55:13: string(r) does not escape
./string_conv.go:60:15: string(r) escapes to heap
./string_conv.go:63:18: a does not escape
./string_conv.go:63:21: b does not escape
./string_conv.go:64:9: a + b does not escape
./string_conv.go:68:17: a does not escape
./string_conv.go:68:20: b does not escape
./string_conv.go:69:15: a + b + "!" escapes to heap
./string_conv.go:72:17: a does not escape
./string_conv.go:73:18: "<" + a + ">" escapes to heap
./string_conv.go:76:14: a does not escape
./string_conv.go:76:17: b does not escape
./string_conv.go:80:12: leaking param: s to result ~r0 level=0
./string_conv.go:84:12: s does not escape
./string_conv.go:88:18: s does not escape
./string_conv.go:96:21: s does not escape
./string_conv.go:98:26: ([]byte)(s) does not escape
