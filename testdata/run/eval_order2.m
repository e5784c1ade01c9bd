./eval_order2.go:7:8: leaking param: s
./eval_order2.go:14:14: []int{...} escapes to heap
./eval_order2.go:19:10: leaking param: s
./eval_order2.go:21:9: &P{} escapes to heap
./eval_order2.go:25:14: []int{...} escapes to heap
./eval_order2.go:27:13: ... argument does not escape
./eval_order2.go:27:13: arr escapes to heap
./eval_order2.go:27:13: log escapes to heap
./eval_order2.go:30:13: ... argument does not escape
./eval_order2.go:30:13: x escapes to heap
./eval_order2.go:30:13: log escapes to heap
./eval_order2.go:34:13: ... argument does not escape
./eval_order2.go:34:13: s escapes to heap
./eval_order2.go:34:13: log escapes to heap
./eval_order2.go:37:13: ... argument does not escape
./eval_order2.go:37:13: log escapes to heap
./eval_order2.go:39:13: ... argument does not escape
./eval_order2.go:39:15: t("A", 1) escapes to heap
./eval_order2.go:39:26: t("B", 2) escapes to heap
./eval_order2.go:39:26: log escapes to heap
./eval_order2.go:41:12: []int{...} escapes to heap
./eval_order2.go:42:13: ... argument does not escape
./eval_order2.go:42:13: v escapes to heap
./eval_order2.go:42:13: log escapes to heap
./eval_order2.go:45:13: ... argument does not escape
./eval_order2.go:45:13: p escapes to heap
./eval_order2.go:45:13: log escapes to heap
./eval_order2.go:49:13: ... argument does not escape
./eval_order2.go:49:13: i escapes to heap
./eval_order2.go:49:13: arr escapes to heap
./eval_order2.go:51:14: ... argument does not escape
./eval_order2.go:51:15: "cond" escapes to heap
./eval_order2.go:51:15: log escapes to heap
./eval_order2.go:58:13: ... argument does not escape
./eval_order2.go:58:13: cnt escapes to heap
./eval_order2.go:58:13: log escapes to heap
