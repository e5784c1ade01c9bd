./closure_escape.go:16:7: func literal does not escape
./closure_escape.go:22:2: moved to heap: n
./closure_escape.go:23:9: func literal escapes to heap
./closure_escape.go:30:13: leaking param: p
./closure_escape.go:31:10: func literal escapes to heap
./closure_escape.go:37:4: func literal does not escape
./closure_escape.go:44:14: leaking param: p to result ~r0 level=0
./closure_escape.go:43:2: moved to heap: v
./closure_escape.go:44:9: func literal does not escape
./closure_escape.go:49:13: run does not escape
./closure_escape.go:50:2: moved to heap: x
./closure_escape.go:51:6: func literal escapes to heap
./closure_escape.go:60:7: func literal does not escape
./closure_escape.go:68:9: func literal escapes to heap
./closure_escape.go:70:8: func literal does not escape
./closure_escape.go:79:8: func literal does not escape
./closure_escape.go:87:12: leaking param: p
./closure_escape.go:87:20: leaking param: q to result ~r0 level=0
./closure_escape.go:91:2: moved to heap: a
./closure_escape.go:91:5: moved to heap: b
./closure_escape.go:87:7: func literal does not escape
./closure_escape.go:100:12: h does not escape
./closure_escape.go:100:7: func literal does not escape
./closure_escape.go:110:14: f does not escape
./closure_escape.go:107:12: new(int) escapes to heap
./closure_escape.go:110:9: func literal does not escape
