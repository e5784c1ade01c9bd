./switch_goto.go:12:18: a does not escape
./switch_goto.go:12:21: b does not escape
./switch_goto.go:16:10: new(int) does not escape
./switch_goto.go:27:19: leaking param: x to result ~r0 level=0
./switch_goto.go:33:10: new(int) escapes to heap
./switch_goto.go:35:13: new(int) escapes to heap
./switch_goto.go:45:10: new(int) escapes to heap
./switch_goto.go:61:9: new(int) does not escape
./switch_goto.go:64:10: new(int) does not escape
./switch_goto.go:74:10: new(int) escapes to heap
./switch_goto.go:79:10: new(int) does not escape
./switch_goto.go:84:20: leaking param content: xs
./switch_goto.go:85:7: &box{} escapes to heap
