./package_vars.go:28:11: make([]int, 0, n) escapes to heap
./package_vars.go:41:13: ... argument does not escape
./package_vars.go:41:13: a escapes to heap
./package_vars.go:41:13: b escapes to heap
./package_vars.go:41:13: c escapes to heap
./package_vars.go:41:13: d escapes to heap
./package_vars.go:42:13: ... argument does not escape
./package_vars.go:42:13: msg escapes to heap
./package_vars.go:43:13: ... argument does not escape
./package_vars.go:43:13: table escapes to heap
./package_vars.go:43:13: list escapes to heap
./package_vars.go:44:13: ... argument does not escape
./package_vars.go:44:13: counter escapes to heap
./package_vars.go:47:13: ... argument does not escape
./package_vars.go:47:13: d escapes to heap
./package_vars.go:47:13: counter escapes to heap
./package_vars.go:47:26: K escapes to heap
./package_vars.go:47:29: Big escapes to heap
./package_vars.go:47:34: Small escapes to heap
./package_vars.go:9:27: greeting + ", " + name escapes to heap
