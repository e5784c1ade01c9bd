./arrays.go:10:16: a does not escape
./arrays.go:23:6: moved to heap: a
./arrays.go:30:13: ... argument does not escape
./arrays.go:30:13: a escapes to heap
./arrays.go:30:13: b escapes to heap
./arrays.go:30:13: c escapes to heap
./arrays.go:32:13: ... argument does not escape
./arrays.go:32:13: a escapes to heap
./arrays.go:32:20: len(a) escapes to heap
./arrays.go:32:28: cap(a) escapes to heap
./arrays.go:33:13: ... argument does not escape
./arrays.go:33:17: sum(a) escapes to heap
./arrays.go:33:25: sum(b) escapes to heap
./arrays.go:33:33: sum(c) escapes to heap
./arrays.go:34:13: ... argument does not escape
./arrays.go:34:16: a == c escapes to heap
./arrays.go:34:24: a == a escapes to heap
./arrays.go:34:32: b != a escapes to heap
./arrays.go:38:13: ... argument does not escape
./arrays.go:38:13: grid escapes to heap
./arrays.go:38:13: g2 escapes to heap
./arrays.go:41:13: ... argument does not escape
./arrays.go:41:13: a escapes to heap
./arrays.go:41:13: s escapes to heap
./arrays.go:41:23: len(s) escapes to heap
./arrays.go:41:31: cap(s) escapes to heap
./arrays.go:43:13: ... argument does not escape
./arrays.go:43:13: names escapes to heap
./arrays.go:43:24: len(names[2]) escapes to heap
./arrays.go:45:13: ... argument does not escape
./arrays.go:45:13: bools escapes to heap
