./new_escape.go:8:10: new(int) escapes to heap:
./new_escape.go:8:10:   flow: p = &{storage for new(int)}:
./new_escape.go:8:10:     from new(int) (spill) at ./new_escape.go:8:10
./new_escape.go:8:10:     from p := new(int) (assign) at ./new_escape.go:8:4
./new_escape.go:8:10:   flow: ~r0 = p:
./new_escape.go:8:10:     from return p (return) at ./new_escape.go:10:2
./new_escape.go:8:10: new(int) escapes to heap
./new_escape.go:14:10: new(int) escapes to heap:
./new_escape.go:14:10:   flow: p = &{storage for new(int)}:
./new_escape.go:14:10:     from new(int) (spill) at ./new_escape.go:14:10
./new_escape.go:14:10:     from p := new(int) (assign) at ./new_escape.go:14:4
./new_escape.go:14:10:   flow: {heap} = p:
./new_escape.go:14:10:     from global = p (assign) at ./new_escape.go:15:9
./new_escape.go:14:10: new(int) escapes to heap
./new_escape.go:19:10: new(int) escapes to heap:
./new_escape.go:19:10:   flow: a = &{storage for new(int)}:
./new_escape.go:19:10:     from new(int) (spill) at ./new_escape.go:19:10
./new_escape.go:19:10:     from a := new(int) (assign) at ./new_escape.go:19:4
./new_escape.go:19:10:   flow: ~r0 = a:
./new_escape.go:19:10:     from return a, *b (return) at ./new_escape.go:22:2
./new_escape.go:19:10: new(int) escapes to heap
./new_escape.go:20:10: new(int) does not escape
./new_escape.go:26:12: new(string) escapes to heap:
./new_escape.go:26:12:   flow: ~r0 = &{storage for new(string)}:
./new_escape.go:26:12:     from new(string) (spill) at ./new_escape.go:26:12
./new_escape.go:26:12:     from return new(string) (return) at ./new_escape.go:26:2
./new_escape.go:26:12: new(string) escapes to heap
