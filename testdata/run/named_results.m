./named_results.go:11:13: s does not escape
./named_results.go:39:11: leaking param: a to result ~r1 level=0
./named_results.go:39:14: leaking param: b to result ~r0 level=0
./named_results.go:43:18: b does not escape
./named_results.go:54:7: &Pair{...} escapes to heap
./named_results.go:59:13: ... argument does not escape
./named_results.go:59:13: .autotmp_0 escapes to heap
./named_results.go:59:13: .autotmp_1 escapes to heap
./named_results.go:61:13: ... argument does not escape
./named_results.go:61:13: q escapes to heap
./named_results.go:61:13: r escapes to heap
./named_results.go:62:26: []int{...} does not escape
./named_results.go:62:13: ... argument does not escape
./named_results.go:62:13: .autotmp_4 escapes to heap
./named_results.go:62:13: .autotmp_5 escapes to heap
./named_results.go:62:13: .autotmp_6 escapes to heap
./named_results.go:63:13: ... argument does not escape
./named_results.go:63:13: .autotmp_7 escapes to heap
./named_results.go:63:13: .autotmp_8 escapes to heap
./named_results.go:63:13: .autotmp_9 escapes to heap
./named_results.go:64:13: ... argument does not escape
./named_results.go:64:20: shadow(7) escapes to heap
./named_results.go:66:13: ... argument does not escape
./named_results.go:66:13: a escapes to heap
./named_results.go:66:13: b escapes to heap
./named_results.go:66:13: c escapes to heap
./named_results.go:67:13: ... argument does not escape
./named_results.go:67:13: .autotmp_13 escapes to heap
./named_results.go:67:13: .autotmp_14 escapes to heap
./named_results.go:68:13: ... argument does not escape
./named_results.go:68:18: sum3(pass()) escapes to heap
./named_results.go:70:13: ... argument does not escape
./named_results.go:70:13: p escapes to heap
./named_results.go:70:21: *pp escapes to heap
./named_results.go:72:13: ... argument does not escape
./named_results.go:72:13: x escapes to heap
./named_results.go:72:13: y escapes to heap
./named_results.go:74:13: ... argument does not escape
./named_results.go:74:16: x + y escapes to heap
./named_results.go:74:16: x + y escapes to heap
