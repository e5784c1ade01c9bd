./dot_import.go:9:9: ... argument does not escape
./dot_import.go:9:10: "hi" escapes to heap
./dot_import.go:9:22: math.Sqrt(4) escapes to heap
./dot_import.go:10:8: ... argument does not escape
./dot_import.go:10:17: 3 escapes to heap
