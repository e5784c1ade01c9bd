./big_expr.go:18:13: ... argument does not escape
./big_expr.go:18:13: t escapes to heap
./big_expr.go:27:13: ... argument does not escape
./big_expr.go:27:13: cnt escapes to heap
./big_expr.go:31:13: ... argument does not escape
./big_expr.go:31:13: v escapes to heap
./big_expr.go:31:13: w escapes to heap
./big_expr.go:34:13: ... argument does not escape
./big_expr.go:34:13: x escapes to heap
