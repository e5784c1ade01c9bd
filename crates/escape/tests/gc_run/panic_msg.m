./panic_msg.go:7:8: "too big: n > 2" escapes to heap
./panic_msg.go:9:13: ... argument does not escape
./panic_msg.go:9:14: "ok" escapes to heap
./panic_msg.go:9:14: n escapes to heap
