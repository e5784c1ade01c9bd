./iface_promoted.go:22:51: t.v escapes to heap:
./iface_promoted.go:22:51:   flow: {storage for ... argument} = &{storage for t.v}:
./iface_promoted.go:22:51:     from t.v (spill) at ./iface_promoted.go:22:51
./iface_promoted.go:22:51:     from ... argument (slice-literal-element) at ./iface_promoted.go:22:44
./iface_promoted.go:22:51:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:22:51:     from ... argument (spill) at ./iface_promoted.go:22:44
./iface_promoted.go:22:51:     from fmt.Sprint(... argument...) (call parameter) at ./iface_promoted.go:22:44
./iface_promoted.go:22:45: "N" escapes to heap:
./iface_promoted.go:22:45:   flow: {storage for ... argument} = &{storage for "N"}:
./iface_promoted.go:22:45:     from "N" (spill) at ./iface_promoted.go:22:45
./iface_promoted.go:22:45:     from ... argument (slice-literal-element) at ./iface_promoted.go:22:44
./iface_promoted.go:22:45:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:22:45:     from ... argument (spill) at ./iface_promoted.go:22:44
./iface_promoted.go:22:45:     from fmt.Sprint(... argument...) (call parameter) at ./iface_promoted.go:22:44
./iface_promoted.go:22:7: t does not escape
./iface_promoted.go:22:44: ... argument does not escape
./iface_promoted.go:22:45: "N" escapes to heap
./iface_promoted.go:22:51: t.v escapes to heap
./iface_promoted.go:24:24: rest does not escape
./iface_promoted.go:64:11: parameter i leaks to {heap} with derefs=0:
./iface_promoted.go:64:11:   flow: {heap} = i:
./iface_promoted.go:64:11:     from i.M() (call parameter) at ./iface_promoted.go:64:35
./iface_promoted.go:64:11: leaking param: i
./iface_promoted.go:65:11: parameter j leaks to {heap} with derefs=0:
./iface_promoted.go:65:11:   flow: {heap} = j:
./iface_promoted.go:65:11:     from j.M() (call parameter) at ./iface_promoted.go:65:46
./iface_promoted.go:65:58: j.N() escapes to heap:
./iface_promoted.go:65:58:   flow: {storage for ... argument} = &{storage for j.N()}:
./iface_promoted.go:65:58:     from j.N() (spill) at ./iface_promoted.go:65:58
./iface_promoted.go:65:58:     from ... argument (slice-literal-element) at ./iface_promoted.go:65:42
./iface_promoted.go:65:58:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:65:58:     from ... argument (spill) at ./iface_promoted.go:65:42
./iface_promoted.go:65:58:     from fmt.Sprint(... argument...) (call parameter) at ./iface_promoted.go:65:42
./iface_promoted.go:65:50: " " escapes to heap:
./iface_promoted.go:65:50:   flow: {storage for ... argument} = &{storage for " "}:
./iface_promoted.go:65:50:     from " " (spill) at ./iface_promoted.go:65:50
./iface_promoted.go:65:50:     from ... argument (slice-literal-element) at ./iface_promoted.go:65:42
./iface_promoted.go:65:50:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:65:50:     from ... argument (spill) at ./iface_promoted.go:65:42
./iface_promoted.go:65:50:     from fmt.Sprint(... argument...) (call parameter) at ./iface_promoted.go:65:42
./iface_promoted.go:65:46: j.M() escapes to heap:
./iface_promoted.go:65:46:   flow: {storage for ... argument} = &{storage for j.M()}:
./iface_promoted.go:65:46:     from j.M() (spill) at ./iface_promoted.go:65:46
./iface_promoted.go:65:46:     from ... argument (slice-literal-element) at ./iface_promoted.go:65:42
./iface_promoted.go:65:46:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:65:46:     from ... argument (spill) at ./iface_promoted.go:65:42
./iface_promoted.go:65:46:     from fmt.Sprint(... argument...) (call parameter) at ./iface_promoted.go:65:42
./iface_promoted.go:65:11: leaking param: j
./iface_promoted.go:65:42: ... argument does not escape
./iface_promoted.go:65:46: j.M() escapes to heap
./iface_promoted.go:65:50: " " escapes to heap
./iface_promoted.go:65:58: j.N() escapes to heap
./iface_promoted.go:66:11: parameter k leaks to {heap} with derefs=0:
./iface_promoted.go:66:11:   flow: {heap} = k:
./iface_promoted.go:66:11:     from k.Twice() (call parameter) at ./iface_promoted.go:66:39
./iface_promoted.go:66:11: leaking param: k
./iface_promoted.go:67:10: parameter x leaks to ~r0 with derefs=0:
./iface_promoted.go:67:10:   flow: i = x:
./iface_promoted.go:67:10:     from x.(I) (dot) at ./iface_promoted.go:68:12
./iface_promoted.go:67:10:     from i, ok := x.(I) (assign-pair-dot-type) at ./iface_promoted.go:68:8
./iface_promoted.go:67:10:   flow: ~r0 = i:
./iface_promoted.go:67:10:     from return i, ok (return) at ./iface_promoted.go:69:2
./iface_promoted.go:67:10: leaking param: x to result ~r0 level=0
./iface_promoted.go:71:10: x does not escape
./iface_promoted.go:78:25: s escapes to heap:
./iface_promoted.go:78:25:   flow: {heap} = &{storage for s}:
./iface_promoted.go:78:25:     from s (spill) at ./iface_promoted.go:78:25
./iface_promoted.go:78:25:     from useI(s) (call parameter) at ./iface_promoted.go:78:25
./iface_promoted.go:77:2: s escapes to heap:
./iface_promoted.go:77:2:   flow: {heap} = &s:
./iface_promoted.go:77:2:     from &s (address-of) at ./iface_promoted.go:78:35
./iface_promoted.go:77:2:     from &s (interface-converted) at ./iface_promoted.go:78:35
./iface_promoted.go:77:2:     from useI(&s) (call parameter) at ./iface_promoted.go:78:34
./iface_promoted.go:80:25: e escapes to heap:
./iface_promoted.go:80:25:   flow: {heap} = &{storage for e}:
./iface_promoted.go:80:25:     from e (spill) at ./iface_promoted.go:80:25
./iface_promoted.go:80:25:     from useI(e) (call parameter) at ./iface_promoted.go:80:25
./iface_promoted.go:79:2: e escapes to heap:
./iface_promoted.go:79:2:   flow: {heap} = &e:
./iface_promoted.go:79:2:     from &e (address-of) at ./iface_promoted.go:80:35
./iface_promoted.go:79:2:     from &e (interface-converted) at ./iface_promoted.go:80:35
./iface_promoted.go:79:2:     from useJ(&e) (call parameter) at ./iface_promoted.go:80:34
./iface_promoted.go:80:44: e escapes to heap:
./iface_promoted.go:80:44:   flow: {heap} = &{storage for e}:
./iface_promoted.go:80:44:     from e (spill) at ./iface_promoted.go:80:44
./iface_promoted.go:80:44:     from useK(e) (call parameter) at ./iface_promoted.go:80:44
./iface_promoted.go:79:2: e escapes to heap:
./iface_promoted.go:79:2:   flow: {heap} = &e:
./iface_promoted.go:79:2:     from &e (address-of) at ./iface_promoted.go:80:54
./iface_promoted.go:79:2:     from &e (interface-converted) at ./iface_promoted.go:80:54
./iface_promoted.go:79:2:     from useK(&e) (call parameter) at ./iface_promoted.go:80:53
./iface_promoted.go:84:18: b escapes to heap:
./iface_promoted.go:84:18:   flow: {heap} = &{storage for b}:
./iface_promoted.go:84:18:     from b (spill) at ./iface_promoted.go:84:18
./iface_promoted.go:84:18:     from useI(b) (call parameter) at ./iface_promoted.go:84:18
./iface_promoted.go:83:2: b escapes to heap:
./iface_promoted.go:83:2:   flow: {heap} = &b:
./iface_promoted.go:83:2:     from &b (address-of) at ./iface_promoted.go:84:35
./iface_promoted.go:83:2:     from &b (interface-converted) at ./iface_promoted.go:84:35
./iface_promoted.go:83:2:     from useI(&b) (call parameter) at ./iface_promoted.go:84:34
./iface_promoted.go:86:18: d escapes to heap:
./iface_promoted.go:86:18:   flow: {heap} = &{storage for d}:
./iface_promoted.go:86:18:     from d (spill) at ./iface_promoted.go:86:18
./iface_promoted.go:86:18:     from useI(d) (call parameter) at ./iface_promoted.go:86:18
./iface_promoted.go:85:2: d escapes to heap:
./iface_promoted.go:85:2:   flow: {heap} = &d:
./iface_promoted.go:85:2:     from &d (address-of) at ./iface_promoted.go:86:28
./iface_promoted.go:85:2:     from &d (interface-converted) at ./iface_promoted.go:86:28
./iface_promoted.go:85:2:     from useJ(&d) (call parameter) at ./iface_promoted.go:86:27
./iface_promoted.go:87:25: Shadow{...} escapes to heap:
./iface_promoted.go:87:25:   flow: {heap} = &{storage for Shadow{...}}:
./iface_promoted.go:87:25:     from Shadow{...} (spill) at ./iface_promoted.go:87:25
./iface_promoted.go:87:25:     from useI(Shadow{...}) (call parameter) at ./iface_promoted.go:87:18
./iface_promoted.go:98:13: total escapes to heap:
./iface_promoted.go:98:13:   flow: {storage for ... argument} = &{storage for total}:
./iface_promoted.go:98:13:     from total (spill) at ./iface_promoted.go:98:13
./iface_promoted.go:98:13:     from ... argument (slice-literal-element) at ./iface_promoted.go:98:13
./iface_promoted.go:98:13:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:98:13:     from ... argument (spill) at ./iface_promoted.go:98:13
./iface_promoted.go:98:13:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:98:13
./iface_promoted.go:93:24: d escapes to heap:
./iface_promoted.go:93:24:   flow: {storage for []I{...}} = &{storage for d}:
./iface_promoted.go:93:24:     from d (spill) at ./iface_promoted.go:93:24
./iface_promoted.go:93:24:     from []I{...} (slice-literal-element) at ./iface_promoted.go:93:11
./iface_promoted.go:93:24:   flow: ss = &{storage for []I{...}}:
./iface_promoted.go:93:24:     from []I{...} (spill) at ./iface_promoted.go:93:11
./iface_promoted.go:93:24:     from ss := []I{...} (assign) at ./iface_promoted.go:93:5
./iface_promoted.go:93:24:   flow: {temp} = ss:
./iface_promoted.go:93:24:   flow: i = *{temp}:
./iface_promoted.go:93:24:     from for loop (range-deref) at ./iface_promoted.go:95:14
./iface_promoted.go:93:24:   flow: {heap} = i:
./iface_promoted.go:93:24:     from useI(i) (call parameter) at ./iface_promoted.go:96:16
./iface_promoted.go:93:21: b escapes to heap:
./iface_promoted.go:93:21:   flow: {storage for []I{...}} = &{storage for b}:
./iface_promoted.go:93:21:     from b (spill) at ./iface_promoted.go:93:21
./iface_promoted.go:93:21:     from []I{...} (slice-literal-element) at ./iface_promoted.go:93:11
./iface_promoted.go:93:21:   flow: ss = &{storage for []I{...}}:
./iface_promoted.go:93:21:     from []I{...} (spill) at ./iface_promoted.go:93:11
./iface_promoted.go:93:21:     from ss := []I{...} (assign) at ./iface_promoted.go:93:5
./iface_promoted.go:93:21:   flow: {temp} = ss:
./iface_promoted.go:93:21:   flow: i = *{temp}:
./iface_promoted.go:93:21:     from for loop (range-deref) at ./iface_promoted.go:95:14
./iface_promoted.go:93:21:   flow: {heap} = i:
./iface_promoted.go:93:21:     from useI(i) (call parameter) at ./iface_promoted.go:96:16
./iface_promoted.go:93:15: e escapes to heap:
./iface_promoted.go:93:15:   flow: {storage for []I{...}} = &{storage for e}:
./iface_promoted.go:93:15:     from e (spill) at ./iface_promoted.go:93:15
./iface_promoted.go:93:15:     from []I{...} (slice-literal-element) at ./iface_promoted.go:93:11
./iface_promoted.go:93:15:   flow: ss = &{storage for []I{...}}:
./iface_promoted.go:93:15:     from []I{...} (spill) at ./iface_promoted.go:93:11
./iface_promoted.go:93:15:     from ss := []I{...} (assign) at ./iface_promoted.go:93:5
./iface_promoted.go:93:15:   flow: {temp} = ss:
./iface_promoted.go:93:15:   flow: i = *{temp}:
./iface_promoted.go:93:15:     from for loop (range-deref) at ./iface_promoted.go:95:14
./iface_promoted.go:93:15:   flow: {heap} = i:
./iface_promoted.go:93:15:     from useI(i) (call parameter) at ./iface_promoted.go:96:16
./iface_promoted.go:93:12: s escapes to heap:
./iface_promoted.go:93:12:   flow: {storage for []I{...}} = &{storage for s}:
./iface_promoted.go:93:12:     from s (spill) at ./iface_promoted.go:93:12
./iface_promoted.go:93:12:     from []I{...} (slice-literal-element) at ./iface_promoted.go:93:11
./iface_promoted.go:93:12:   flow: ss = &{storage for []I{...}}:
./iface_promoted.go:93:12:     from []I{...} (spill) at ./iface_promoted.go:93:11
./iface_promoted.go:93:12:     from ss := []I{...} (assign) at ./iface_promoted.go:93:5
./iface_promoted.go:93:12:   flow: {temp} = ss:
./iface_promoted.go:93:12:   flow: i = *{temp}:
./iface_promoted.go:93:12:     from for loop (range-deref) at ./iface_promoted.go:95:14
./iface_promoted.go:93:12:   flow: {heap} = i:
./iface_promoted.go:93:12:     from useI(i) (call parameter) at ./iface_promoted.go:96:16
./iface_promoted.go:92:70: asJ(&d) escapes to heap:
./iface_promoted.go:92:70:   flow: {storage for ... argument} = &{storage for asJ(&d)}:
./iface_promoted.go:92:70:     from asJ(&d) (spill) at ./iface_promoted.go:92:70
./iface_promoted.go:92:70:     from ... argument (slice-literal-element) at ./iface_promoted.go:92:13
./iface_promoted.go:92:70:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:92:70:     from ... argument (spill) at ./iface_promoted.go:92:13
./iface_promoted.go:92:70:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:92:13
./iface_promoted.go:92:53: "*Deep is J" escapes to heap:
./iface_promoted.go:92:53:   flow: {storage for ... argument} = &{storage for "*Deep is J"}:
./iface_promoted.go:92:53:     from "*Deep is J" (spill) at ./iface_promoted.go:92:53
./iface_promoted.go:92:53:     from ... argument (slice-literal-element) at ./iface_promoted.go:92:13
./iface_promoted.go:92:53:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:92:53:     from ... argument (spill) at ./iface_promoted.go:92:13
./iface_promoted.go:92:53:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:92:13
./iface_promoted.go:92:48: asJ(d) escapes to heap:
./iface_promoted.go:92:48:   flow: {storage for ... argument} = &{storage for asJ(d)}:
./iface_promoted.go:92:48:     from asJ(d) (spill) at ./iface_promoted.go:92:48
./iface_promoted.go:92:48:     from ... argument (slice-literal-element) at ./iface_promoted.go:92:13
./iface_promoted.go:92:48:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:92:48:     from ... argument (spill) at ./iface_promoted.go:92:13
./iface_promoted.go:92:48:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:92:13
./iface_promoted.go:92:32: "Deep is J" escapes to heap:
./iface_promoted.go:92:32:   flow: {storage for ... argument} = &{storage for "Deep is J"}:
./iface_promoted.go:92:32:     from "Deep is J" (spill) at ./iface_promoted.go:92:32
./iface_promoted.go:92:32:     from ... argument (slice-literal-element) at ./iface_promoted.go:92:13
./iface_promoted.go:92:32:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:92:32:     from ... argument (spill) at ./iface_promoted.go:92:13
./iface_promoted.go:92:32:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:92:13
./iface_promoted.go:92:27: asJ(s) escapes to heap:
./iface_promoted.go:92:27:   flow: {storage for ... argument} = &{storage for asJ(s)}:
./iface_promoted.go:92:27:     from asJ(s) (spill) at ./iface_promoted.go:92:27
./iface_promoted.go:92:27:     from ... argument (slice-literal-element) at ./iface_promoted.go:92:13
./iface_promoted.go:92:27:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:92:27:     from ... argument (spill) at ./iface_promoted.go:92:13
./iface_promoted.go:92:27:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:92:13
./iface_promoted.go:92:14: "S is J" escapes to heap:
./iface_promoted.go:92:14:   flow: {storage for ... argument} = &{storage for "S is J"}:
./iface_promoted.go:92:14:     from "S is J" (spill) at ./iface_promoted.go:92:14
./iface_promoted.go:92:14:     from ... argument (slice-literal-element) at ./iface_promoted.go:92:13
./iface_promoted.go:92:14:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:92:14:     from ... argument (spill) at ./iface_promoted.go:92:13
./iface_promoted.go:92:14:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:92:13
./iface_promoted.go:91:65: asJ(p) escapes to heap:
./iface_promoted.go:91:65:   flow: {storage for ... argument} = &{storage for asJ(p)}:
./iface_promoted.go:91:65:     from asJ(p) (spill) at ./iface_promoted.go:91:65
./iface_promoted.go:91:65:     from ... argument (slice-literal-element) at ./iface_promoted.go:91:13
./iface_promoted.go:91:65:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:91:65:     from ... argument (spill) at ./iface_promoted.go:91:13
./iface_promoted.go:91:65:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:91:13
./iface_promoted.go:91:52: "P is J" escapes to heap:
./iface_promoted.go:91:52:   flow: {storage for ... argument} = &{storage for "P is J"}:
./iface_promoted.go:91:52:     from "P is J" (spill) at ./iface_promoted.go:91:52
./iface_promoted.go:91:52:     from ... argument (slice-literal-element) at ./iface_promoted.go:91:13
./iface_promoted.go:91:52:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:91:52:     from ... argument (spill) at ./iface_promoted.go:91:13
./iface_promoted.go:91:52:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:91:13
./iface_promoted.go:91:46: asJ(&e) escapes to heap:
./iface_promoted.go:91:46:   flow: {storage for ... argument} = &{storage for asJ(&e)}:
./iface_promoted.go:91:46:     from asJ(&e) (spill) at ./iface_promoted.go:91:46
./iface_promoted.go:91:46:     from ... argument (slice-literal-element) at ./iface_promoted.go:91:13
./iface_promoted.go:91:46:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:91:46:     from ... argument (spill) at ./iface_promoted.go:91:13
./iface_promoted.go:91:46:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:91:13
./iface_promoted.go:91:32: "*E is J" escapes to heap:
./iface_promoted.go:91:32:   flow: {storage for ... argument} = &{storage for "*E is J"}:
./iface_promoted.go:91:32:     from "*E is J" (spill) at ./iface_promoted.go:91:32
./iface_promoted.go:91:32:     from ... argument (slice-literal-element) at ./iface_promoted.go:91:13
./iface_promoted.go:91:32:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:91:32:     from ... argument (spill) at ./iface_promoted.go:91:13
./iface_promoted.go:91:32:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:91:13
./iface_promoted.go:91:27: asJ(e) escapes to heap:
./iface_promoted.go:91:27:   flow: {storage for ... argument} = &{storage for asJ(e)}:
./iface_promoted.go:91:27:     from asJ(e) (spill) at ./iface_promoted.go:91:27
./iface_promoted.go:91:27:     from ... argument (slice-literal-element) at ./iface_promoted.go:91:13
./iface_promoted.go:91:27:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:91:27:     from ... argument (spill) at ./iface_promoted.go:91:13
./iface_promoted.go:91:27:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:91:13
./iface_promoted.go:91:14: "E is J" escapes to heap:
./iface_promoted.go:91:14:   flow: {storage for ... argument} = &{storage for "E is J"}:
./iface_promoted.go:91:14:     from "E is J" (spill) at ./iface_promoted.go:91:14
./iface_promoted.go:91:14:     from ... argument (slice-literal-element) at ./iface_promoted.go:91:13
./iface_promoted.go:91:14:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:91:14:     from ... argument (spill) at ./iface_promoted.go:91:13
./iface_promoted.go:91:14:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:91:13
./iface_promoted.go:88:17: b escapes to heap:
./iface_promoted.go:88:17:   flow: i = &{storage for b}:
./iface_promoted.go:88:17:     from b (spill) at ./iface_promoted.go:88:17
./iface_promoted.go:88:17:     from asI(b) (call parameter) at ./iface_promoted.go:88:17
./iface_promoted.go:88:17:   flow: {heap} = i:
./iface_promoted.go:88:17:     from useI(i) (call parameter) at ./iface_promoted.go:89:31
./iface_promoted.go:89:31: useI(i) escapes to heap:
./iface_promoted.go:89:31:   flow: {storage for ... argument} = &{storage for useI(i)}:
./iface_promoted.go:89:31:     from useI(i) (spill) at ./iface_promoted.go:89:31
./iface_promoted.go:89:31:     from ... argument (slice-literal-element) at ./iface_promoted.go:89:14
./iface_promoted.go:89:31:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:89:31:     from ... argument (spill) at ./iface_promoted.go:89:14
./iface_promoted.go:89:31:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:89:14
./iface_promoted.go:89:15: "Big is I" escapes to heap:
./iface_promoted.go:89:15:   flow: {storage for ... argument} = &{storage for "Big is I"}:
./iface_promoted.go:89:15:     from "Big is I" (spill) at ./iface_promoted.go:89:15
./iface_promoted.go:89:15:     from ... argument (slice-literal-element) at ./iface_promoted.go:89:14
./iface_promoted.go:89:15:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:89:15:     from ... argument (spill) at ./iface_promoted.go:89:14
./iface_promoted.go:89:15:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:89:14
./iface_promoted.go:87:18: useI(Shadow{...}) escapes to heap:
./iface_promoted.go:87:18:   flow: {storage for ... argument} = &{storage for useI(Shadow{...})}:
./iface_promoted.go:87:18:     from useI(Shadow{...}) (spill) at ./iface_promoted.go:87:18
./iface_promoted.go:87:18:     from ... argument (slice-literal-element) at ./iface_promoted.go:87:13
./iface_promoted.go:87:18:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:87:18:     from ... argument (spill) at ./iface_promoted.go:87:13
./iface_promoted.go:87:18:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:87:13
./iface_promoted.go:86:39: T.Pair(d.E.T, 1, nil...) escapes to heap:
./iface_promoted.go:86:39:   flow: {storage for ... argument} = &{storage for T.Pair(d.E.T, 1, nil...)}:
./iface_promoted.go:86:39:     from T.Pair(d.E.T, 1, nil...) (spill) at ./iface_promoted.go:86:39
./iface_promoted.go:86:39:     from ... argument (slice-literal-element) at ./iface_promoted.go:86:13
./iface_promoted.go:86:39:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:86:39:     from ... argument (spill) at ./iface_promoted.go:86:13
./iface_promoted.go:86:39:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:86:13
./iface_promoted.go:86:27: useJ(&d) escapes to heap:
./iface_promoted.go:86:27:   flow: {storage for ... argument} = &{storage for useJ(&d)}:
./iface_promoted.go:86:27:     from useJ(&d) (spill) at ./iface_promoted.go:86:27
./iface_promoted.go:86:27:     from ... argument (slice-literal-element) at ./iface_promoted.go:86:13
./iface_promoted.go:86:27:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:86:27:     from ... argument (spill) at ./iface_promoted.go:86:13
./iface_promoted.go:86:27:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:86:13
./iface_promoted.go:86:18: useI(d) escapes to heap:
./iface_promoted.go:86:18:   flow: {storage for ... argument} = &{storage for useI(d)}:
./iface_promoted.go:86:18:     from useI(d) (spill) at ./iface_promoted.go:86:18
./iface_promoted.go:86:18:     from ... argument (slice-literal-element) at ./iface_promoted.go:86:13
./iface_promoted.go:86:18:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:86:18:     from ... argument (spill) at ./iface_promoted.go:86:13
./iface_promoted.go:86:18:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:86:13
./iface_promoted.go:84:34: useI(&b) escapes to heap:
./iface_promoted.go:84:34:   flow: {storage for ... argument} = &{storage for useI(&b)}:
./iface_promoted.go:84:34:     from useI(&b) (spill) at ./iface_promoted.go:84:34
./iface_promoted.go:84:34:     from ... argument (slice-literal-element) at ./iface_promoted.go:84:13
./iface_promoted.go:84:34:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:84:34:     from ... argument (spill) at ./iface_promoted.go:84:13
./iface_promoted.go:84:34:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:84:13
./iface_promoted.go:84:26: b.I.M() escapes to heap:
./iface_promoted.go:84:26:   flow: {storage for ... argument} = &{storage for b.I.M()}:
./iface_promoted.go:84:26:     from b.I.M() (spill) at ./iface_promoted.go:84:26
./iface_promoted.go:84:26:     from ... argument (slice-literal-element) at ./iface_promoted.go:84:13
./iface_promoted.go:84:26:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:84:26:     from ... argument (spill) at ./iface_promoted.go:84:13
./iface_promoted.go:84:26:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:84:13
./iface_promoted.go:84:18: useI(b) escapes to heap:
./iface_promoted.go:84:18:   flow: {storage for ... argument} = &{storage for useI(b)}:
./iface_promoted.go:84:18:     from useI(b) (spill) at ./iface_promoted.go:84:18
./iface_promoted.go:84:18:     from ... argument (slice-literal-element) at ./iface_promoted.go:84:13
./iface_promoted.go:84:18:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:84:18:     from ... argument (spill) at ./iface_promoted.go:84:13
./iface_promoted.go:84:18:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:84:13
./iface_promoted.go:81:9: &T{...} escapes to heap:
./iface_promoted.go:81:9:   flow: p = &{storage for &T{...}}:
./iface_promoted.go:81:9:     from &T{...} (spill) at ./iface_promoted.go:81:9
./iface_promoted.go:81:9:     from P{...} (struct literal element) at ./iface_promoted.go:81:8
./iface_promoted.go:81:9:     from p := P{...} (assign) at ./iface_promoted.go:81:4
./iface_promoted.go:81:9:   flow: {heap} = p:
./iface_promoted.go:81:9:     from p (interface-converted) at ./iface_promoted.go:82:18
./iface_promoted.go:81:9:     from useI(p) (call parameter) at ./iface_promoted.go:82:18
./iface_promoted.go:82:36: useK(p) escapes to heap:
./iface_promoted.go:82:36:   flow: {storage for ... argument} = &{storage for useK(p)}:
./iface_promoted.go:82:36:     from useK(p) (spill) at ./iface_promoted.go:82:36
./iface_promoted.go:82:36:     from ... argument (slice-literal-element) at ./iface_promoted.go:82:13
./iface_promoted.go:82:36:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:82:36:     from ... argument (spill) at ./iface_promoted.go:82:13
./iface_promoted.go:82:36:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:82:13
./iface_promoted.go:82:27: useJ(p) escapes to heap:
./iface_promoted.go:82:27:   flow: {storage for ... argument} = &{storage for useJ(p)}:
./iface_promoted.go:82:27:     from useJ(p) (spill) at ./iface_promoted.go:82:27
./iface_promoted.go:82:27:     from ... argument (slice-literal-element) at ./iface_promoted.go:82:13
./iface_promoted.go:82:27:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:82:27:     from ... argument (spill) at ./iface_promoted.go:82:13
./iface_promoted.go:82:27:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:82:13
./iface_promoted.go:82:18: useI(p) escapes to heap:
./iface_promoted.go:82:18:   flow: {storage for ... argument} = &{storage for useI(p)}:
./iface_promoted.go:82:18:     from useI(p) (spill) at ./iface_promoted.go:82:18
./iface_promoted.go:82:18:     from ... argument (slice-literal-element) at ./iface_promoted.go:82:13
./iface_promoted.go:82:18:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:82:18:     from ... argument (spill) at ./iface_promoted.go:82:13
./iface_promoted.go:82:18:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:82:13
./iface_promoted.go:80:53: useK(&e) escapes to heap:
./iface_promoted.go:80:53:   flow: {storage for ... argument} = &{storage for useK(&e)}:
./iface_promoted.go:80:53:     from useK(&e) (spill) at ./iface_promoted.go:80:53
./iface_promoted.go:80:53:     from ... argument (slice-literal-element) at ./iface_promoted.go:80:13
./iface_promoted.go:80:53:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:80:53:     from ... argument (spill) at ./iface_promoted.go:80:13
./iface_promoted.go:80:53:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:80:13
./iface_promoted.go:80:44: useK(e) escapes to heap:
./iface_promoted.go:80:44:   flow: {storage for ... argument} = &{storage for useK(e)}:
./iface_promoted.go:80:44:     from useK(e) (spill) at ./iface_promoted.go:80:44
./iface_promoted.go:80:44:     from ... argument (slice-literal-element) at ./iface_promoted.go:80:13
./iface_promoted.go:80:44:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:80:44:     from ... argument (spill) at ./iface_promoted.go:80:13
./iface_promoted.go:80:44:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:80:13
./iface_promoted.go:80:34: useJ(&e) escapes to heap:
./iface_promoted.go:80:34:   flow: {storage for ... argument} = &{storage for useJ(&e)}:
./iface_promoted.go:80:34:     from useJ(&e) (spill) at ./iface_promoted.go:80:34
./iface_promoted.go:80:34:     from ... argument (slice-literal-element) at ./iface_promoted.go:80:13
./iface_promoted.go:80:34:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:80:34:     from ... argument (spill) at ./iface_promoted.go:80:13
./iface_promoted.go:80:34:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:80:13
./iface_promoted.go:80:25: useI(e) escapes to heap:
./iface_promoted.go:80:25:   flow: {storage for ... argument} = &{storage for useI(e)}:
./iface_promoted.go:80:25:     from useI(e) (spill) at ./iface_promoted.go:80:25
./iface_promoted.go:80:25:     from ... argument (slice-literal-element) at ./iface_promoted.go:80:13
./iface_promoted.go:80:25:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:80:25:     from ... argument (spill) at ./iface_promoted.go:80:13
./iface_promoted.go:80:25:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:80:13
./iface_promoted.go:80:17: T.M(e.T) escapes to heap:
./iface_promoted.go:80:17:   flow: {storage for ... argument} = &{storage for T.M(e.T)}:
./iface_promoted.go:80:17:     from T.M(e.T) (spill) at ./iface_promoted.go:80:17
./iface_promoted.go:80:17:     from ... argument (slice-literal-element) at ./iface_promoted.go:80:13
./iface_promoted.go:80:17:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:80:17:     from ... argument (spill) at ./iface_promoted.go:80:13
./iface_promoted.go:80:17:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:80:13
./iface_promoted.go:78:34: useI(&s) escapes to heap:
./iface_promoted.go:78:34:   flow: {storage for ... argument} = &{storage for useI(&s)}:
./iface_promoted.go:78:34:     from useI(&s) (spill) at ./iface_promoted.go:78:34
./iface_promoted.go:78:34:     from ... argument (slice-literal-element) at ./iface_promoted.go:78:13
./iface_promoted.go:78:34:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:78:34:     from ... argument (spill) at ./iface_promoted.go:78:13
./iface_promoted.go:78:34:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:78:13
./iface_promoted.go:78:25: useI(s) escapes to heap:
./iface_promoted.go:78:25:   flow: {storage for ... argument} = &{storage for useI(s)}:
./iface_promoted.go:78:25:     from useI(s) (spill) at ./iface_promoted.go:78:25
./iface_promoted.go:78:25:     from ... argument (slice-literal-element) at ./iface_promoted.go:78:13
./iface_promoted.go:78:25:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:78:25:     from ... argument (spill) at ./iface_promoted.go:78:13
./iface_promoted.go:78:25:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:78:13
./iface_promoted.go:78:17: s.I.M() escapes to heap:
./iface_promoted.go:78:17:   flow: {storage for ... argument} = &{storage for s.I.M()}:
./iface_promoted.go:78:17:     from s.I.M() (spill) at ./iface_promoted.go:78:17
./iface_promoted.go:78:17:     from ... argument (slice-literal-element) at ./iface_promoted.go:78:13
./iface_promoted.go:78:17:   flow: {heap} = {storage for ... argument}:
./iface_promoted.go:78:17:     from ... argument (spill) at ./iface_promoted.go:78:13
./iface_promoted.go:78:17:     from fmt.Println(... argument...) (call parameter) at ./iface_promoted.go:78:13
./iface_promoted.go:83:18: T{...} escapes to heap:
./iface_promoted.go:83:18:   flow: b = &{storage for T{...}}:
./iface_promoted.go:83:18:     from T{...} (spill) at ./iface_promoted.go:83:18
./iface_promoted.go:83:18:     from Big{...} (struct literal element) at ./iface_promoted.go:83:10
./iface_promoted.go:83:18:     from b := Big{...} (assign) at ./iface_promoted.go:83:4
./iface_promoted.go:77:10: T{...} escapes to heap:
./iface_promoted.go:77:10:   flow: s = &{storage for T{...}}:
./iface_promoted.go:77:10:     from T{...} (spill) at ./iface_promoted.go:77:10
./iface_promoted.go:77:10:     from S{...} (struct literal element) at ./iface_promoted.go:77:8
./iface_promoted.go:77:10:     from s := S{...} (assign) at ./iface_promoted.go:77:4
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
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.N() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Twice() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.M() (call parameter) at <autogenerated>:1
