./body_promoted_field.go:26:13: ... argument does not escape
./body_promoted_field.go:26:15: o.Other.X escapes to heap
./body_promoted_field.go:26:24: o.Mid.Inner.X escapes to heap
./body_promoted_field.go:26:35: o.Mid.Inner.X escapes to heap
./body_promoted_field.go:30:13: ... argument does not escape
./body_promoted_field.go:30:21: o.Other.X escapes to heap
./body_promoted_field.go:30:32: p.Mid.Inner.X escapes to heap
./body_promoted_field.go:30:32: o escapes to heap
./body_promoted_field.go:31:12: &Node{...} does not escape
./body_promoted_field.go:32:11: &Node{...} escapes to heap
./body_promoted_field.go:33:13: ... argument does not escape
./body_promoted_field.go:33:15: w.Node.val escapes to heap
./body_promoted_field.go:33:27: w.Node.next.val escapes to heap
