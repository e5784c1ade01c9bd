./iface_assert_nil_methods.go:14:13: ... argument does not escape
./iface_assert_nil_methods.go:14:13: ok escapes to heap
