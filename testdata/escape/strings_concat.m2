./strings_concat.go:7:18: a does not escape
./strings_concat.go:7:21: b does not escape
./strings_concat.go:8:9: a + b does not escape
./strings_concat.go:13:17: a + "-" + b escapes to heap:
./strings_concat.go:13:17:   flow: ~r0 = &{storage for a + "-" + b}:
./strings_concat.go:13:17:     from a + "-" + b (spill) at ./strings_concat.go:13:17
./strings_concat.go:13:17:     from return a + "-" + b (return) at ./strings_concat.go:13:2
./strings_concat.go:12:19: a does not escape
./strings_concat.go:12:22: b does not escape
./strings_concat.go:13:17: a + "-" + b escapes to heap
./strings_concat.go:17:9: a + "!" escapes to heap:
./strings_concat.go:17:9:   flow: {heap} = &{storage for a + "!"}:
./strings_concat.go:17:9:     from a + "!" (spill) at ./strings_concat.go:17:9
./strings_concat.go:17:9:     from gs = a + "!" (assign) at ./strings_concat.go:17:5
./strings_concat.go:16:19: a does not escape
./strings_concat.go:17:9: a + "!" escapes to heap
./strings_concat.go:28:14: a does not escape
./strings_concat.go:28:17: b does not escape
./strings_concat.go:29:24: b + "z" does not escape
