./quicksort.go:10:15: partition ignoring self-assignment in a[i], a[j] = a[j], a[i]
./quicksort.go:10:15: partition ignoring self-assignment in a[i], a[j] = a[j], a[i]
./quicksort.go:14:14: partition ignoring self-assignment in a[i], a[hi] = a[hi], a[i]
./quicksort.go:14:14: partition ignoring self-assignment in a[i], a[hi] = a[hi], a[i]
./quicksort.go:5:16: a does not escape
./quicksort.go:18:16: a does not escape
./quicksort.go:34:13: ... argument does not escape
./quicksort.go:34:13: a escapes to heap
./quicksort.go:36:13: ... argument does not escape
./quicksort.go:36:13: a escapes to heap
./quicksort.go:37:13: ... argument does not escape
./quicksort.go:37:17: len(a) escapes to heap
./quicksort.go:37:23: a[0] escapes to heap
./quicksort.go:37:29: a[len(a) - 1] escapes to heap
