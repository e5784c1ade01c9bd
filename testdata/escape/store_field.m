./store_field.go:21:2: moved to heap: y
./store_field.go:25:22: b does not escape
./store_field.go:26:2: moved to heap: z
./store_field.go:30:27: b does not escape
./store_field.go:30:35: leaking param: p
./store_field.go:35:11: &Box{...} escapes to heap
./store_field.go:36:12: &Box{...} escapes to heap
./store_field.go:51:2: moved to heap: v
