./many_params.go:16:100: k does not escape
./many_params.go:16:118: m does not escape
./many_params.go:16:127: n does not escape
./many_params.go:21:14: k + "!" escapes to heap
./many_params.go:28:12: leaking param: m to result ~r0 level=0
./many_params.go:28:12: leaking param: m to result ~r2 level=0
./many_params.go:28:21: leaking param: n to result ~r0 level=0
./many_params.go:41:72: []int{...} does not escape
./many_params.go:41:13: ... argument does not escape
./many_params.go:41:13: .autotmp_1 escapes to heap
./many_params.go:41:13: .autotmp_2 escapes to heap
./many_params.go:42:13: ... argument does not escape
./many_params.go:42:13: .autotmp_3 escapes to heap
./many_params.go:42:13: .autotmp_4 escapes to heap
./many_params.go:44:13: ... argument does not escape
./many_params.go:44:13: a escapes to heap
./many_params.go:44:13: b escapes to heap
./many_params.go:48:13: ... argument does not escape
./many_params.go:48:13: x escapes to heap
./many_params.go:48:13: y escapes to heap
./many_params.go:48:13: z escapes to heap
./many_params.go:48:13: m1 escapes to heap
./many_params.go:48:13: m2 escapes to heap
./many_params.go:49:13: ... argument does not escape
./many_params.go:49:13: .autotmp_12 escapes to heap
./many_params.go:49:13: .autotmp_13 escapes to heap
./many_params.go:49:13: .autotmp_14 escapes to heap
./many_params.go:49:13: .autotmp_15 escapes to heap
./many_params.go:49:13: .autotmp_16 escapes to heap
./many_params.go:49:13: .autotmp_17 escapes to heap
./many_params.go:49:13: .autotmp_18 escapes to heap
./many_params.go:49:13: .autotmp_19 escapes to heap
./many_params.go:49:13: .autotmp_20 escapes to heap
./many_params.go:49:13: .autotmp_21 escapes to heap
./many_params.go:49:13: .autotmp_22 escapes to heap
./many_params.go:49:13: .autotmp_23 escapes to heap
./many_params.go:51:13: ... argument does not escape
./many_params.go:51:13: r12 escapes to heap
./many_params.go:51:13: r11 escapes to heap
./many_params.go:51:13: r10 escapes to heap
./many_params.go:51:13: r9 escapes to heap
./many_params.go:51:13: r8 escapes to heap
./many_params.go:51:13: r7 escapes to heap
./many_params.go:51:13: r6 escapes to heap
./many_params.go:51:13: r5 escapes to heap
./many_params.go:51:13: r4 escapes to heap
./many_params.go:51:13: r3 escapes to heap
./many_params.go:51:13: r2 escapes to heap
./many_params.go:51:13: r1 escapes to heap
