./embedded_fields.go:22:2: moved to heap: x
./embedded_fields.go:23:8: &Inner{...} does not escape
./embedded_fields.go:28:17: leaking param: w
./embedded_fields.go:33:2: m.Leaf.X escapes to heap
