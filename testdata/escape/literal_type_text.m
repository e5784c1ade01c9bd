./literal_type_text.go:13:2: [2]struct {}{...} escapes to heap
./literal_type_text.go:14:2: [1]struct { a struct {} }{...} escapes to heap
./literal_type_text.go:15:2: []struct { f func(int, ...string) (int, error) }{} escapes to heap
./literal_type_text.go:15:56: []struct { f func(int, ...string) (int, error) }{} escapes to heap
./literal_type_text.go:16:2: struct { a int; b int }{...} escapes to heap
./literal_type_text.go:17:2: [2]struct { a int; b int }{} escapes to heap
./literal_type_text.go:18:2: [1][]struct {}{...} escapes to heap
./literal_type_text.go:19:9: &[3]E{...} escapes to heap
