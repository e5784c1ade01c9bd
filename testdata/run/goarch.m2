./goarch.go:26:13: s escapes to heap:
./goarch.go:26:13:   flow: {storage for ... argument} = &{storage for s}:
./goarch.go:26:13:     from s (spill) at ./goarch.go:26:13
./goarch.go:26:13:     from ... argument (slice-literal-element) at ./goarch.go:26:13
./goarch.go:26:13:   flow: {heap} = {storage for ... argument}:
./goarch.go:26:13:     from ... argument (spill) at ./goarch.go:26:13
./goarch.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:26:13
./goarch.go:23:15: "other" escapes to heap:
./goarch.go:23:15:   flow: {storage for ... argument} = &{storage for "other"}:
./goarch.go:23:15:     from "other" (spill) at ./goarch.go:23:15
./goarch.go:23:15:     from ... argument (slice-literal-element) at ./goarch.go:23:14
./goarch.go:23:15:   flow: {heap} = {storage for ... argument}:
./goarch.go:23:15:     from ... argument (spill) at ./goarch.go:23:14
./goarch.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:23:14
./goarch.go:21:15: "aarch64" escapes to heap:
./goarch.go:21:15:   flow: {storage for ... argument} = &{storage for "aarch64"}:
./goarch.go:21:15:     from "aarch64" (spill) at ./goarch.go:21:15
./goarch.go:21:15:     from ... argument (slice-literal-element) at ./goarch.go:21:14
./goarch.go:21:15:   flow: {heap} = {storage for ... argument}:
./goarch.go:21:15:     from ... argument (spill) at ./goarch.go:21:14
./goarch.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:21:14
./goarch.go:19:15: "x86-64" escapes to heap:
./goarch.go:19:15:   flow: {storage for ... argument} = &{storage for "x86-64"}:
./goarch.go:19:15:     from "x86-64" (spill) at ./goarch.go:19:15
./goarch.go:19:15:     from ... argument (slice-literal-element) at ./goarch.go:19:14
./goarch.go:19:15:   flow: {heap} = {storage for ... argument}:
./goarch.go:19:15:     from ... argument (spill) at ./goarch.go:19:14
./goarch.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:19:14
./goarch.go:15:55: is64 escapes to heap:
./goarch.go:15:55:   flow: {storage for ... argument} = &{storage for is64}:
./goarch.go:15:55:     from is64 (spill) at ./goarch.go:15:55
./goarch.go:15:55:     from ... argument (slice-literal-element) at ./goarch.go:15:13
./goarch.go:15:55:   flow: {heap} = {storage for ... argument}:
./goarch.go:15:55:     from ... argument (spill) at ./goarch.go:15:13
./goarch.go:15:55:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:15:13
./goarch.go:15:37: len(runtime.GOARCH) escapes to heap:
./goarch.go:15:37:   flow: {storage for ... argument} = &{storage for len(runtime.GOARCH)}:
./goarch.go:15:37:     from len(runtime.GOARCH) (spill) at ./goarch.go:15:37
./goarch.go:15:37:     from ... argument (slice-literal-element) at ./goarch.go:15:13
./goarch.go:15:37:   flow: {heap} = {storage for ... argument}:
./goarch.go:15:37:     from ... argument (spill) at ./goarch.go:15:13
./goarch.go:15:37:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:15:13
./goarch.go:15:28: arch escapes to heap:
./goarch.go:15:28:   flow: {storage for ... argument} = &{storage for arch}:
./goarch.go:15:28:     from arch (spill) at ./goarch.go:15:28
./goarch.go:15:28:     from ... argument (slice-literal-element) at ./goarch.go:15:13
./goarch.go:15:28:   flow: {heap} = {storage for ... argument}:
./goarch.go:15:28:     from ... argument (spill) at ./goarch.go:15:13
./goarch.go:15:28:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:15:13
./goarch.go:15:21: runtime.GOOS escapes to heap:
./goarch.go:15:21:   flow: {storage for ... argument} = &{storage for runtime.GOOS}:
./goarch.go:15:21:     from runtime.GOOS (spill) at ./goarch.go:15:21
./goarch.go:15:21:     from ... argument (slice-literal-element) at ./goarch.go:15:13
./goarch.go:15:21:   flow: {heap} = {storage for ... argument}:
./goarch.go:15:21:     from ... argument (spill) at ./goarch.go:15:13
./goarch.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./goarch.go:15:13
./goarch.go:15:13: ... argument does not escape
./goarch.go:15:21: runtime.GOOS escapes to heap
./goarch.go:15:28: arch escapes to heap
./goarch.go:15:37: len(runtime.GOARCH) escapes to heap
./goarch.go:15:55: is64 escapes to heap
./goarch.go:19:14: ... argument does not escape
./goarch.go:19:15: "x86-64" escapes to heap
./goarch.go:21:14: ... argument does not escape
./goarch.go:21:15: "aarch64" escapes to heap
./goarch.go:23:14: ... argument does not escape
./goarch.go:23:15: "other" escapes to heap
./goarch.go:26:13: ... argument does not escape
./goarch.go:26:13: s escapes to heap
