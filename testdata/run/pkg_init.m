./pkg_init.go:23:8: name does not escape
./pkg_init.go:29:10: s does not escape
./pkg_init.go:38:13: ... argument does not escape
./pkg_init.go:38:13: a escapes to heap
./pkg_init.go:38:13: b escapes to heap
./pkg_init.go:38:13: c escapes to heap
./pkg_init.go:38:13: d escapes to heap
./pkg_init.go:38:13: total escapes to heap
./pkg_init.go:38:13: list escapes to heap
./pkg_init.go:38:13: arr escapes to heap
./pkg_init.go:38:13: e escapes to heap
./pkg_init.go:38:13: msg escapes to heap
./pkg_init.go:39:13: ... argument does not escape
./pkg_init.go:39:14: *p escapes to heap
./pkg_init.go:39:20: q == p escapes to heap
./pkg_init.go:39:20: cnt escapes to heap
./pkg_init.go:39:20: zero escapes to heap
./pkg_init.go:39:43: names == nil escapes to heap
./pkg_init.go:41:13: ... argument does not escape
./pkg_init.go:41:15: p.X escapes to heap
./pkg_init.go:43:13: ... argument does not escape
./pkg_init.go:43:13: names escapes to heap
./pkg_init.go:13:17: greet + ", world" escapes to heap
