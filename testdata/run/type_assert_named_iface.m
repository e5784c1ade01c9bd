./type_assert_named_iface.go:8:13: T{...} does not escape
