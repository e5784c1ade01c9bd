./iface_compare_mixed.go:3:8: args does not escape
./iface_compare_mixed.go:9:6: 3 does not escape
./iface_compare_mixed.go:11:35: ... argument does not escape
./iface_compare_mixed.go:11:36: true does not escape
./iface_compare_mixed.go:11:44: ... argument does not escape
./iface_compare_mixed.go:11:45: false does not escape
./iface_compare_mixed.go:11:54: ... argument does not escape
./iface_compare_mixed.go:11:55: 1 does not escape
./iface_compare_mixed.go:12:6: "hi" does not escape
