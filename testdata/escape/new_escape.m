./new_escape.go:8:10: new(int) escapes to heap
./new_escape.go:14:10: new(int) escapes to heap
./new_escape.go:19:10: new(int) escapes to heap
./new_escape.go:20:10: new(int) does not escape
./new_escape.go:26:12: new(string) escapes to heap
