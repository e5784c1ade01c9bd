./goto_backward.go:10:2: moved to heap: x
./goto_backward.go:18:14: ... argument does not escape
./goto_backward.go:18:15: *q escapes to heap
./goto_backward.go:29:14: ... argument does not escape
./goto_backward.go:29:15: "next" escapes to heap
./goto_backward.go:29:15: n escapes to heap
./goto_backward.go:39:13: ... argument does not escape
./goto_backward.go:39:13: arr escapes to heap
