./string_conv.go:9:19: s does not escape
./string_conv.go:10:13: ([]byte)(s) does not escape
./string_conv.go:15:15: ([]byte)(s) escapes to heap:
./string_conv.go:15:15:   flow: ~r0 = &{storage for ([]byte)(s)}:
./string_conv.go:15:15:     from ([]byte)(s) (spill) at ./string_conv.go:15:15
./string_conv.go:15:15:     from return ([]byte)(s) (return) at ./string_conv.go:15:2
./string_conv.go:14:18: s does not escape
./string_conv.go:15:15: ([]byte)(s) escapes to heap
./string_conv.go:19:16: ([]byte)(s) escapes to heap:
./string_conv.go:19:16:   flow: {heap} = &{storage for ([]byte)(s)}:
./string_conv.go:19:16:     from ([]byte)(s) (spill) at ./string_conv.go:19:16
./string_conv.go:19:16:     from sinkB = ([]byte)(s) (assign) at ./string_conv.go:19:8
./string_conv.go:18:18: s does not escape
./string_conv.go:19:16: ([]byte)(s) escapes to heap
./string_conv.go:23:13: ([]byte)("constant string") does not escape
./string_conv.go:27:19: s does not escape
./string_conv.go:28:13: ([]rune)(s) does not escape
./string_conv.go:33:15: ([]rune)(s) escapes to heap:
./string_conv.go:33:15:   flow: ~r0 = &{storage for ([]rune)(s)}:
./string_conv.go:33:15:     from ([]rune)(s) (spill) at ./string_conv.go:33:15
./string_conv.go:33:15:     from return ([]rune)(s) (return) at ./string_conv.go:33:2
./string_conv.go:32:18: s does not escape
./string_conv.go:33:15: ([]rune)(s) escapes to heap
./string_conv.go:36:21: b does not escape
./string_conv.go:37:13: string(b) does not escape
./string_conv.go:42:15: string(b) escapes to heap:
./string_conv.go:42:15:   flow: ~r0 = &{storage for string(b)}:
./string_conv.go:42:15:     from string(b) (spill) at ./string_conv.go:42:15
./string_conv.go:42:15:     from return string(b) (return) at ./string_conv.go:42:2
./string_conv.go:41:20: b does not escape
./string_conv.go:42:15: string(b) escapes to heap
./string_conv.go:45:21: r does not escape
./string_conv.go:46:13: string(r) does not escape
./string_conv.go:51:16: string(r) escapes to heap:
./string_conv.go:51:16:   flow: {heap} = &{storage for string(r)}:
./string_conv.go:51:16:     from string(r) (spill) at ./string_conv.go:51:16
./string_conv.go:51:16:     from sinkS = string(r) (assign) at ./string_conv.go:51:8
./string_conv.go:50:20: r does not escape
./string_conv.go:51:16: string(r) escapes to heap
./string_conv.go:55:13: string(r) does not escape
./string_conv.go:60:15: string(r) escapes to heap:
./string_conv.go:60:15:   flow: ~r0 = &{storage for string(r)}:
./string_conv.go:60:15:     from string(r) (spill) at ./string_conv.go:60:15
./string_conv.go:60:15:     from return string(r) (return) at ./string_conv.go:60:2
./string_conv.go:60:15: string(r) escapes to heap
./string_conv.go:63:18: a does not escape
./string_conv.go:63:21: b does not escape
./string_conv.go:64:9: a + b does not escape
./string_conv.go:69:15: a + b + "!" escapes to heap:
./string_conv.go:69:15:   flow: ~r0 = &{storage for a + b + "!"}:
./string_conv.go:69:15:     from a + b + "!" (spill) at ./string_conv.go:69:15
./string_conv.go:69:15:     from return a + b + "!" (return) at ./string_conv.go:69:2
./string_conv.go:68:17: a does not escape
./string_conv.go:68:20: b does not escape
./string_conv.go:69:15: a + b + "!" escapes to heap
./string_conv.go:73:18: "<" + a + ">" escapes to heap:
./string_conv.go:73:18:   flow: {heap} = &{storage for "<" + a + ">"}:
./string_conv.go:73:18:     from "<" + a + ">" (spill) at ./string_conv.go:73:18
./string_conv.go:73:18:     from sinkS = "<" + a + ">" (assign) at ./string_conv.go:73:8
./string_conv.go:72:17: a does not escape
./string_conv.go:73:18: "<" + a + ">" escapes to heap
./string_conv.go:76:14: a does not escape
./string_conv.go:76:17: b does not escape
./string_conv.go:80:12: parameter s leaks to ~r0 with derefs=0:
./string_conv.go:80:12:   flow: ~r0 = s:
./string_conv.go:80:12:     from s[i:] (slice) at ./string_conv.go:81:10
./string_conv.go:80:12:     from return s[i:] (return) at ./string_conv.go:81:2
./string_conv.go:80:12: leaking param: s to result ~r0 level=0
./string_conv.go:84:12: s does not escape
./string_conv.go:88:18: s does not escape
./string_conv.go:96:21: s does not escape
./string_conv.go:98:26: ([]byte)(s) does not escape
