./methods_promote.go:8:7: b does not escape
./methods_promote.go:17:7: m does not escape
./methods_promote.go:17:44: "mid:" + m.tag escapes to heap
./methods_promote.go:29:7: p does not escape
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
