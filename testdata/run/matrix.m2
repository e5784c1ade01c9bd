./matrix.go:38:16: m does not escape
./matrix.go:67:27: r[0][0] escapes to heap:
./matrix.go:67:27:   flow: {storage for ... argument} = &{storage for r[0][0]}:
./matrix.go:67:27:     from r[0][0] (spill) at ./matrix.go:67:27
./matrix.go:67:27:     from ... argument (slice-literal-element) at ./matrix.go:67:13
./matrix.go:67:27:   flow: {heap} = {storage for ... argument}:
./matrix.go:67:27:     from ... argument (spill) at ./matrix.go:67:13
./matrix.go:67:27:     from fmt.Println(... argument...) (call parameter) at ./matrix.go:67:13
./matrix.go:67:18: r[0][1] escapes to heap:
./matrix.go:67:18:   flow: {storage for ... argument} = &{storage for r[0][1]}:
./matrix.go:67:18:     from r[0][1] (spill) at ./matrix.go:67:18
./matrix.go:67:18:     from ... argument (slice-literal-element) at ./matrix.go:67:13
./matrix.go:67:18:   flow: {heap} = {storage for ... argument}:
./matrix.go:67:18:     from ... argument (spill) at ./matrix.go:67:13
./matrix.go:67:18:     from fmt.Println(... argument...) (call parameter) at ./matrix.go:67:13
./matrix.go:58:31: p[N - 1][0] escapes to heap:
./matrix.go:58:31:   flow: {storage for ... argument} = &{storage for p[N - 1][0]}:
./matrix.go:58:31:     from p[N - 1][0] (spill) at ./matrix.go:58:31
./matrix.go:58:31:     from ... argument (slice-literal-element) at ./matrix.go:58:13
./matrix.go:58:31:   flow: {heap} = {storage for ... argument}:
./matrix.go:58:31:     from ... argument (spill) at ./matrix.go:58:13
./matrix.go:58:31:     from fmt.Println(... argument...) (call parameter) at ./matrix.go:58:13
./matrix.go:58:18: p[0][N - 1] escapes to heap:
./matrix.go:58:18:   flow: {storage for ... argument} = &{storage for p[0][N - 1]}:
./matrix.go:58:18:     from p[0][N - 1] (spill) at ./matrix.go:58:18
./matrix.go:58:18:     from ... argument (slice-literal-element) at ./matrix.go:58:13
./matrix.go:58:18:   flow: {heap} = {storage for ... argument}:
./matrix.go:58:18:     from ... argument (spill) at ./matrix.go:58:13
./matrix.go:58:18:     from fmt.Println(... argument...) (call parameter) at ./matrix.go:58:13
./matrix.go:56:15: p[N - 1] escapes to heap:
./matrix.go:56:15:   flow: {storage for ... argument} = &{storage for p[N - 1]}:
./matrix.go:56:15:     from p[N - 1] (spill) at ./matrix.go:56:15
./matrix.go:56:15:     from ... argument (slice-literal-element) at ./matrix.go:56:13
./matrix.go:56:15:   flow: {heap} = {storage for ... argument}:
./matrix.go:56:15:     from ... argument (spill) at ./matrix.go:56:13
./matrix.go:56:15:     from fmt.Println(... argument...) (call parameter) at ./matrix.go:56:13
./matrix.go:55:15: p[0] escapes to heap:
./matrix.go:55:15:   flow: {storage for ... argument} = &{storage for p[0]}:
./matrix.go:55:15:     from p[0] (spill) at ./matrix.go:55:15
./matrix.go:55:15:     from ... argument (slice-literal-element) at ./matrix.go:55:13
./matrix.go:55:15:   flow: {heap} = {storage for ... argument}:
./matrix.go:55:15:     from ... argument (spill) at ./matrix.go:55:13
./matrix.go:55:15:     from fmt.Println(... argument...) (call parameter) at ./matrix.go:55:13
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
