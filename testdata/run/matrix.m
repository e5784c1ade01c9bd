./matrix.go:38:16: m does not escape
./matrix.go:55:13: ... argument does not escape
./matrix.go:55:15: p[0] escapes to heap
./matrix.go:56:13: ... argument does not escape
./matrix.go:56:15: p[N - 1] escapes to heap
./matrix.go:58:13: ... argument does not escape
./matrix.go:58:18: p[0][N - 1] escapes to heap
./matrix.go:58:31: p[N - 1][0] escapes to heap
./matrix.go:67:13: ... argument does not escape
./matrix.go:67:18: r[0][1] escapes to heap
./matrix.go:67:27: r[0][0] escapes to heap
