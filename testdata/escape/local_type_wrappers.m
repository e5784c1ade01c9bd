./local_type_wrappers.go:7:7: leaking param: b to result ~r0 level=0
