./switch_forms.go:26:9: "bad day" escapes to heap
./switch_forms.go:36:13: ... argument does not escape
./switch_forms.go:36:14: "  eval case" escapes to heap
./switch_forms.go:36:14: n escapes to heap
./switch_forms.go:45:13: ... argument does not escape
./switch_forms.go:45:18: sign(-3) escapes to heap
./switch_forms.go:45:28: sign(0) escapes to heap
./switch_forms.go:45:37: sign(9) escapes to heap
./switch_forms.go:47:14: ... argument does not escape
./switch_forms.go:47:14: d escapes to heap
./switch_forms.go:47:22: name(d) escapes to heap
./switch_forms.go:51:28: []string{...} does not escape
./switch_forms.go:54:15: ... argument does not escape
./switch_forms.go:54:15: s escapes to heap
./switch_forms.go:54:19: "is a or b" escapes to heap
./switch_forms.go:56:15: ... argument does not escape
./switch_forms.go:56:15: s escapes to heap
./switch_forms.go:56:19: "is something else" escapes to heap
./switch_forms.go:58:15: ... argument does not escape
./switch_forms.go:58:15: s escapes to heap
./switch_forms.go:58:19: "is c" escapes to heap
./switch_forms.go:60:15: ... argument does not escape
./switch_forms.go:60:16: "empty" escapes to heap
./switch_forms.go:66:14: ... argument does not escape
./switch_forms.go:66:15: "vowel" escapes to heap
./switch_forms.go:68:14: ... argument does not escape
./switch_forms.go:68:15: "x marks" escapes to heap
./switch_forms.go:74:14: ... argument does not escape
./switch_forms.go:74:15: "matched 2 after" escapes to heap
./switch_forms.go:74:15: calls escapes to heap
./switch_forms.go:74:41: "calls" escapes to heap
./switch_forms.go:76:14: ... argument does not escape
./switch_forms.go:76:15: "not reached" escapes to heap
./switch_forms.go:84:14: ... argument does not escape
./switch_forms.go:84:15: "n was 1, now" escapes to heap
./switch_forms.go:84:15: n escapes to heap
./switch_forms.go:86:14: ... argument does not escape
./switch_forms.go:86:15: "wrong: tag re-evaluated" escapes to heap
./switch_forms.go:93:14: ... argument does not escape
./switch_forms.go:93:15: "swapped" escapes to heap
./switch_forms.go:95:14: ... argument does not escape
./switch_forms.go:95:15: "point 1 2" escapes to heap
./switch_forms.go:101:14: ... argument does not escape
./switch_forms.go:101:15: "nil" escapes to heap
./switch_forms.go:103:14: ... argument does not escape
./switch_forms.go:103:15: "same pointer" escapes to heap
./switch_forms.go:107:14: ... argument does not escape
./switch_forms.go:107:15: "long" escapes to heap
./switch_forms.go:109:14: ... argument does not escape
./switch_forms.go:109:15: "short" escapes to heap
./switch_forms.go:114:14: ... argument does not escape
./switch_forms.go:114:15: "2^40" escapes to heap
./switch_forms.go:129:15: ... argument does not escape
./switch_forms.go:129:16: "big" escapes to heap
./switch_forms.go:129:16: y escapes to heap
./switch_forms.go:132:15: ... argument does not escape
./switch_forms.go:132:15: y escapes to heap
./switch_forms.go:132:15: x escapes to heap
