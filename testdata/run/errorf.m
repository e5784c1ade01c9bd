./errorf.go:10:17: ... argument does not escape
./errorf.go:10:33: 1 escapes to heap
./errorf.go:11:13: ... argument does not escape
./errorf.go:12:12: ... argument does not escape
./errorf.go:13:13: ... argument does not escape
./errorf.go:13:31: errors.Unwrap(w) == base escapes to heap
./errorf.go:13:60: errors.Unwrap(base) == nil escapes to heap
./errorf.go:13:87: errors.Unwrap(nil) == nil escapes to heap
./errorf.go:14:13: ... argument does not escape
./errorf.go:14:23: errors.Is(w, base) escapes to heap
./errorf.go:14:43: errors.Is(w, errors.New("base")) escapes to heap
./errorf.go:14:77: errors.Is(base, base) escapes to heap
./errorf.go:14:100: errors.Is(nil, nil) escapes to heap
./errorf.go:14:121: errors.Is(w, nil) escapes to heap
./errorf.go:15:18: ... argument does not escape
./errorf.go:16:13: ... argument does not escape
./errorf.go:16:27: errors.Is(ww, base) escapes to heap
./errorf.go:16:72: errors.Unwrap(errors.Unwrap(ww)) == base escapes to heap
./errorf.go:17:17: ... argument does not escape
./errorf.go:17:33: "x" escapes to heap
./errorf.go:17:38: 2 escapes to heap
./errorf.go:18:12: ... argument does not escape
./errorf.go:19:13: ... argument does not escape
./errorf.go:19:24: ... argument does not escape
./errorf.go:19:31: "notanerror" escapes to heap
./errorf.go:20:12: ... argument does not escape
./errorf.go:20:31: ... argument does not escape
./errorf.go:20:38: "notanerror" escapes to heap
./errorf.go:21:13: ... argument does not escape
./errorf.go:21:24: ... argument does not escape
./errorf.go:22:12: ... argument does not escape
./errorf.go:22:31: ... argument does not escape
./errorf.go:23:13: ... argument does not escape
./errorf.go:23:24: ... argument does not escape
./errorf.go:24:12: ... argument does not escape
./errorf.go:24:31: ... argument does not escape
./errorf.go:25:13: ... argument does not escape
./errorf.go:25:24: ... argument does not escape
./errorf.go:27:13: ... argument does not escape
./errorf.go:27:22: nv.Error() escapes to heap
./errorf.go:28:13: ... argument does not escape
./errorf.go:28:24: ... argument does not escape
./errorf.go:28:40: 5 escapes to heap
./errorf.go:29:13: ... argument does not escape
./errorf.go:29:25: fmt.Sprintf("%w", ... argument...) escapes to heap
./errorf.go:29:25: ... argument does not escape
./errorf.go:30:12: ... argument does not escape
./errorf.go:31:13: ... argument does not escape
./errorf.go:31:24: ... argument does not escape
./errorf.go:32:13: ... argument does not escape
./errorf.go:32:34: fmt.Errorf("%w", ... argument...) == fmt.Errorf("%w", ... argument...) escapes to heap
./errorf.go:32:24: ... argument does not escape
./errorf.go:32:47: ... argument does not escape
./errorf.go:33:13: ... argument does not escape
./errorf.go:34:12: ... argument does not escape
./errorf.go:35:26: ... argument does not escape
./errorf.go:37:14: ... argument does not escape
./errorf.go:37:15: "is base" escapes to heap
