./strings_concat.go:7:18: a does not escape
./strings_concat.go:7:21: b does not escape
./strings_concat.go:8:9: a + b does not escape
./strings_concat.go:12:19: a does not escape
./strings_concat.go:12:22: b does not escape
./strings_concat.go:13:17: a + "-" + b escapes to heap
./strings_concat.go:16:19: a does not escape
./strings_concat.go:17:9: a + "!" escapes to heap
./strings_concat.go:28:14: a does not escape
./strings_concat.go:28:17: b does not escape
./strings_concat.go:29:24: b + "z" does not escape
