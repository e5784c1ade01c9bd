./linked_list.go:10:11: leaking param: head
./linked_list.go:11:9: &Node{...} escapes to heap
./linked_list.go:14:14: leaking param: head
./linked_list.go:25:14: head does not escape
./linked_list.go:33:13: n does not escape
./linked_list.go:45:13: ... argument does not escape
./linked_list.go:45:21: toSlice(head) escapes to heap
./linked_list.go:45:35: length(head) escapes to heap
./linked_list.go:47:13: ... argument does not escape
./linked_list.go:47:21: toSlice(head) escapes to heap
./linked_list.go:47:35: length(head) escapes to heap
./linked_list.go:48:13: ... argument does not escape
./linked_list.go:48:18: head.Val escapes to heap
./linked_list.go:48:33: head.Next.Val escapes to heap
./linked_list.go:48:54: head.Next.Next == nil escapes to heap
