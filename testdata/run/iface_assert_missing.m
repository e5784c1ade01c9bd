./iface_assert_missing.go:15:6: T(1) does not escape
./iface_assert_missing.go:17:13: ... argument does not escape
./iface_assert_missing.go:17:13: ok escapes to heap
