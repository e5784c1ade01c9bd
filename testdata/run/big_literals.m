./big_literals.go:16:13: ... argument does not escape
./big_literals.go:16:17: len(table) escapes to heap
./big_literals.go:16:17: s escapes to heap
./big_literals.go:16:34: table[2999] escapes to heap
./big_literals.go:22:13: ... argument does not escape
./big_literals.go:22:17: len(pts) escapes to heap
./big_literals.go:22:17: sx escapes to heap
./big_literals.go:22:17: sy escapes to heap
./big_literals.go:22:35: pts[499] escapes to heap
./big_literals.go:27:13: ... argument does not escape
./big_literals.go:27:13: n escapes to heap
./big_literals.go:27:22: words[0] escapes to heap
./big_literals.go:27:32: words[299] escapes to heap
./big_literals.go:33:13: ... argument does not escape
./big_literals.go:33:17: len(local) escapes to heap
./big_literals.go:33:17: t escapes to heap
