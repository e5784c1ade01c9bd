./init_order.go:7:12: leaking param: name
./init_order.go:8:13: ... argument does not escape
./init_order.go:8:14: "initialising" escapes to heap
./init_order.go:8:14: name escapes to heap
./init_order.go:13:13: ... argument does not escape
./init_order.go:13:14: "init #1 sees" escapes to heap
./init_order.go:13:14: first escapes to heap
./init_order.go:13:14: second escapes to heap
./init_order.go:13:14: total escapes to heap
./init_order.go:20:13: ... argument does not escape
./init_order.go:20:14: "init #2 sees total" escapes to heap
./init_order.go:20:14: total escapes to heap
./init_order.go:23:14: ... argument does not escape
./init_order.go:23:15: "init #1 ran first" escapes to heap
./init_order.go:30:13: ... argument does not escape
./init_order.go:30:14: "main: total" escapes to heap
./init_order.go:30:14: total escapes to heap
./init_order.go:34:13: ... argument does not escape
./init_order.go:34:14: "init #3, declared after main" escapes to heap
