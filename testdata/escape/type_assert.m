./type_assert.go:9:12: e does not escape
./type_assert.go:13:14: leaking param: e to result ~r0 level=0
./type_assert.go:17:12: leaking param: e to result ~r0 level=0
./type_assert.go:21:14: leaking param: e to result ~r0 level=0
./type_assert.go:26:20: leaking param: e
./type_assert.go:31:2: moved to heap: n
./type_assert.go:32:16: 1 does not escape
