./fact_iter.go:24:14: ... argument does not escape
./fact_iter.go:24:14: i escapes to heap
./fact_iter.go:24:25: factRec(i) escapes to heap
./fact_iter.go:24:38: factIter(i) escapes to heap
./fact_iter.go:24:54: factRec(i) == factIter(i) escapes to heap
