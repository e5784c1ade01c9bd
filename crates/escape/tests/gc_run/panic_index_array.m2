./panic_index_array.go:9:16: a[i] escapes to heap:
./panic_index_array.go:9:16:   flow: {storage for ... argument} = &{storage for a[i]}:
./panic_index_array.go:9:16:     from a[i] (spill) at ./panic_index_array.go:9:16
./panic_index_array.go:9:16:     from ... argument (slice-literal-element) at ./panic_index_array.go:9:14
./panic_index_array.go:9:16:   flow: {heap} = {storage for ... argument}:
./panic_index_array.go:9:16:     from ... argument (spill) at ./panic_index_array.go:9:14
./panic_index_array.go:9:16:     from fmt.Println(... argument...) (call parameter) at ./panic_index_array.go:9:14
./panic_index_array.go:9:14: ... argument does not escape
./panic_index_array.go:9:16: a[i] escapes to heap
