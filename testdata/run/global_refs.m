./global_refs.go:27:13: ... argument does not escape
./global_refs.go:27:13: x escapes to heap
./global_refs.go:27:13: y escapes to heap
./global_refs.go:27:20: *ptrs[0] escapes to heap
./global_refs.go:27:30: *ptrs[1] escapes to heap
./global_refs.go:29:13: ... argument does not escape
./global_refs.go:29:13: arr escapes to heap
./global_refs.go:29:13: view escapes to heap
./global_refs.go:29:28: len(view) escapes to heap
./global_refs.go:29:39: cap(view) escapes to heap
./global_refs.go:35:14: ... argument does not escape
./global_refs.go:35:17: it.Name escapes to heap
./global_refs.go:35:26: it.Tags escapes to heap
./global_refs.go:35:26: s escapes to heap
./global_refs.go:38:13: ... argument does not escape
./global_refs.go:38:22: items[1].Name escapes to heap
./global_refs.go:38:22: nested escapes to heap
./global_refs.go:38:40: len(nested[3]) escapes to heap
./global_refs.go:38:63: nested[3] == nil escapes to heap
./global_refs.go:38:81: nested[2] == nil escapes to heap
./global_refs.go:40:13: ... argument does not escape
./global_refs.go:40:13: arr escapes to heap
./global_refs.go:43:13: ... argument does not escape
./global_refs.go:43:13: arr escapes to heap
./global_refs.go:43:13: view escapes to heap
