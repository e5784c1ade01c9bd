./fact_iter.go:24:54: factRec(i) == factIter(i) escapes to heap:
./fact_iter.go:24:54:   flow: {storage for ... argument} = &{storage for factRec(i) == factIter(i)}:
./fact_iter.go:24:54:     from factRec(i) == factIter(i) (spill) at ./fact_iter.go:24:54
./fact_iter.go:24:54:     from ... argument (slice-literal-element) at ./fact_iter.go:24:14
./fact_iter.go:24:54:   flow: {heap} = {storage for ... argument}:
./fact_iter.go:24:54:     from ... argument (spill) at ./fact_iter.go:24:14
./fact_iter.go:24:54:     from fmt.Println(... argument...) (call parameter) at ./fact_iter.go:24:14
./fact_iter.go:24:38: factIter(i) escapes to heap:
./fact_iter.go:24:38:   flow: {storage for ... argument} = &{storage for factIter(i)}:
./fact_iter.go:24:38:     from factIter(i) (spill) at ./fact_iter.go:24:38
./fact_iter.go:24:38:     from ... argument (slice-literal-element) at ./fact_iter.go:24:14
./fact_iter.go:24:38:   flow: {heap} = {storage for ... argument}:
./fact_iter.go:24:38:     from ... argument (spill) at ./fact_iter.go:24:14
./fact_iter.go:24:38:     from fmt.Println(... argument...) (call parameter) at ./fact_iter.go:24:14
./fact_iter.go:24:25: factRec(i) escapes to heap:
./fact_iter.go:24:25:   flow: {storage for ... argument} = &{storage for factRec(i)}:
./fact_iter.go:24:25:     from factRec(i) (spill) at ./fact_iter.go:24:25
./fact_iter.go:24:25:     from ... argument (slice-literal-element) at ./fact_iter.go:24:14
./fact_iter.go:24:25:   flow: {heap} = {storage for ... argument}:
./fact_iter.go:24:25:     from ... argument (spill) at ./fact_iter.go:24:14
./fact_iter.go:24:25:     from fmt.Println(... argument...) (call parameter) at ./fact_iter.go:24:14
./fact_iter.go:24:14: i escapes to heap:
./fact_iter.go:24:14:   flow: {storage for ... argument} = &{storage for i}:
./fact_iter.go:24:14:     from i (spill) at ./fact_iter.go:24:14
./fact_iter.go:24:14:     from ... argument (slice-literal-element) at ./fact_iter.go:24:14
./fact_iter.go:24:14:   flow: {heap} = {storage for ... argument}:
./fact_iter.go:24:14:     from ... argument (spill) at ./fact_iter.go:24:14
./fact_iter.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./fact_iter.go:24:14
./fact_iter.go:24:14: ... argument does not escape
./fact_iter.go:24:14: i escapes to heap
./fact_iter.go:24:25: factRec(i) escapes to heap
./fact_iter.go:24:38: factIter(i) escapes to heap
./fact_iter.go:24:54: factRec(i) == factIter(i) escapes to heap
