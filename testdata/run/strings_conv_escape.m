./strings_conv_escape.go:9:17: s does not escape
./strings_conv_escape.go:10:13: ([]byte)(s) does not escape
./strings_conv_escape.go:14:17: s does not escape
./strings_conv_escape.go:15:13: ([]rune)(s) does not escape
./strings_conv_escape.go:19:15: s does not escape
./strings_conv_escape.go:20:15: ([]byte)(s) escapes to heap
./strings_conv_escape.go:23:15: s does not escape
./strings_conv_escape.go:24:15: ([]rune)(s) escapes to heap
./strings_conv_escape.go:27:15: b does not escape
./strings_conv_escape.go:28:13: string(b) does not escape
./strings_conv_escape.go:32:13: b does not escape
./strings_conv_escape.go:33:15: string(b) escapes to heap
./strings_conv_escape.go:36:15: r does not escape
./strings_conv_escape.go:37:15: string(r) escapes to heap
./strings_conv_escape.go:40:18: a does not escape
./strings_conv_escape.go:40:21: b does not escape
./strings_conv_escape.go:41:9: a + b does not escape
./strings_conv_escape.go:45:16: a does not escape
./strings_conv_escape.go:45:19: b does not escape
./strings_conv_escape.go:46:11: a + b escapes to heap
./strings_conv_escape.go:49:14: a does not escape
./strings_conv_escape.go:49:17: b does not escape
./strings_conv_escape.go:49:20: c does not escape
./strings_conv_escape.go:50:27: a + "-" + b + "-" + c escapes to heap
./strings_conv_escape.go:54:15: string(r) escapes to heap
./strings_conv_escape.go:57:10: a does not escape
./strings_conv_escape.go:57:13: b does not escape
./strings_conv_escape.go:62:13: ... argument does not escape
./strings_conv_escape.go:62:24: bytesLocal("hello") escapes to heap
./strings_conv_escape.go:62:45: runesLocal("héllo") escapes to heap
./strings_conv_escape.go:62:65: strLocal([]byte{...}) escapes to heap
./strings_conv_escape.go:62:72: []byte{...} does not escape
./strings_conv_escape.go:65:24: strOut(sinkB) + strRunes(sinkR) escapes to heap
./strings_conv_escape.go:66:13: ... argument does not escape
./strings_conv_escape.go:66:20: string(sinkB) escapes to heap
./strings_conv_escape.go:66:20: string(sinkB) escapes to heap
./strings_conv_escape.go:66:35: string(sinkR) escapes to heap
./strings_conv_escape.go:66:35: string(sinkR) escapes to heap
./strings_conv_escape.go:66:35: sinkS escapes to heap
./strings_conv_escape.go:67:13: ... argument does not escape
./strings_conv_escape.go:67:25: concatLocal("ab", "cd") escapes to heap
./strings_conv_escape.go:67:48: concatOut("ab", "cd") escapes to heap
./strings_conv_escape.go:67:69: concat3("x", "y", "z") escapes to heap
./strings_conv_escape.go:68:13: ... argument does not escape
./strings_conv_escape.go:68:21: runeStr('é') escapes to heap
./strings_conv_escape.go:68:36: runeStr(0x1F600) escapes to heap
./strings_conv_escape.go:68:54: runeStr(-1) escapes to heap
./strings_conv_escape.go:68:67: runeStr(0xD800) escapes to heap
./strings_conv_escape.go:68:84: runeStr(0x110000) escapes to heap
./strings_conv_escape.go:69:13: ... argument does not escape
./strings_conv_escape.go:69:13: .autotmp_0 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_1 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_2 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_3 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_4 escapes to heap
./strings_conv_escape.go:69:13: .autotmp_5 escapes to heap
./strings_conv_escape.go:70:13: ... argument does not escape
./strings_conv_escape.go:70:13: .autotmp_6 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_7 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_8 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_9 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_10 escapes to heap
./strings_conv_escape.go:70:13: .autotmp_11 escapes to heap
./strings_conv_escape.go:71:13: ... argument does not escape
./strings_conv_escape.go:71:13: .autotmp_12 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_13 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_14 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_15 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_16 escapes to heap
./strings_conv_escape.go:71:13: .autotmp_17 escapes to heap
./strings_conv_escape.go:72:13: ... argument does not escape
./strings_conv_escape.go:72:13: .autotmp_18 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_19 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_20 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_21 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_22 escapes to heap
./strings_conv_escape.go:72:13: .autotmp_23 escapes to heap
./strings_conv_escape.go:73:13: ... argument does not escape
./strings_conv_escape.go:73:13: .autotmp_24 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_25 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_26 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_27 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_28 escapes to heap
./strings_conv_escape.go:73:13: .autotmp_29 escapes to heap
./strings_conv_escape.go:74:13: ... argument does not escape
./strings_conv_escape.go:74:13: .autotmp_30 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_31 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_32 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_33 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_34 escapes to heap
./strings_conv_escape.go:74:13: .autotmp_35 escapes to heap
./strings_conv_escape.go:75:13: ([]byte)("hello") does not escape
./strings_conv_escape.go:77:13: string(b) escapes to heap
./strings_conv_escape.go:79:13: ... argument does not escape
./strings_conv_escape.go:79:13: s escapes to heap
./strings_conv_escape.go:79:23: string(b) escapes to heap
./strings_conv_escape.go:79:23: string(b) escapes to heap
./strings_conv_escape.go:80:13: []rune{...} escapes to heap
./strings_conv_escape.go:81:13: ... argument does not escape
./strings_conv_escape.go:81:17: len(r) escapes to heap
./strings_conv_escape.go:81:17: r escapes to heap
./strings_conv_escape.go:85:13: ... argument does not escape
./strings_conv_escape.go:85:20: string(rune(i)) escapes to heap
./strings_conv_escape.go:85:20: string(rune(i)) escapes to heap
./strings_conv_escape.go:85:37: string(rune(i64)) escapes to heap
./strings_conv_escape.go:85:37: string(rune(i64)) escapes to heap
./strings_conv_escape.go:85:56: string(rune(u8)) escapes to heap
./strings_conv_escape.go:85:56: string(rune(u8)) escapes to heap
./strings_conv_escape.go:87:12: ... argument does not escape
./strings_conv_escape.go:87:12: i escapes to heap
./strings_conv_escape.go:87:16: ":" escapes to heap
./strings_conv_escape.go:87:16: c escapes to heap
./strings_conv_escape.go:87:24: " " escapes to heap
./strings_conv_escape.go:91:12: ... argument does not escape
./strings_conv_escape.go:91:12: i escapes to heap
./strings_conv_escape.go:91:16: " " escapes to heap
./strings_conv_escape.go:98:13: ... argument does not escape
./strings_conv_escape.go:98:13: n escapes to heap
./strings_conv_escape.go:100:13: ... argument does not escape
./strings_conv_escape.go:100:17: str[1] escapes to heap
./strings_conv_escape.go:100:25: str[1:3] escapes to heap
./strings_conv_escape.go:100:40: str[:0] == "" escapes to heap
./strings_conv_escape.go:100:50: str[5:] escapes to heap
./strings_conv_escape.go:100:59: len(str[2:]) escapes to heap
./strings_conv_escape.go:101:13: ... argument does not escape
./strings_conv_escape.go:101:20: "abc" < "abd" escapes to heap
./strings_conv_escape.go:101:35: "abc" > "ab" escapes to heap
./strings_conv_escape.go:101:47: "Z" < "a" escapes to heap
./strings_conv_escape.go:101:57: "" < " " escapes to heap
