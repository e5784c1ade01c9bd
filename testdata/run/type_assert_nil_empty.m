./type_assert_nil_empty.go:6:6: 1 does not escape
