./consts_ops.go:14:13: ... argument does not escape
./consts_ops.go:14:14: A escapes to heap
./consts_ops.go:14:17: B escapes to heap
./consts_ops.go:14:20: C escapes to heap
./consts_ops.go:14:23: E escapes to heap
./consts_ops.go:21:13: ... argument does not escape
./consts_ops.go:21:13: x escapes to heap
./consts_ops.go:29:13: ... argument does not escape
./consts_ops.go:29:13: y escapes to heap
./consts_ops.go:31:13: ... argument does not escape
./consts_ops.go:31:13: ok escapes to heap
./consts_ops.go:31:24: A > 5 && B > 10 escapes to heap
./consts_ops.go:31:35: !ok escapes to heap
./consts_ops.go:33:13: ... argument does not escape
./consts_ops.go:33:13: z escapes to heap
./consts_ops.go:33:17: -z escapes to heap
./consts_ops.go:33:21: +z escapes to heap
./consts_ops.go:33:25: ^z escapes to heap
./consts_ops.go:36:13: ... argument does not escape
./consts_ops.go:36:13: n escapes to heap
./consts_ops.go:36:13: m escapes to heap
