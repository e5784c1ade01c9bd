./renamed_imports.go:10:11: ... argument does not escape
./renamed_imports.go:10:12: "root" escapes to heap
./renamed_imports.go:10:12: x escapes to heap
./renamed_imports.go:10:30: math.Floor(x * 10) escapes to heap
./renamed_imports.go:11:10: ... argument does not escape
./renamed_imports.go:11:25: m.Pi escapes to heap
./renamed_imports.go:11:31: m.MaxInt8 escapes to heap
