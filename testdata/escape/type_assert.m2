./type_assert.go:9:12: e does not escape
./type_assert.go:13:14: parameter e leaks to ~r0 with derefs=0:
./type_assert.go:13:14:   flow: ~r0 = e:
./type_assert.go:13:14:     from e.(*int) (dot) at ./type_assert.go:14:10
./type_assert.go:13:14:     from return e.(*int) (return) at ./type_assert.go:14:2
./type_assert.go:13:14: leaking param: e to result ~r0 level=0
./type_assert.go:17:12: parameter e leaks to ~r0 with derefs=0:
./type_assert.go:17:12:   flow: ~r0 = e:
./type_assert.go:17:12:     from e.(T) (dot) at ./type_assert.go:18:10
./type_assert.go:17:12:     from e.(T).p (dot) at ./type_assert.go:18:14
./type_assert.go:17:12:     from return e.(T).p (return) at ./type_assert.go:18:2
./type_assert.go:17:12: leaking param: e to result ~r0 level=0
./type_assert.go:21:14: parameter e leaks to ~r0 with derefs=0:
./type_assert.go:21:14:   flow: p = e:
./type_assert.go:21:14:     from e.(*int) (dot) at ./type_assert.go:22:12
./type_assert.go:21:14:     from p, ok := e.(*int) (assign-pair-dot-type) at ./type_assert.go:22:8
./type_assert.go:21:14:   flow: ~r0 = p:
./type_assert.go:21:14:     from return p, ok (return) at ./type_assert.go:23:2
./type_assert.go:21:14: leaking param: e to result ~r0 level=0
./type_assert.go:26:20: parameter e leaks to {heap} with derefs=0:
./type_assert.go:26:20:   flow: {heap} = e:
./type_assert.go:26:20:     from e.(interface {}) (dot) at ./type_assert.go:27:10
./type_assert.go:26:20:     from sink = e.(interface {}) (assign) at ./type_assert.go:27:7
./type_assert.go:26:20: leaking param: e
./type_assert.go:31:2: n escapes to heap:
./type_assert.go:31:2:   flow: {heap} = &n:
./type_assert.go:31:2:     from &n (address-of) at ./type_assert.go:34:16
./type_assert.go:31:2:     from &n (interface-converted) at ./type_assert.go:34:16
./type_assert.go:31:2:     from leakViaAssert(&n) (call parameter) at ./type_assert.go:34:15
./type_assert.go:31:2: moved to heap: n
./type_assert.go:32:16: 1 does not escape
