./named_types.go:42:13: cs escapes to heap:
./named_types.go:42:13:   flow: {storage for ... argument} = &{storage for cs}:
./named_types.go:42:13:     from cs (spill) at ./named_types.go:42:13
./named_types.go:42:13:     from ... argument (slice-literal-element) at ./named_types.go:42:13
./named_types.go:42:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:42:13:     from ... argument (spill) at ./named_types.go:42:13
./named_types.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:42:13
./named_types.go:37:17: *pa escapes to heap:
./named_types.go:37:17:   flow: {storage for ... argument} = &{storage for *pa}:
./named_types.go:37:17:     from *pa (spill) at ./named_types.go:37:17
./named_types.go:37:17:     from ... argument (slice-literal-element) at ./named_types.go:37:13
./named_types.go:37:17:   flow: {heap} = {storage for ... argument}:
./named_types.go:37:17:     from ... argument (spill) at ./named_types.go:37:13
./named_types.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:37:13
./named_types.go:37:13: a escapes to heap:
./named_types.go:37:13:   flow: {storage for ... argument} = &{storage for a}:
./named_types.go:37:13:     from a (spill) at ./named_types.go:37:13
./named_types.go:37:13:     from ... argument (slice-literal-element) at ./named_types.go:37:13
./named_types.go:37:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:37:13:     from ... argument (spill) at ./named_types.go:37:13
./named_types.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:37:13
./named_types.go:34:25: A(b) == a escapes to heap:
./named_types.go:34:25:   flow: {storage for ... argument} = &{storage for A(b) == a}:
./named_types.go:34:25:     from A(b) == a (spill) at ./named_types.go:34:25
./named_types.go:34:25:     from ... argument (slice-literal-element) at ./named_types.go:34:13
./named_types.go:34:25:   flow: {heap} = {storage for ... argument}:
./named_types.go:34:25:     from ... argument (spill) at ./named_types.go:34:13
./named_types.go:34:25:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:34:13
./named_types.go:34:13: b escapes to heap:
./named_types.go:34:13:   flow: {storage for ... argument} = &{storage for b}:
./named_types.go:34:13:     from b (spill) at ./named_types.go:34:13
./named_types.go:34:13:     from ... argument (slice-literal-element) at ./named_types.go:34:13
./named_types.go:34:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:34:13:     from ... argument (spill) at ./named_types.go:34:13
./named_types.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:34:13
./named_types.go:34:13: a escapes to heap:
./named_types.go:34:13:   flow: {storage for ... argument} = &{storage for a}:
./named_types.go:34:13:     from a (spill) at ./named_types.go:34:13
./named_types.go:34:13:     from ... argument (slice-literal-element) at ./named_types.go:34:13
./named_types.go:34:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:34:13:     from ... argument (spill) at ./named_types.go:34:13
./named_types.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:34:13
./named_types.go:30:13: g escapes to heap:
./named_types.go:30:13:   flow: {storage for ... argument} = &{storage for g}:
./named_types.go:30:13:     from g (spill) at ./named_types.go:30:13
./named_types.go:30:13:     from ... argument (slice-literal-element) at ./named_types.go:30:13
./named_types.go:30:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:30:13:     from ... argument (spill) at ./named_types.go:30:13
./named_types.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:30:13
./named_types.go:27:52: ns[1] < ns[0] escapes to heap:
./named_types.go:27:52:   flow: {storage for ... argument} = &{storage for ns[1] < ns[0]}:
./named_types.go:27:52:     from ns[1] < ns[0] (spill) at ./named_types.go:27:52
./named_types.go:27:52:     from ... argument (slice-literal-element) at ./named_types.go:27:13
./named_types.go:27:52:   flow: {heap} = {storage for ... argument}:
./named_types.go:27:52:     from ... argument (spill) at ./named_types.go:27:13
./named_types.go:27:52:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:27:13
./named_types.go:27:40: string(ns[0]) + "!" escapes to heap:
./named_types.go:27:40:   flow: {storage for ... argument} = &{storage for string(ns[0]) + "!"}:
./named_types.go:27:40:     from string(ns[0]) + "!" (spill) at ./named_types.go:27:40
./named_types.go:27:40:     from ... argument (slice-literal-element) at ./named_types.go:27:13
./named_types.go:27:40:   flow: {heap} = {storage for ... argument}:
./named_types.go:27:40:     from ... argument (spill) at ./named_types.go:27:13
./named_types.go:27:40:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:27:13
./named_types.go:27:21: len(ns) escapes to heap:
./named_types.go:27:21:   flow: {storage for ... argument} = &{storage for len(ns)}:
./named_types.go:27:21:     from len(ns) (spill) at ./named_types.go:27:21
./named_types.go:27:21:     from ... argument (slice-literal-element) at ./named_types.go:27:13
./named_types.go:27:21:   flow: {heap} = {storage for ... argument}:
./named_types.go:27:21:     from ... argument (spill) at ./named_types.go:27:13
./named_types.go:27:21:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:27:13
./named_types.go:27:13: ns escapes to heap:
./named_types.go:27:13:   flow: {storage for ... argument} = &{storage for ns}:
./named_types.go:27:13:     from ns (spill) at ./named_types.go:27:13
./named_types.go:27:13:     from ... argument (slice-literal-element) at ./named_types.go:27:13
./named_types.go:27:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:27:13:     from ... argument (spill) at ./named_types.go:27:13
./named_types.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:27:13
./named_types.go:23:38: uint16(id) + 1 escapes to heap:
./named_types.go:23:38:   flow: {storage for ... argument} = &{storage for uint16(id) + 1}:
./named_types.go:23:38:     from uint16(id) + 1 (spill) at ./named_types.go:23:38
./named_types.go:23:38:     from ... argument (slice-literal-element) at ./named_types.go:23:13
./named_types.go:23:38:   flow: {heap} = {storage for ... argument}:
./named_types.go:23:38:     from ... argument (spill) at ./named_types.go:23:13
./named_types.go:23:38:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:23:13
./named_types.go:23:20: ID(7000) escapes to heap:
./named_types.go:23:20:   flow: {storage for ... argument} = &{storage for ID(7000)}:
./named_types.go:23:20:     from ID(7000) (spill) at ./named_types.go:23:20
./named_types.go:23:20:     from ... argument (slice-literal-element) at ./named_types.go:23:13
./named_types.go:23:20:   flow: {heap} = {storage for ... argument}:
./named_types.go:23:20:     from ... argument (spill) at ./named_types.go:23:13
./named_types.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:23:13
./named_types.go:23:13: id escapes to heap:
./named_types.go:23:13:   flow: {storage for ... argument} = &{storage for id}:
./named_types.go:23:13:     from id (spill) at ./named_types.go:23:13
./named_types.go:23:13:     from ... argument (slice-literal-element) at ./named_types.go:23:13
./named_types.go:23:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:23:13:     from ... argument (spill) at ./named_types.go:23:13
./named_types.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:23:13
./named_types.go:20:28: toF(-40) escapes to heap:
./named_types.go:20:28:   flow: {storage for ... argument} = &{storage for toF(-40)}:
./named_types.go:20:28:     from toF(-40) (spill) at ./named_types.go:20:28
./named_types.go:20:28:     from ... argument (slice-literal-element) at ./named_types.go:20:13
./named_types.go:20:28:   flow: {heap} = {storage for ... argument}:
./named_types.go:20:28:     from ... argument (spill) at ./named_types.go:20:13
./named_types.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:20:13
./named_types.go:20:20: toF(c) escapes to heap:
./named_types.go:20:20:   flow: {storage for ... argument} = &{storage for toF(c)}:
./named_types.go:20:20:     from toF(c) (spill) at ./named_types.go:20:20
./named_types.go:20:20:     from ... argument (slice-literal-element) at ./named_types.go:20:13
./named_types.go:20:20:   flow: {heap} = {storage for ... argument}:
./named_types.go:20:20:     from ... argument (spill) at ./named_types.go:20:13
./named_types.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:20:13
./named_types.go:20:13: c escapes to heap:
./named_types.go:20:13:   flow: {storage for ... argument} = &{storage for c}:
./named_types.go:20:13:     from c (spill) at ./named_types.go:20:13
./named_types.go:20:13:     from ... argument (slice-literal-element) at ./named_types.go:20:13
./named_types.go:20:13:   flow: {heap} = {storage for ... argument}:
./named_types.go:20:13:     from ... argument (spill) at ./named_types.go:20:13
./named_types.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./named_types.go:20:13
./named_types.go:27:40: string(ns[0]) + "!" escapes to heap:
./named_types.go:27:40:   flow: {storage for string(ns[0]) + "!"} = &{storage for string(ns[0]) + "!"}:
./named_types.go:27:40:     from string(ns[0]) + "!" (spill) at ./named_types.go:27:40
./named_types.go:27:40:     from string(ns[0]) + "!" (interface-converted) at ./named_types.go:27:40
./named_types.go:25:13: Names{...} escapes to heap:
./named_types.go:25:13:   flow: ns = &{storage for Names{...}}:
./named_types.go:25:13:     from Names{...} (spill) at ./named_types.go:25:13
./named_types.go:25:13:     from ns := Names{...} (assign) at ./named_types.go:25:5
./named_types.go:25:13:   flow: {storage for ns} = ns:
./named_types.go:25:13:     from ns (interface-converted) at ./named_types.go:27:13
./named_types.go:20:13: ... argument does not escape
./named_types.go:20:13: c escapes to heap
./named_types.go:20:20: toF(c) escapes to heap
./named_types.go:20:28: toF(-40) escapes to heap
./named_types.go:23:13: ... argument does not escape
./named_types.go:23:13: id escapes to heap
./named_types.go:23:20: ID(7000) escapes to heap
./named_types.go:23:38: uint16(id) + 1 escapes to heap
./named_types.go:25:13: Names{...} escapes to heap
./named_types.go:27:13: ... argument does not escape
./named_types.go:27:13: ns escapes to heap
./named_types.go:27:21: len(ns) escapes to heap
./named_types.go:27:40: string(ns[0]) + "!" escapes to heap
./named_types.go:27:40: string(ns[0]) + "!" escapes to heap
./named_types.go:27:52: ns[1] < ns[0] escapes to heap
./named_types.go:30:13: ... argument does not escape
./named_types.go:30:13: g escapes to heap
./named_types.go:34:13: ... argument does not escape
./named_types.go:34:13: a escapes to heap
./named_types.go:34:13: b escapes to heap
./named_types.go:34:25: A(b) == a escapes to heap
./named_types.go:37:13: ... argument does not escape
./named_types.go:37:13: a escapes to heap
./named_types.go:37:17: *pa escapes to heap
./named_types.go:42:13: ... argument does not escape
./named_types.go:42:13: cs escapes to heap
