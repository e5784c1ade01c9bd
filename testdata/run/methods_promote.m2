./methods_promote.go:8:7: b does not escape
./methods_promote.go:17:44: "mid:" + m.tag escapes to heap:
./methods_promote.go:17:44:   flow: ~r0 = &{storage for "mid:" + m.tag}:
./methods_promote.go:17:44:     from "mid:" + m.tag (spill) at ./methods_promote.go:17:44
./methods_promote.go:17:44:     from return "mid:" + m.tag (return) at ./methods_promote.go:17:30
./methods_promote.go:17:7: m does not escape
./methods_promote.go:17:44: "mid:" + m.tag escapes to heap
./methods_promote.go:29:7: p does not escape
./methods_promote.go:36:6: m escapes to heap:
./methods_promote.go:36:6:   flow: t = &m:
./methods_promote.go:36:6:     from &m (address-of) at ./methods_promote.go:39:16
./methods_promote.go:36:6:     from Top{...} (struct literal element) at ./methods_promote.go:39:10
./methods_promote.go:36:6:     from t := Top{...} (assign) at ./methods_promote.go:39:4
./methods_promote.go:36:6:   flow: {heap} = t:
./methods_promote.go:36:6:     from Top.ID(t) (call parameter) at ./methods_promote.go:56:20
./methods_promote.go:56:40: m.Base.id escapes to heap:
./methods_promote.go:56:40:   flow: {storage for ... argument} = &{storage for m.Base.id}:
./methods_promote.go:56:40:     from m.Base.id (spill) at ./methods_promote.go:56:40
./methods_promote.go:56:40:     from ... argument (slice-literal-element) at ./methods_promote.go:56:13
./methods_promote.go:56:40:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:56:40:     from ... argument (spill) at ./methods_promote.go:56:13
./methods_promote.go:56:40:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:56:13
./methods_promote.go:56:34: Deep.Name(d) escapes to heap:
./methods_promote.go:56:34:   flow: {storage for ... argument} = &{storage for Deep.Name(d)}:
./methods_promote.go:56:34:     from Deep.Name(d) (spill) at ./methods_promote.go:56:34
./methods_promote.go:56:34:     from ... argument (slice-literal-element) at ./methods_promote.go:56:13
./methods_promote.go:56:34:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:56:34:     from ... argument (spill) at ./methods_promote.go:56:13
./methods_promote.go:56:34:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:56:13
./methods_promote.go:56:20: Top.ID(t) escapes to heap:
./methods_promote.go:56:20:   flow: {storage for ... argument} = &{storage for Top.ID(t)}:
./methods_promote.go:56:20:     from Top.ID(t) (spill) at ./methods_promote.go:56:20
./methods_promote.go:56:20:     from ... argument (slice-literal-element) at ./methods_promote.go:56:13
./methods_promote.go:56:20:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:56:20:     from ... argument (spill) at ./methods_promote.go:56:13
./methods_promote.go:56:20:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:56:13
./methods_promote.go:53:53: (*Mid).Name(&m) escapes to heap:
./methods_promote.go:53:53:   flow: {storage for ... argument} = &{storage for (*Mid).Name(&m)}:
./methods_promote.go:53:53:     from (*Mid).Name(&m) (spill) at ./methods_promote.go:53:53
./methods_promote.go:53:53:     from ... argument (slice-literal-element) at ./methods_promote.go:53:13
./methods_promote.go:53:53:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:53:53:     from ... argument (spill) at ./methods_promote.go:53:13
./methods_promote.go:53:53:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:53:13
./methods_promote.go:53:37: Mid.ID(m) escapes to heap:
./methods_promote.go:53:37:   flow: {storage for ... argument} = &{storage for Mid.ID(m)}:
./methods_promote.go:53:37:     from Mid.ID(m) (spill) at ./methods_promote.go:53:37
./methods_promote.go:53:37:     from ... argument (slice-literal-element) at ./methods_promote.go:53:13
./methods_promote.go:53:37:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:53:37:     from ... argument (spill) at ./methods_promote.go:53:13
./methods_promote.go:53:37:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:53:13
./methods_promote.go:53:21: Base.ID(m.Base) escapes to heap:
./methods_promote.go:53:21:   flow: {storage for ... argument} = &{storage for Base.ID(m.Base)}:
./methods_promote.go:53:21:     from Base.ID(m.Base) (spill) at ./methods_promote.go:53:21
./methods_promote.go:53:21:     from ... argument (slice-literal-element) at ./methods_promote.go:53:13
./methods_promote.go:53:21:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:53:21:     from ... argument (spill) at ./methods_promote.go:53:13
./methods_promote.go:53:21:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:53:13
./methods_promote.go:51:19: Pair.Sum(p) escapes to heap:
./methods_promote.go:51:19:   flow: {storage for ... argument} = &{storage for Pair.Sum(p)}:
./methods_promote.go:51:19:     from Pair.Sum(p) (spill) at ./methods_promote.go:51:19
./methods_promote.go:51:19:     from ... argument (slice-literal-element) at ./methods_promote.go:51:13
./methods_promote.go:51:19:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:51:19:     from ... argument (spill) at ./methods_promote.go:51:13
./methods_promote.go:51:19:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:51:13
./methods_promote.go:47:30: Mid.Name(pd.Top.Mid) escapes to heap:
./methods_promote.go:47:30:   flow: {storage for ... argument} = &{storage for Mid.Name(pd.Top.Mid)}:
./methods_promote.go:47:30:     from Mid.Name(pd.Top.Mid) (spill) at ./methods_promote.go:47:30
./methods_promote.go:47:30:     from ... argument (slice-literal-element) at ./methods_promote.go:47:13
./methods_promote.go:47:30:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:47:30:     from ... argument (spill) at ./methods_promote.go:47:13
./methods_promote.go:47:30:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:47:13
./methods_promote.go:47:19: Base.ID(pd.Top.Mid.Base) escapes to heap:
./methods_promote.go:47:19:   flow: {storage for ... argument} = &{storage for Base.ID(pd.Top.Mid.Base)}:
./methods_promote.go:47:19:     from Base.ID(pd.Top.Mid.Base) (spill) at ./methods_promote.go:47:19
./methods_promote.go:47:19:     from ... argument (slice-literal-element) at ./methods_promote.go:47:13
./methods_promote.go:47:19:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:47:19:     from ... argument (spill) at ./methods_promote.go:47:13
./methods_promote.go:47:19:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:47:13
./methods_promote.go:44:47: Base.ID(d.Top.Mid.Base) escapes to heap:
./methods_promote.go:44:47:   flow: {storage for ... argument} = &{storage for Base.ID(d.Top.Mid.Base)}:
./methods_promote.go:44:47:     from Base.ID(d.Top.Mid.Base) (spill) at ./methods_promote.go:44:47
./methods_promote.go:44:47:     from ... argument (slice-literal-element) at ./methods_promote.go:44:13
./methods_promote.go:44:47:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:44:47:     from ... argument (spill) at ./methods_promote.go:44:13
./methods_promote.go:44:47:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:44:13
./methods_promote.go:44:26: Base.ID(m.Base) escapes to heap:
./methods_promote.go:44:26:   flow: {storage for ... argument} = &{storage for Base.ID(m.Base)}:
./methods_promote.go:44:26:     from Base.ID(m.Base) (spill) at ./methods_promote.go:44:26
./methods_promote.go:44:26:     from ... argument (slice-literal-element) at ./methods_promote.go:44:13
./methods_promote.go:44:26:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:44:26:     from ... argument (spill) at ./methods_promote.go:44:13
./methods_promote.go:44:26:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:44:13
./methods_promote.go:44:18: Base.ID(d.Top.Mid.Base) escapes to heap:
./methods_promote.go:44:18:   flow: {storage for ... argument} = &{storage for Base.ID(d.Top.Mid.Base)}:
./methods_promote.go:44:18:     from Base.ID(d.Top.Mid.Base) (spill) at ./methods_promote.go:44:18
./methods_promote.go:44:18:     from ... argument (slice-literal-element) at ./methods_promote.go:44:13
./methods_promote.go:44:18:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:44:18:     from ... argument (spill) at ./methods_promote.go:44:13
./methods_promote.go:44:18:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:44:13
./methods_promote.go:41:34: Mid.Name(t.Mid) escapes to heap:
./methods_promote.go:41:34:   flow: {storage for ... argument} = &{storage for Mid.Name(t.Mid)}:
./methods_promote.go:41:34:     from Mid.Name(t.Mid) (spill) at ./methods_promote.go:41:34
./methods_promote.go:41:34:     from ... argument (slice-literal-element) at ./methods_promote.go:41:13
./methods_promote.go:41:34:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:41:34:     from ... argument (spill) at ./methods_promote.go:41:13
./methods_promote.go:41:34:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:41:13
./methods_promote.go:41:23: m.Base.id escapes to heap:
./methods_promote.go:41:23:   flow: {storage for ... argument} = &{storage for m.Base.id}:
./methods_promote.go:41:23:     from m.Base.id (spill) at ./methods_promote.go:41:23
./methods_promote.go:41:23:     from ... argument (slice-literal-element) at ./methods_promote.go:41:13
./methods_promote.go:41:23:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:41:23:     from ... argument (spill) at ./methods_promote.go:41:13
./methods_promote.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:41:13
./methods_promote.go:41:18: Base.ID(t.Mid.Base) escapes to heap:
./methods_promote.go:41:18:   flow: {storage for ... argument} = &{storage for Base.ID(t.Mid.Base)}:
./methods_promote.go:41:18:     from Base.ID(t.Mid.Base) (spill) at ./methods_promote.go:41:18
./methods_promote.go:41:18:     from ... argument (slice-literal-element) at ./methods_promote.go:41:13
./methods_promote.go:41:18:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:41:18:     from ... argument (spill) at ./methods_promote.go:41:13
./methods_promote.go:41:18:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:41:13
./methods_promote.go:38:43: Base.Name(m.Base) escapes to heap:
./methods_promote.go:38:43:   flow: {storage for ... argument} = &{storage for Base.Name(m.Base)}:
./methods_promote.go:38:43:     from Base.Name(m.Base) (spill) at ./methods_promote.go:38:43
./methods_promote.go:38:43:     from ... argument (slice-literal-element) at ./methods_promote.go:38:13
./methods_promote.go:38:43:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:38:43:     from ... argument (spill) at ./methods_promote.go:38:13
./methods_promote.go:38:43:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:38:13
./methods_promote.go:38:28: Mid.Name(m) escapes to heap:
./methods_promote.go:38:28:   flow: {storage for ... argument} = &{storage for Mid.Name(m)}:
./methods_promote.go:38:28:     from Mid.Name(m) (spill) at ./methods_promote.go:38:28
./methods_promote.go:38:28:     from ... argument (slice-literal-element) at ./methods_promote.go:38:13
./methods_promote.go:38:28:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:38:28:     from ... argument (spill) at ./methods_promote.go:38:13
./methods_promote.go:38:28:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:38:13
./methods_promote.go:38:18: Base.ID(m.Base) escapes to heap:
./methods_promote.go:38:18:   flow: {storage for ... argument} = &{storage for Base.ID(m.Base)}:
./methods_promote.go:38:18:     from Base.ID(m.Base) (spill) at ./methods_promote.go:38:18
./methods_promote.go:38:18:     from ... argument (slice-literal-element) at ./methods_promote.go:38:13
./methods_promote.go:38:18:   flow: {heap} = {storage for ... argument}:
./methods_promote.go:38:18:     from ... argument (spill) at ./methods_promote.go:38:13
./methods_promote.go:38:18:     from fmt.Println(... argument...) (call parameter) at ./methods_promote.go:38:13
./methods_promote.go:36:6: moved to heap: m
./methods_promote.go:38:13: ... argument does not escape
./methods_promote.go:38:18: Base.ID(m.Base) escapes to heap
./methods_promote.go:38:28: Mid.Name(m) escapes to heap
./methods_promote.go:38:43: Base.Name(m.Base) escapes to heap
./methods_promote.go:41:13: ... argument does not escape
./methods_promote.go:41:18: Base.ID(t.Mid.Base) escapes to heap
./methods_promote.go:41:23: m.Base.id escapes to heap
./methods_promote.go:41:34: Mid.Name(t.Mid) escapes to heap
./methods_promote.go:44:13: ... argument does not escape
./methods_promote.go:44:18: Base.ID(d.Top.Mid.Base) escapes to heap
./methods_promote.go:44:26: Base.ID(m.Base) escapes to heap
./methods_promote.go:44:47: Base.ID(d.Top.Mid.Base) escapes to heap
./methods_promote.go:47:13: ... argument does not escape
./methods_promote.go:47:19: Base.ID(pd.Top.Mid.Base) escapes to heap
./methods_promote.go:47:30: Mid.Name(pd.Top.Mid) escapes to heap
./methods_promote.go:48:21: &Base{...} does not escape
./methods_promote.go:51:13: ... argument does not escape
./methods_promote.go:51:19: Pair.Sum(p) escapes to heap
./methods_promote.go:53:13: ... argument does not escape
./methods_promote.go:53:21: Base.ID(m.Base) escapes to heap
./methods_promote.go:53:37: Mid.ID(m) escapes to heap
./methods_promote.go:53:53: (*Mid).Name(&m) escapes to heap
./methods_promote.go:56:13: ... argument does not escape
./methods_promote.go:56:20: Top.ID(t) escapes to heap
./methods_promote.go:56:34: Deep.Name(d) escapes to heap
./methods_promote.go:56:40: m.Base.id escapes to heap
