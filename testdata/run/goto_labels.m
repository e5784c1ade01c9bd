./goto_labels.go:33:13: ... argument does not escape
./goto_labels.go:33:17: gcd(48, 18) escapes to heap
./goto_labels.go:33:30: gcd(17, 5) escapes to heap
./goto_labels.go:34:13: ... argument does not escape
./goto_labels.go:34:21: collatz(27) escapes to heap
./goto_labels.go:41:13: ... argument does not escape
./goto_labels.go:41:14: "i" escapes to heap
./goto_labels.go:41:14: i escapes to heap
./goto_labels.go:52:13: ... argument does not escape
./goto_labels.go:52:14: "x" escapes to heap
./goto_labels.go:52:14: x escapes to heap
./goto_labels.go:58:13: ... argument does not escape
./goto_labels.go:58:14: "x" escapes to heap
./goto_labels.go:58:14: x escapes to heap
./goto_labels.go:72:13: ... argument does not escape
./goto_labels.go:72:14: "n" escapes to heap
./goto_labels.go:72:14: n escapes to heap
./goto_labels.go:78:16: ... argument does not escape
./goto_labels.go:78:17: "found" escapes to heap
./goto_labels.go:78:17: a escapes to heap
./goto_labels.go:78:17: b escapes to heap
./goto_labels.go:84:13: ... argument does not escape
./goto_labels.go:84:14: "done" escapes to heap
