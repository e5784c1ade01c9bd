./type_assert.go:9:10: e does not escape
./type_assert.go:15:6: 42 escapes to heap
./type_assert.go:16:13: ... argument does not escape
./type_assert.go:16:15: e.(int) escapes to heap
./type_assert.go:17:13: ... argument does not escape
./type_assert.go:17:13: .autotmp_1 escapes to heap
./type_assert.go:17:13: .autotmp_2 escapes to heap
./type_assert.go:18:18: "x" does not escape
./type_assert.go:18:13: ... argument does not escape
./type_assert.go:18:13: .autotmp_3 escapes to heap
./type_assert.go:18:13: .autotmp_4 escapes to heap
./type_assert.go:19:23: T{...} does not escape
./type_assert.go:21:13: ... argument does not escape
./type_assert.go:21:17: x.a + x.b escapes to heap
./type_assert.go:21:28: t.(T).b escapes to heap
./type_assert.go:24:13: ... argument does not escape
./type_assert.go:24:14: *p.(P).p escapes to heap
./type_assert.go:25:6: "str" does not escape
./type_assert.go:27:13: ... argument does not escape
./type_assert.go:27:13: str escapes to heap
./type_assert.go:27:13: ok escapes to heap
./type_assert.go:30:13: ... argument does not escape
./type_assert.go:30:13: bad escapes to heap
./type_assert.go:30:13: ok escapes to heap
./type_assert.go:31:6: 1.5 does not escape
./type_assert.go:33:13: ... argument does not escape
./type_assert.go:33:13: f escapes to heap
./type_assert.go:33:13: ok2 escapes to heap
./type_assert.go:36:13: ... argument does not escape
./type_assert.go:36:13: ok3 escapes to heap
./type_assert.go:38:13: ... argument does not escape
./type_assert.go:38:13: ok3 escapes to heap
./type_assert.go:40:13: ... argument does not escape
./type_assert.go:40:13: ok escapes to heap
./type_assert.go:41:28: []int{...} does not escape
./type_assert.go:41:28: []int{...} does not escape
./type_assert.go:42:13: ... argument does not escape
./type_assert.go:42:17: len(sl.([]int)) escapes to heap
./type_assert.go:42:41: sl.([]int)[2] escapes to heap
./type_assert.go:43:13: ... argument does not escape
./type_assert.go:43:15: s.(int) escapes to heap
