./literal_type_text.go:13:2: [2]struct {}{...} escapes to heap:
./literal_type_text.go:13:2:   flow: {heap} = &{storage for [2]struct {}{...}}:
./literal_type_text.go:13:2:     from [2]struct {}{...} (spill) at ./literal_type_text.go:13:2
./literal_type_text.go:13:2:     from sink = [2]struct {}{...} (assign) at ./literal_type_text.go:13:7
./literal_type_text.go:14:2: [1]struct { a struct {} }{...} escapes to heap:
./literal_type_text.go:14:2:   flow: {heap} = &{storage for [1]struct { a struct {} }{...}}:
./literal_type_text.go:14:2:     from [1]struct { a struct {} }{...} (spill) at ./literal_type_text.go:14:2
./literal_type_text.go:14:2:     from sink = [1]struct { a struct {} }{...} (assign) at ./literal_type_text.go:14:7
./literal_type_text.go:15:2: []struct { f func(int, ...string) (int, error) }{} escapes to heap:
./literal_type_text.go:15:2:   flow: {heap} = &{storage for []struct { f func(int, ...string) (int, error) }{}}:
./literal_type_text.go:15:2:     from []struct { f func(int, ...string) (int, error) }{} (spill) at ./literal_type_text.go:15:2
./literal_type_text.go:15:2:     from sink = []struct { f func(int, ...string) (int, error) }{} (assign) at ./literal_type_text.go:15:7
./literal_type_text.go:15:56: []struct { f func(int, ...string) (int, error) }{} escapes to heap:
./literal_type_text.go:15:56:   flow: {storage for []struct { f func(int, ...string) (int, error) }{}} = &{storage for []struct { f func(int, ...string) (int, error) }{}}:
./literal_type_text.go:15:56:     from []struct { f func(int, ...string) (int, error) }{} (spill) at ./literal_type_text.go:15:56
./literal_type_text.go:15:56:     from []struct { f func(int, ...string) (int, error) }{} (interface-converted) at ./literal_type_text.go:15:2
./literal_type_text.go:16:2: struct { a int; b int }{...} escapes to heap:
./literal_type_text.go:16:2:   flow: {heap} = &{storage for struct { a int; b int }{...}}:
./literal_type_text.go:16:2:     from struct { a int; b int }{...} (spill) at ./literal_type_text.go:16:2
./literal_type_text.go:16:2:     from sink = struct { a int; b int }{...} (assign) at ./literal_type_text.go:16:7
./literal_type_text.go:17:2: [2]struct { a int; b int }{} escapes to heap:
./literal_type_text.go:17:2:   flow: {heap} = &{storage for [2]struct { a int; b int }{}}:
./literal_type_text.go:17:2:     from [2]struct { a int; b int }{} (spill) at ./literal_type_text.go:17:2
./literal_type_text.go:17:2:     from sink = [2]struct { a int; b int }{} (assign) at ./literal_type_text.go:17:7
./literal_type_text.go:18:2: [1][]struct {}{...} escapes to heap:
./literal_type_text.go:18:2:   flow: {heap} = &{storage for [1][]struct {}{...}}:
./literal_type_text.go:18:2:     from [1][]struct {}{...} (spill) at ./literal_type_text.go:18:2
./literal_type_text.go:18:2:     from sink = [1][]struct {}{...} (assign) at ./literal_type_text.go:18:7
./literal_type_text.go:19:9: &[3]E{...} escapes to heap:
./literal_type_text.go:19:9:   flow: {heap} = &{storage for &[3]E{...}}:
./literal_type_text.go:19:9:     from &[3]E{...} (spill) at ./literal_type_text.go:19:9
./literal_type_text.go:19:9:     from &[3]E{...} (interface-converted) at ./literal_type_text.go:19:2
./literal_type_text.go:19:9:     from sink = &[3]E{...} (assign) at ./literal_type_text.go:19:7
./literal_type_text.go:13:2: [2]struct {}{...} escapes to heap
./literal_type_text.go:14:2: [1]struct { a struct {} }{...} escapes to heap
./literal_type_text.go:15:2: []struct { f func(int, ...string) (int, error) }{} escapes to heap
./literal_type_text.go:15:56: []struct { f func(int, ...string) (int, error) }{} escapes to heap
./literal_type_text.go:16:2: struct { a int; b int }{...} escapes to heap
./literal_type_text.go:17:2: [2]struct { a int; b int }{} escapes to heap
./literal_type_text.go:18:2: [1][]struct {}{...} escapes to heap
./literal_type_text.go:19:9: &[3]E{...} escapes to heap
