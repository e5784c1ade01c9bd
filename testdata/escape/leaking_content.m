./leaking_content.go:8:22: leaking param content: pp
./leaking_content.go:12:22: leaking param: pp to result ~r0 level=1
./leaking_content.go:16:19: leaking param content: s
./leaking_content.go:20:25: leaking param: s to result ~r0 level=1
./leaking_content.go:24:16: leaking param: s
./leaking_content.go:33:20: leaking param: h to result ~r0 level=1
./leaking_content.go:37:18: leaking param: h to result ~r0 level=0
./leaking_content.go:41:19: h does not escape
./leaking_content.go:46:2: moved to heap: a
./leaking_content.go:46:5: moved to heap: b
./leaking_content.go:49:13: []*int{...} escapes to heap
./leaking_content.go:52:7: &Holder{...} does not escape
