./struct_eq_padding.go:20:17: leaking param: s to result ~r0 level=0
./struct_eq_padding.go:44:13: ... argument does not escape
./struct_eq_padding.go:44:17: p1 == p2 escapes to heap
./struct_eq_padding.go:44:27: p1 != p2 escapes to heap
./struct_eq_padding.go:50:13: ... argument does not escape
./struct_eq_padding.go:50:21: arr[0] == arr[1] escapes to heap
./struct_eq_padding.go:50:39: arr[1] == p1 escapes to heap
./struct_eq_padding.go:50:50: arr == [3]P{...} escapes to heap
./struct_eq_padding.go:54:13: ... argument does not escape
./struct_eq_padding.go:54:17: q1 == q2 escapes to heap
./struct_eq_padding.go:54:27: q1 == q3 escapes to heap
./struct_eq_padding.go:54:40: q1.ps == q2.ps escapes to heap
./struct_eq_padding.go:54:59: q1.ps[1] == q3.ps[1] escapes to heap
./struct_eq_padding.go:55:10: []Q{...} does not escape
./struct_eq_padding.go:56:13: ... argument does not escape
./struct_eq_padding.go:56:19: s[0] == s[1] escapes to heap
./struct_eq_padding.go:56:33: s[0] == q3 escapes to heap
./struct_eq_padding.go:58:15: string([]byte{...}) does not escape
./struct_eq_padding.go:58:22: []byte{...} does not escape
./struct_eq_padding.go:59:13: ... argument does not escape
./struct_eq_padding.go:59:17: p3 == p1 escapes to heap
./struct_eq_padding.go:61:13: ... argument does not escape
./struct_eq_padding.go:61:17: p3 == p1 escapes to heap
