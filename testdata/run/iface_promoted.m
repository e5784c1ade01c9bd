./iface_promoted.go:22:7: t does not escape
./iface_promoted.go:22:44: ... argument does not escape
./iface_promoted.go:22:45: "N" escapes to heap
./iface_promoted.go:22:51: t.v escapes to heap
./iface_promoted.go:24:24: rest does not escape
./iface_promoted.go:64:11: leaking param: i
./iface_promoted.go:65:11: leaking param: j
./iface_promoted.go:65:42: ... argument does not escape
./iface_promoted.go:65:46: j.M() escapes to heap
./iface_promoted.go:65:50: " " escapes to heap
./iface_promoted.go:65:58: j.N() escapes to heap
./iface_promoted.go:66:11: leaking param: k
./iface_promoted.go:67:10: leaking param: x to result ~r0 level=0
./iface_promoted.go:71:10: x does not escape
./iface_promoted.go:77:2: moved to heap: s
./iface_promoted.go:79:2: moved to heap: e
./iface_promoted.go:83:2: moved to heap: b
./iface_promoted.go:85:2: moved to heap: d
./iface_promoted.go:77:10: T{...} escapes to heap
./iface_promoted.go:78:13: ... argument does not escape
./iface_promoted.go:78:17: s.I.M() escapes to heap
./iface_promoted.go:78:25: useI(s) escapes to heap
./iface_promoted.go:78:25: s escapes to heap
./iface_promoted.go:78:34: useI(&s) escapes to heap
./iface_promoted.go:80:13: ... argument does not escape
./iface_promoted.go:80:17: T.M(e.T) escapes to heap
./iface_promoted.go:80:25: useI(e) escapes to heap
./iface_promoted.go:80:25: e escapes to heap
./iface_promoted.go:80:34: useJ(&e) escapes to heap
./iface_promoted.go:80:44: useK(e) escapes to heap
./iface_promoted.go:80:44: e escapes to heap
./iface_promoted.go:80:53: useK(&e) escapes to heap
./iface_promoted.go:81:9: &T{...} escapes to heap
./iface_promoted.go:82:13: ... argument does not escape
./iface_promoted.go:82:18: useI(p) escapes to heap
./iface_promoted.go:82:27: useJ(p) escapes to heap
./iface_promoted.go:82:36: useK(p) escapes to heap
./iface_promoted.go:83:18: T{...} escapes to heap
./iface_promoted.go:84:13: ... argument does not escape
./iface_promoted.go:84:18: useI(b) escapes to heap
./iface_promoted.go:84:18: b escapes to heap
./iface_promoted.go:84:26: b.I.M() escapes to heap
./iface_promoted.go:84:34: useI(&b) escapes to heap
./iface_promoted.go:86:13: ... argument does not escape
./iface_promoted.go:86:18: useI(d) escapes to heap
./iface_promoted.go:86:18: d escapes to heap
./iface_promoted.go:86:27: useJ(&d) escapes to heap
./iface_promoted.go:86:39: T.Pair(d.E.T, 1, nil...) escapes to heap
./iface_promoted.go:87:13: ... argument does not escape
./iface_promoted.go:87:18: useI(Shadow{...}) escapes to heap
./iface_promoted.go:87:25: Shadow{...} escapes to heap
./iface_promoted.go:88:17: b escapes to heap
./iface_promoted.go:89:14: ... argument does not escape
./iface_promoted.go:89:15: "Big is I" escapes to heap
./iface_promoted.go:89:31: useI(i) escapes to heap
./iface_promoted.go:91:13: ... argument does not escape
./iface_promoted.go:91:14: "E is J" escapes to heap
./iface_promoted.go:91:27: asJ(e) escapes to heap
./iface_promoted.go:91:27: e does not escape
./iface_promoted.go:91:32: "*E is J" escapes to heap
./iface_promoted.go:91:46: asJ(&e) escapes to heap
./iface_promoted.go:91:52: "P is J" escapes to heap
./iface_promoted.go:91:65: asJ(p) escapes to heap
./iface_promoted.go:92:13: ... argument does not escape
./iface_promoted.go:92:14: "S is J" escapes to heap
./iface_promoted.go:92:27: asJ(s) escapes to heap
./iface_promoted.go:92:27: s does not escape
./iface_promoted.go:92:32: "Deep is J" escapes to heap
./iface_promoted.go:92:48: asJ(d) escapes to heap
./iface_promoted.go:92:48: d does not escape
./iface_promoted.go:92:53: "*Deep is J" escapes to heap
./iface_promoted.go:92:70: asJ(&d) escapes to heap
./iface_promoted.go:93:11: []I{...} does not escape
./iface_promoted.go:93:12: s escapes to heap
./iface_promoted.go:93:15: e escapes to heap
./iface_promoted.go:93:21: b escapes to heap
./iface_promoted.go:93:24: d escapes to heap
./iface_promoted.go:98:13: ... argument does not escape
./iface_promoted.go:98:13: total escapes to heap
