./params_forms.go:12:10: xs does not escape
./params_forms.go:20:13: p does not escape
./params_forms.go:20:23: leaking param: xs to result ~r0 level=0
./params_forms.go:22:13: p + xs[i] escapes to heap
./params_forms.go:28:11: make(Bytes, n) escapes to heap
./params_forms.go:51:2: moved to heap: s
./params_forms.go:54:2: moved to heap: arr
./params_forms.go:36:13: ... argument does not escape
./params_forms.go:36:20: ignore(1, 2) escapes to heap
./params_forms.go:36:35: unnamed(0, "") escapes to heap
./params_forms.go:37:13: ... argument does not escape
./params_forms.go:37:17: sum(nil...) escapes to heap
./params_forms.go:37:24: sum(... argument...) escapes to heap
./params_forms.go:37:24: ... argument does not escape
./params_forms.go:37:32: sum(... argument...) escapes to heap
./params_forms.go:37:32: ... argument does not escape
./params_forms.go:38:15: []int{...} escapes to heap
./params_forms.go:39:13: ... argument does not escape
./params_forms.go:39:17: sum(nums...) escapes to heap
./params_forms.go:39:17: nums escapes to heap
./params_forms.go:40:16: []string{...} escapes to heap
./params_forms.go:42:13: ... argument does not escape
./params_forms.go:42:13: r escapes to heap
./params_forms.go:42:13: ss escapes to heap
./params_forms.go:42:27: prefix("y", nil...) escapes to heap
./params_forms.go:42:51: prefix("z", ... argument...) == nil escapes to heap
./params_forms.go:42:40: ... argument does not escape
./params_forms.go:46:13: ... argument does not escape
./params_forms.go:46:13: b escapes to heap
./params_forms.go:46:20: len(b) escapes to heap
./params_forms.go:46:28: nb == nil escapes to heap
./params_forms.go:46:28: nb escapes to heap
./params_forms.go:48:13: ... argument does not escape
./params_forms.go:48:13: f escapes to heap
./params_forms.go:48:17: !f escapes to heap
./params_forms.go:50:13: ... argument does not escape
./params_forms.go:50:13: x escapes to heap
./params_forms.go:50:13: y escapes to heap
./params_forms.go:51:12: []int{...} escapes to heap
./params_forms.go:53:13: ... argument does not escape
./params_forms.go:53:18: *ps escapes to heap
./params_forms.go:53:26: len(*ps) escapes to heap
./params_forms.go:56:13: ... argument does not escape
