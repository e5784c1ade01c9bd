./embedded_alias_identity.go:31:15: "field named C" escapes to heap:
./embedded_alias_identity.go:31:15:   flow: {storage for ... argument} = &{storage for "field named C"}:
./embedded_alias_identity.go:31:15:     from "field named C" (spill) at ./embedded_alias_identity.go:31:15
./embedded_alias_identity.go:31:15:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:31:14
./embedded_alias_identity.go:31:15:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:31:15:     from ... argument (spill) at ./embedded_alias_identity.go:31:14
./embedded_alias_identity.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./embedded_alias_identity.go:31:14
./embedded_alias_identity.go:29:15: "uint32 field named uint32" escapes to heap:
./embedded_alias_identity.go:29:15:   flow: {storage for ... argument} = &{storage for "uint32 field named uint32"}:
./embedded_alias_identity.go:29:15:     from "uint32 field named uint32" (spill) at ./embedded_alias_identity.go:29:15
./embedded_alias_identity.go:29:15:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:29:14
./embedded_alias_identity.go:29:15:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:29:15:     from ... argument (spill) at ./embedded_alias_identity.go:29:14
./embedded_alias_identity.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./embedded_alias_identity.go:29:14
./embedded_alias_identity.go:26:35: x == y escapes to heap:
./embedded_alias_identity.go:26:35:   flow: {storage for ... argument} = &{storage for x == y}:
./embedded_alias_identity.go:26:35:     from x == y (spill) at ./embedded_alias_identity.go:26:35
./embedded_alias_identity.go:26:35:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:26:35:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:26:35:     from ... argument (spill) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:26:35:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:24:3: struct { uint32 }{} escapes to heap:
./embedded_alias_identity.go:24:3:   flow: y = &{storage for struct { uint32 }{}}:
./embedded_alias_identity.go:24:3:     from struct { uint32 }{} (spill) at ./embedded_alias_identity.go:24:3
./embedded_alias_identity.go:24:3:     from y = struct { uint32 }{} (assign) at ./embedded_alias_identity.go:24:5
./embedded_alias_identity.go:24:3:   flow: {storage for ... argument} = y:
./embedded_alias_identity.go:24:3:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:24:3:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:24:3:     from ... argument (spill) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:24:3:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:14:31: struct { int }{} escapes to heap:
./embedded_alias_identity.go:14:31:   flow: y = &{storage for struct { int }{}}:
./embedded_alias_identity.go:14:31:     from struct { int }{} (spill) at ./embedded_alias_identity.go:14:31
./embedded_alias_identity.go:14:31:     from y = struct { int }{} (assign) at ./embedded_alias_identity.go:14:6
./embedded_alias_identity.go:14:31:   flow: {storage for ... argument} = y:
./embedded_alias_identity.go:14:31:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:14:31:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:14:31:     from ... argument (spill) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:14:31:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:20:3: struct { int32 }{} escapes to heap:
./embedded_alias_identity.go:20:3:   flow: x = &{storage for struct { int32 }{}}:
./embedded_alias_identity.go:20:3:     from struct { int32 }{} (spill) at ./embedded_alias_identity.go:20:3
./embedded_alias_identity.go:20:3:     from x = struct { int32 }{} (assign) at ./embedded_alias_identity.go:20:5
./embedded_alias_identity.go:20:3:   flow: {storage for ... argument} = x:
./embedded_alias_identity.go:20:3:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:20:3:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:20:3:     from ... argument (spill) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:20:3:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:14:31: struct { int }{} escapes to heap:
./embedded_alias_identity.go:14:31:   flow: x = &{storage for struct { int }{}}:
./embedded_alias_identity.go:14:31:     from struct { int }{} (spill) at ./embedded_alias_identity.go:14:31
./embedded_alias_identity.go:14:31:     from x = struct { int }{} (assign) at ./embedded_alias_identity.go:14:6
./embedded_alias_identity.go:14:31:   flow: {storage for ... argument} = x:
./embedded_alias_identity.go:14:31:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:14:31:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:14:31:     from ... argument (spill) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:14:31:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./embedded_alias_identity.go:26:12
./embedded_alias_identity.go:17:24: y == z escapes to heap:
./embedded_alias_identity.go:17:24:   flow: {storage for ... argument} = &{storage for y == z}:
./embedded_alias_identity.go:17:24:     from y == z (spill) at ./embedded_alias_identity.go:17:24
./embedded_alias_identity.go:17:24:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:17:13
./embedded_alias_identity.go:17:24:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:17:24:     from ... argument (spill) at ./embedded_alias_identity.go:17:13
./embedded_alias_identity.go:17:24:     from fmt.Println(... argument...) (call parameter) at ./embedded_alias_identity.go:17:13
./embedded_alias_identity.go:17:16: x == z escapes to heap:
./embedded_alias_identity.go:17:16:   flow: {storage for ... argument} = &{storage for x == z}:
./embedded_alias_identity.go:17:16:     from x == z (spill) at ./embedded_alias_identity.go:17:16
./embedded_alias_identity.go:17:16:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:17:13
./embedded_alias_identity.go:17:16:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:17:16:     from ... argument (spill) at ./embedded_alias_identity.go:17:13
./embedded_alias_identity.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./embedded_alias_identity.go:17:13
./embedded_alias_identity.go:15:35: x == y escapes to heap:
./embedded_alias_identity.go:15:35:   flow: {storage for ... argument} = &{storage for x == y}:
./embedded_alias_identity.go:15:35:     from x == y (spill) at ./embedded_alias_identity.go:15:35
./embedded_alias_identity.go:15:35:     from ... argument (slice-literal-element) at ./embedded_alias_identity.go:15:12
./embedded_alias_identity.go:15:35:   flow: {heap} = {storage for ... argument}:
./embedded_alias_identity.go:15:35:     from ... argument (spill) at ./embedded_alias_identity.go:15:12
./embedded_alias_identity.go:15:35:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./embedded_alias_identity.go:15:12
./embedded_alias_identity.go:14:31: struct { int }{} escapes to heap
./embedded_alias_identity.go:14:31: struct { int }{} escapes to heap
./embedded_alias_identity.go:15:12: ... argument does not escape
./embedded_alias_identity.go:15:35: x == y escapes to heap
./embedded_alias_identity.go:16:35: struct { int }{} does not escape
./embedded_alias_identity.go:17:13: ... argument does not escape
./embedded_alias_identity.go:17:16: x == z escapes to heap
./embedded_alias_identity.go:17:24: y == z escapes to heap
./embedded_alias_identity.go:20:3: struct { int32 }{} escapes to heap
./embedded_alias_identity.go:24:3: struct { uint32 }{} escapes to heap
./embedded_alias_identity.go:26:12: ... argument does not escape
./embedded_alias_identity.go:26:35: x == y escapes to heap
./embedded_alias_identity.go:29:14: ... argument does not escape
./embedded_alias_identity.go:29:15: "uint32 field named uint32" escapes to heap
./embedded_alias_identity.go:31:14: ... argument does not escape
./embedded_alias_identity.go:31:15: "field named C" escapes to heap
