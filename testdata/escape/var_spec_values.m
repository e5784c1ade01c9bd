./var_spec_values.go:12:8: leaking param: v
./var_spec_values.go:13:28: 1 escapes to heap
./var_spec_values.go:13:28: v escapes to heap
./var_spec_values.go:14:25: v escapes to heap
./var_spec_values.go:14:25: 1 escapes to heap
./var_spec_values.go:15:32: Big{} escapes to heap
./var_spec_values.go:15:32: n escapes to heap
./var_spec_values.go:16:34: n + 1 escapes to heap
./var_spec_values.go:16:30: &Big{} escapes to heap
./var_spec_values.go:18:22: v escapes to heap
