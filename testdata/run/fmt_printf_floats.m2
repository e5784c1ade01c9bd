./fmt_printf_floats.go:35:66: 1.7976931348623157e308 escapes to heap:
./fmt_printf_floats.go:35:66:   flow: {storage for ... argument} = &{storage for 1.7976931348623157e308}:
./fmt_printf_floats.go:35:66:     from 1.7976931348623157e308 (spill) at ./fmt_printf_floats.go:35:66
./fmt_printf_floats.go:35:66:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:66:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:66:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:66:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:58: 5e-324 escapes to heap:
./fmt_printf_floats.go:35:58:   flow: {storage for ... argument} = &{storage for 5e-324}:
./fmt_printf_floats.go:35:58:     from 5e-324 (spill) at ./fmt_printf_floats.go:35:58
./fmt_printf_floats.go:35:58:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:58:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:58:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:58:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:51: float32(0.5) escapes to heap:
./fmt_printf_floats.go:35:51:   flow: {storage for ... argument} = &{storage for float32(0.5)}:
./fmt_printf_floats.go:35:51:     from float32(0.5) (spill) at ./fmt_printf_floats.go:35:51
./fmt_printf_floats.go:35:51:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:51:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:51:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:51:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:31: 123456789.0 escapes to heap:
./fmt_printf_floats.go:35:31:   flow: {storage for ... argument} = &{storage for 123456789.0}:
./fmt_printf_floats.go:35:31:     from 123456789.0 (spill) at ./fmt_printf_floats.go:35:31
./fmt_printf_floats.go:35:31:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:31:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:31:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:31:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:25: 1e20 escapes to heap:
./fmt_printf_floats.go:35:25:   flow: {storage for ... argument} = &{storage for 1e20}:
./fmt_printf_floats.go:35:25:     from 1e20 (spill) at ./fmt_printf_floats.go:35:25
./fmt_printf_floats.go:35:25:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:25:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:25:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:19: 1e21 escapes to heap:
./fmt_printf_floats.go:35:19:   flow: {storage for ... argument} = &{storage for 1e21}:
./fmt_printf_floats.go:35:19:     from 1e21 (spill) at ./fmt_printf_floats.go:35:19
./fmt_printf_floats.go:35:19:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:19:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:19:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:14: 1.5 escapes to heap:
./fmt_printf_floats.go:35:14:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:35:14:     from 1.5 (spill) at ./fmt_printf_floats.go:35:14
./fmt_printf_floats.go:35:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:35:14:     from ... argument (spill) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_printf_floats.go:35:13
./fmt_printf_floats.go:34:71: 1234.5 escapes to heap:
./fmt_printf_floats.go:34:71:   flow: {storage for ... argument} = &{storage for 1234.5}:
./fmt_printf_floats.go:34:71:     from 1234.5 (spill) at ./fmt_printf_floats.go:34:71
./fmt_printf_floats.go:34:71:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:71:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:71:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:71:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:68: 2 escapes to heap:
./fmt_printf_floats.go:34:68:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_floats.go:34:68:     from 2 (spill) at ./fmt_printf_floats.go:34:68
./fmt_printf_floats.go:34:68:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:68:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:68:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:68:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:64: 12 escapes to heap:
./fmt_printf_floats.go:34:64:   flow: {storage for ... argument} = &{storage for 12}:
./fmt_printf_floats.go:34:64:     from 12 (spill) at ./fmt_printf_floats.go:34:64
./fmt_printf_floats.go:34:64:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:64:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:64:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:64:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:55: 2.71828 escapes to heap:
./fmt_printf_floats.go:34:55:   flow: {storage for ... argument} = &{storage for 2.71828}:
./fmt_printf_floats.go:34:55:     from 2.71828 (spill) at ./fmt_printf_floats.go:34:55
./fmt_printf_floats.go:34:55:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:55:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:55:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:52: 3 escapes to heap:
./fmt_printf_floats.go:34:52:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_floats.go:34:52:     from 3 (spill) at ./fmt_printf_floats.go:34:52
./fmt_printf_floats.go:34:52:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:52:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:52:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:48: 10 escapes to heap:
./fmt_printf_floats.go:34:48:   flow: {storage for ... argument} = &{storage for 10}:
./fmt_printf_floats.go:34:48:     from 10 (spill) at ./fmt_printf_floats.go:34:48
./fmt_printf_floats.go:34:48:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:48:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:48:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:39: 3.14159 escapes to heap:
./fmt_printf_floats.go:34:39:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_printf_floats.go:34:39:     from 3.14159 (spill) at ./fmt_printf_floats.go:34:39
./fmt_printf_floats.go:34:39:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:39:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:39:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:36: 2 escapes to heap:
./fmt_printf_floats.go:34:36:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_floats.go:34:36:     from 2 (spill) at ./fmt_printf_floats.go:34:36
./fmt_printf_floats.go:34:36:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:36:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:34:36:     from ... argument (spill) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:34:36:     from fmt.Printf("%.*f|%*.*f|%-*.*e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:34:12
./fmt_printf_floats.go:33:71: 3.14159 escapes to heap:
./fmt_printf_floats.go:33:71:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_printf_floats.go:33:71:     from 3.14159 (spill) at ./fmt_printf_floats.go:33:71
./fmt_printf_floats.go:33:71:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:71:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:33:71:     from ... argument (spill) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:71:     from fmt.Printf("%8.3v|%-8.3v|%08.3v|%+.3v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:62: 3.14159 escapes to heap:
./fmt_printf_floats.go:33:62:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_printf_floats.go:33:62:     from 3.14159 (spill) at ./fmt_printf_floats.go:33:62
./fmt_printf_floats.go:33:62:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:62:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:33:62:     from ... argument (spill) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:62:     from fmt.Printf("%8.3v|%-8.3v|%08.3v|%+.3v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:53: 3.14159 escapes to heap:
./fmt_printf_floats.go:33:53:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_printf_floats.go:33:53:     from 3.14159 (spill) at ./fmt_printf_floats.go:33:53
./fmt_printf_floats.go:33:53:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:33:53:     from ... argument (spill) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:53:     from fmt.Printf("%8.3v|%-8.3v|%08.3v|%+.3v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:44: 3.14159 escapes to heap:
./fmt_printf_floats.go:33:44:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_printf_floats.go:33:44:     from 3.14159 (spill) at ./fmt_printf_floats.go:33:44
./fmt_printf_floats.go:33:44:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:33:44:     from ... argument (spill) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:33:44:     from fmt.Printf("%8.3v|%-8.3v|%08.3v|%+.3v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:33:12
./fmt_printf_floats.go:32:53: 1.5 escapes to heap:
./fmt_printf_floats.go:32:53:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:32:53:     from 1.5 (spill) at ./fmt_printf_floats.go:32:53
./fmt_printf_floats.go:32:53:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:32:53:     from ... argument (spill) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:53:     from fmt.Printf("%d %s %q %t %c\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:48: 1.5 escapes to heap:
./fmt_printf_floats.go:32:48:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:32:48:     from 1.5 (spill) at ./fmt_printf_floats.go:32:48
./fmt_printf_floats.go:32:48:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:32:48:     from ... argument (spill) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:48:     from fmt.Printf("%d %s %q %t %c\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:43: 1.5 escapes to heap:
./fmt_printf_floats.go:32:43:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:32:43:     from 1.5 (spill) at ./fmt_printf_floats.go:32:43
./fmt_printf_floats.go:32:43:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:43:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:32:43:     from ... argument (spill) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:43:     from fmt.Printf("%d %s %q %t %c\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:38: 1.5 escapes to heap:
./fmt_printf_floats.go:32:38:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:32:38:     from 1.5 (spill) at ./fmt_printf_floats.go:32:38
./fmt_printf_floats.go:32:38:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:32:38:     from ... argument (spill) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:38:     from fmt.Printf("%d %s %q %t %c\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:33: 1.5 escapes to heap:
./fmt_printf_floats.go:32:33:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:32:33:     from 1.5 (spill) at ./fmt_printf_floats.go:32:33
./fmt_printf_floats.go:32:33:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:33:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:32:33:     from ... argument (spill) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:32:33:     from fmt.Printf("%d %s %q %t %c\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:32:12
./fmt_printf_floats.go:31:78: [2]float64{...} escapes to heap:
./fmt_printf_floats.go:31:78:   flow: {storage for ... argument} = &{storage for [2]float64{...}}:
./fmt_printf_floats.go:31:78:     from [2]float64{...} (spill) at ./fmt_printf_floats.go:31:78
./fmt_printf_floats.go:31:78:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:78:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:31:78:     from ... argument (spill) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:78:     from fmt.Printf("%v %.1f %g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:57: []float64{...} escapes to heap:
./fmt_printf_floats.go:31:57:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_printf_floats.go:31:57:     from []float64{...} (spill) at ./fmt_printf_floats.go:31:57
./fmt_printf_floats.go:31:57:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:57:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:31:57:     from ... argument (spill) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:57:     from fmt.Printf("%v %.1f %g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:38: []float64{...} escapes to heap:
./fmt_printf_floats.go:31:38:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_printf_floats.go:31:38:     from []float64{...} (spill) at ./fmt_printf_floats.go:31:38
./fmt_printf_floats.go:31:38:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:38:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:31:38:     from ... argument (spill) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:31:38:     from fmt.Printf("%v %.1f %g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:31:12
./fmt_printf_floats.go:30:70: Temp(2) escapes to heap:
./fmt_printf_floats.go:30:70:   flow: {storage for ... argument} = &{storage for Temp(2)}:
./fmt_printf_floats.go:30:70:     from Temp(2) (spill) at ./fmt_printf_floats.go:30:70
./fmt_printf_floats.go:30:70:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:70:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:30:70:     from ... argument (spill) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:70:     from fmt.Printf("%v %.2f %T %#v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:61: Temp(1) escapes to heap:
./fmt_printf_floats.go:30:61:   flow: {storage for ... argument} = &{storage for Temp(1)}:
./fmt_printf_floats.go:30:61:     from Temp(1) (spill) at ./fmt_printf_floats.go:30:61
./fmt_printf_floats.go:30:61:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:61:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:30:61:     from ... argument (spill) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:61:     from fmt.Printf("%v %.2f %T %#v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:49: Temp(36.6) escapes to heap:
./fmt_printf_floats.go:30:49:   flow: {storage for ... argument} = &{storage for Temp(36.6)}:
./fmt_printf_floats.go:30:49:     from Temp(36.6) (spill) at ./fmt_printf_floats.go:30:49
./fmt_printf_floats.go:30:49:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:49:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:30:49:     from ... argument (spill) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:49:     from fmt.Printf("%v %.2f %T %#v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:37: Temp(36.6) escapes to heap:
./fmt_printf_floats.go:30:37:   flow: {storage for ... argument} = &{storage for Temp(36.6)}:
./fmt_printf_floats.go:30:37:     from Temp(36.6) (spill) at ./fmt_printf_floats.go:30:37
./fmt_printf_floats.go:30:37:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:37:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:30:37:     from ... argument (spill) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:30:37:     from fmt.Printf("%v %.2f %T %#v\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:30:12
./fmt_printf_floats.go:29:13: f32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_printf_floats.go:29:13:     from f32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: f32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_printf_floats.go:29:13:     from f32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: f32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_printf_floats.go:29:13:     from f32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: f32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_printf_floats.go:29:13:     from f32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: h32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for h32}:
./fmt_printf_floats.go:29:13:     from h32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: g32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for g32}:
./fmt_printf_floats.go:29:13:     from g32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: h32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for h32}:
./fmt_printf_floats.go:29:13:     from h32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: g32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for g32}:
./fmt_printf_floats.go:29:13:     from g32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13: f32 escapes to heap:
./fmt_printf_floats.go:29:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_printf_floats.go:29:13:     from f32 (spill) at ./fmt_printf_floats.go:29:13
./fmt_printf_floats.go:29:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:29:13:     from ... argument (spill) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:29:13:     from fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:29:12
./fmt_printf_floats.go:25:13: zero escapes to heap:
./fmt_printf_floats.go:25:13:   flow: {storage for ... argument} = &{storage for zero}:
./fmt_printf_floats.go:25:13:     from zero (spill) at ./fmt_printf_floats.go:25:13
./fmt_printf_floats.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:25:13:     from ... argument (spill) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:     from fmt.Printf("|%v|%f|%e|%g|%+v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13: neg escapes to heap:
./fmt_printf_floats.go:25:13:   flow: {storage for ... argument} = &{storage for neg}:
./fmt_printf_floats.go:25:13:     from neg (spill) at ./fmt_printf_floats.go:25:13
./fmt_printf_floats.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:25:13:     from ... argument (spill) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:     from fmt.Printf("|%v|%f|%e|%g|%+v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13: neg escapes to heap:
./fmt_printf_floats.go:25:13:   flow: {storage for ... argument} = &{storage for neg}:
./fmt_printf_floats.go:25:13:     from neg (spill) at ./fmt_printf_floats.go:25:13
./fmt_printf_floats.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:25:13:     from ... argument (spill) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:     from fmt.Printf("|%v|%f|%e|%g|%+v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13: neg escapes to heap:
./fmt_printf_floats.go:25:13:   flow: {storage for ... argument} = &{storage for neg}:
./fmt_printf_floats.go:25:13:     from neg (spill) at ./fmt_printf_floats.go:25:13
./fmt_printf_floats.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:25:13:     from ... argument (spill) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:     from fmt.Printf("|%v|%f|%e|%g|%+v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13: neg escapes to heap:
./fmt_printf_floats.go:25:13:   flow: {storage for ... argument} = &{storage for neg}:
./fmt_printf_floats.go:25:13:     from neg (spill) at ./fmt_printf_floats.go:25:13
./fmt_printf_floats.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:25:13:     from ... argument (spill) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:25:13:     from fmt.Printf("|%v|%f|%e|%g|%+v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:25:12
./fmt_printf_floats.go:23:13: nan escapes to heap:
./fmt_printf_floats.go:23:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:23:13:     from nan (spill) at ./fmt_printf_floats.go:23:13
./fmt_printf_floats.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:23:13:     from ... argument (spill) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:     from fmt.Printf("|%x|%X|%b|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13: ninf escapes to heap:
./fmt_printf_floats.go:23:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_printf_floats.go:23:13:     from ninf (spill) at ./fmt_printf_floats.go:23:13
./fmt_printf_floats.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:23:13:     from ... argument (spill) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:     from fmt.Printf("|%x|%X|%b|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13: nan escapes to heap:
./fmt_printf_floats.go:23:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:23:13:     from nan (spill) at ./fmt_printf_floats.go:23:13
./fmt_printf_floats.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:23:13:     from ... argument (spill) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:     from fmt.Printf("|%x|%X|%b|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13: inf escapes to heap:
./fmt_printf_floats.go:23:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_printf_floats.go:23:13:     from inf (spill) at ./fmt_printf_floats.go:23:13
./fmt_printf_floats.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:23:13:     from ... argument (spill) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:23:13:     from fmt.Printf("|%x|%X|%b|%#v|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:23:12
./fmt_printf_floats.go:22:13: ninf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_printf_floats.go:22:13:     from ninf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: nan escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:22:13:     from nan (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: inf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_printf_floats.go:22:13:     from inf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: inf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_printf_floats.go:22:13:     from inf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: nan escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:22:13:     from nan (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: nan escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:22:13:     from nan (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: ninf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_printf_floats.go:22:13:     from ninf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: nan escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:22:13:     from nan (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: inf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_printf_floats.go:22:13:     from inf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: inf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_printf_floats.go:22:13:     from inf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: nan escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_printf_floats.go:22:13:     from nan (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: ninf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_printf_floats.go:22:13:     from ninf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13: inf escapes to heap:
./fmt_printf_floats.go:22:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_printf_floats.go:22:13:     from inf (spill) at ./fmt_printf_floats.go:22:13
./fmt_printf_floats.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:22:13:     from ... argument (spill) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:22:13:     from fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:22:12
./fmt_printf_floats.go:17:59: 1e100 escapes to heap:
./fmt_printf_floats.go:17:59:   flow: {storage for ... argument} = &{storage for 1e100}:
./fmt_printf_floats.go:17:59:     from 1e100 (spill) at ./fmt_printf_floats.go:17:59
./fmt_printf_floats.go:17:59:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:59:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:17:59:     from ... argument (spill) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:59:     from fmt.Printf("%.3e %.10e %.0e %e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:54: 5.5 escapes to heap:
./fmt_printf_floats.go:17:54:   flow: {storage for ... argument} = &{storage for 5.5}:
./fmt_printf_floats.go:17:54:     from 5.5 (spill) at ./fmt_printf_floats.go:17:54
./fmt_printf_floats.go:17:54:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:17:54:     from ... argument (spill) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:54:     from fmt.Printf("%.3e %.10e %.0e %e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:48: 1.0 / 3.0 escapes to heap:
./fmt_printf_floats.go:17:48:   flow: {storage for ... argument} = &{storage for 1.0 / 3.0}:
./fmt_printf_floats.go:17:48:     from 1.0 / 3.0 (spill) at ./fmt_printf_floats.go:17:48
./fmt_printf_floats.go:17:48:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:17:48:     from ... argument (spill) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:48:     from fmt.Printf("%.3e %.10e %.0e %e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:37: 9.9996 escapes to heap:
./fmt_printf_floats.go:17:37:   flow: {storage for ... argument} = &{storage for 9.9996}:
./fmt_printf_floats.go:17:37:     from 9.9996 (spill) at ./fmt_printf_floats.go:17:37
./fmt_printf_floats.go:17:37:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:37:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:17:37:     from ... argument (spill) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:17:37:     from fmt.Printf("%.3e %.10e %.0e %e\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:17:12
./fmt_printf_floats.go:16:95: 0.1 escapes to heap:
./fmt_printf_floats.go:16:95:   flow: {storage for ... argument} = &{storage for 0.1}:
./fmt_printf_floats.go:16:95:     from 0.1 (spill) at ./fmt_printf_floats.go:16:95
./fmt_printf_floats.go:16:95:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:95:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:16:95:     from ... argument (spill) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:95:     from fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:86: 123.456 escapes to heap:
./fmt_printf_floats.go:16:86:   flow: {storage for ... argument} = &{storage for 123.456}:
./fmt_printf_floats.go:16:86:     from 123.456 (spill) at ./fmt_printf_floats.go:16:86
./fmt_printf_floats.go:16:86:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:86:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:16:86:     from ... argument (spill) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:86:     from fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:77: 123.456 escapes to heap:
./fmt_printf_floats.go:16:77:   flow: {storage for ... argument} = &{storage for 123.456}:
./fmt_printf_floats.go:16:77:     from 123.456 (spill) at ./fmt_printf_floats.go:16:77
./fmt_printf_floats.go:16:77:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:77:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:16:77:     from ... argument (spill) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:77:     from fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:68: 123.456 escapes to heap:
./fmt_printf_floats.go:16:68:   flow: {storage for ... argument} = &{storage for 123.456}:
./fmt_printf_floats.go:16:68:     from 123.456 (spill) at ./fmt_printf_floats.go:16:68
./fmt_printf_floats.go:16:68:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:68:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:16:68:     from ... argument (spill) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:68:     from fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:59: 123.456 escapes to heap:
./fmt_printf_floats.go:16:59:   flow: {storage for ... argument} = &{storage for 123.456}:
./fmt_printf_floats.go:16:59:     from 123.456 (spill) at ./fmt_printf_floats.go:16:59
./fmt_printf_floats.go:16:59:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:59:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:16:59:     from ... argument (spill) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:59:     from fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:50: 123.456 escapes to heap:
./fmt_printf_floats.go:16:50:   flow: {storage for ... argument} = &{storage for 123.456}:
./fmt_printf_floats.go:16:50:     from 123.456 (spill) at ./fmt_printf_floats.go:16:50
./fmt_printf_floats.go:16:50:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:50:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:16:50:     from ... argument (spill) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:16:50:     from fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:16:12
./fmt_printf_floats.go:15:86: 0.125 escapes to heap:
./fmt_printf_floats.go:15:86:   flow: {storage for ... argument} = &{storage for 0.125}:
./fmt_printf_floats.go:15:86:     from 0.125 (spill) at ./fmt_printf_floats.go:15:86
./fmt_printf_floats.go:15:86:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:86:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:86:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:86:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:79: 1.005 escapes to heap:
./fmt_printf_floats.go:15:79:   flow: {storage for ... argument} = &{storage for 1.005}:
./fmt_printf_floats.go:15:79:     from 1.005 (spill) at ./fmt_printf_floats.go:15:79
./fmt_printf_floats.go:15:79:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:79:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:79:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:79:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:73: 0.25 escapes to heap:
./fmt_printf_floats.go:15:73:   flow: {storage for ... argument} = &{storage for 0.25}:
./fmt_printf_floats.go:15:73:     from 0.25 (spill) at ./fmt_printf_floats.go:15:73
./fmt_printf_floats.go:15:73:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:73:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:73:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:73:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:68: 3.5 escapes to heap:
./fmt_printf_floats.go:15:68:   flow: {storage for ... argument} = &{storage for 3.5}:
./fmt_printf_floats.go:15:68:     from 3.5 (spill) at ./fmt_printf_floats.go:15:68
./fmt_printf_floats.go:15:68:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:68:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:68:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:68:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:63: 2.5 escapes to heap:
./fmt_printf_floats.go:15:63:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_printf_floats.go:15:63:     from 2.5 (spill) at ./fmt_printf_floats.go:15:63
./fmt_printf_floats.go:15:63:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:63:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:63:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:63:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:58: 1.5 escapes to heap:
./fmt_printf_floats.go:15:58:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_printf_floats.go:15:58:     from 1.5 (spill) at ./fmt_printf_floats.go:15:58
./fmt_printf_floats.go:15:58:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:58:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:58:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:58:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:53: 0.5 escapes to heap:
./fmt_printf_floats.go:15:53:   flow: {storage for ... argument} = &{storage for 0.5}:
./fmt_printf_floats.go:15:53:     from 0.5 (spill) at ./fmt_printf_floats.go:15:53
./fmt_printf_floats.go:15:53:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:15:53:     from ... argument (spill) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:15:53:     from fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:15:12
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14: x escapes to heap:
./fmt_printf_floats.go:13:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:13:14:     from x (spill) at ./fmt_printf_floats.go:13:14
./fmt_printf_floats.go:13:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:13:14:     from ... argument (spill) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:13:14:     from fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:13:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14: x escapes to heap:
./fmt_printf_floats.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_printf_floats.go:10:14:     from x (spill) at ./fmt_printf_floats.go:10:14
./fmt_printf_floats.go:10:14:     from ... argument (slice-literal-element) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_printf_floats.go:10:14:     from ... argument (spill) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:10:14:     from fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", ... argument...) (call parameter) at ./fmt_printf_floats.go:10:13
./fmt_printf_floats.go:31:57: []float64{...} escapes to heap:
./fmt_printf_floats.go:31:57:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_printf_floats.go:31:57:     from []float64{...} (spill) at ./fmt_printf_floats.go:31:57
./fmt_printf_floats.go:31:57:     from []float64{...} (interface-converted) at ./fmt_printf_floats.go:31:57
./fmt_printf_floats.go:31:38: []float64{...} escapes to heap:
./fmt_printf_floats.go:31:38:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_printf_floats.go:31:38:     from []float64{...} (spill) at ./fmt_printf_floats.go:31:38
./fmt_printf_floats.go:31:38:     from []float64{...} (interface-converted) at ./fmt_printf_floats.go:31:38
./fmt_printf_floats.go:8:17: []float64{...} does not escape
./fmt_printf_floats.go:10:13: ... argument does not escape
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:13:13: ... argument does not escape
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:15:12: ... argument does not escape
./fmt_printf_floats.go:15:53: 0.5 escapes to heap
./fmt_printf_floats.go:15:58: 1.5 escapes to heap
./fmt_printf_floats.go:15:63: 2.5 escapes to heap
./fmt_printf_floats.go:15:68: 3.5 escapes to heap
./fmt_printf_floats.go:15:73: 0.25 escapes to heap
./fmt_printf_floats.go:15:79: 1.005 escapes to heap
./fmt_printf_floats.go:15:86: 0.125 escapes to heap
./fmt_printf_floats.go:16:12: ... argument does not escape
./fmt_printf_floats.go:16:50: 123.456 escapes to heap
./fmt_printf_floats.go:16:59: 123.456 escapes to heap
./fmt_printf_floats.go:16:68: 123.456 escapes to heap
./fmt_printf_floats.go:16:77: 123.456 escapes to heap
./fmt_printf_floats.go:16:86: 123.456 escapes to heap
./fmt_printf_floats.go:16:95: 0.1 escapes to heap
./fmt_printf_floats.go:17:12: ... argument does not escape
./fmt_printf_floats.go:17:37: 9.9996 escapes to heap
./fmt_printf_floats.go:17:48: 1.0 / 3.0 escapes to heap
./fmt_printf_floats.go:17:54: 5.5 escapes to heap
./fmt_printf_floats.go:17:59: 1e100 escapes to heap
./fmt_printf_floats.go:22:12: ... argument does not escape
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: ninf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: ninf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: ninf escapes to heap
./fmt_printf_floats.go:23:12: ... argument does not escape
./fmt_printf_floats.go:23:13: inf escapes to heap
./fmt_printf_floats.go:23:13: nan escapes to heap
./fmt_printf_floats.go:23:13: ninf escapes to heap
./fmt_printf_floats.go:23:13: nan escapes to heap
./fmt_printf_floats.go:25:12: ... argument does not escape
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: zero escapes to heap
./fmt_printf_floats.go:29:12: ... argument does not escape
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: g32 escapes to heap
./fmt_printf_floats.go:29:13: h32 escapes to heap
./fmt_printf_floats.go:29:13: g32 escapes to heap
./fmt_printf_floats.go:29:13: h32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:30:12: ... argument does not escape
./fmt_printf_floats.go:30:37: Temp(36.6) escapes to heap
./fmt_printf_floats.go:30:49: Temp(36.6) escapes to heap
./fmt_printf_floats.go:30:61: Temp(1) escapes to heap
./fmt_printf_floats.go:30:70: Temp(2) escapes to heap
./fmt_printf_floats.go:31:12: ... argument does not escape
./fmt_printf_floats.go:31:38: []float64{...} escapes to heap
./fmt_printf_floats.go:31:38: []float64{...} escapes to heap
./fmt_printf_floats.go:31:57: []float64{...} escapes to heap
./fmt_printf_floats.go:31:57: []float64{...} escapes to heap
./fmt_printf_floats.go:31:78: [2]float64{...} escapes to heap
./fmt_printf_floats.go:32:12: ... argument does not escape
./fmt_printf_floats.go:32:33: 1.5 escapes to heap
./fmt_printf_floats.go:32:38: 1.5 escapes to heap
./fmt_printf_floats.go:32:43: 1.5 escapes to heap
./fmt_printf_floats.go:32:48: 1.5 escapes to heap
./fmt_printf_floats.go:32:53: 1.5 escapes to heap
./fmt_printf_floats.go:33:12: ... argument does not escape
./fmt_printf_floats.go:33:44: 3.14159 escapes to heap
./fmt_printf_floats.go:33:53: 3.14159 escapes to heap
./fmt_printf_floats.go:33:62: 3.14159 escapes to heap
./fmt_printf_floats.go:33:71: 3.14159 escapes to heap
./fmt_printf_floats.go:34:12: ... argument does not escape
./fmt_printf_floats.go:34:36: 2 escapes to heap
./fmt_printf_floats.go:34:39: 3.14159 escapes to heap
./fmt_printf_floats.go:34:48: 10 escapes to heap
./fmt_printf_floats.go:34:52: 3 escapes to heap
./fmt_printf_floats.go:34:55: 2.71828 escapes to heap
./fmt_printf_floats.go:34:64: 12 escapes to heap
./fmt_printf_floats.go:34:68: 2 escapes to heap
./fmt_printf_floats.go:34:71: 1234.5 escapes to heap
./fmt_printf_floats.go:35:13: ... argument does not escape
./fmt_printf_floats.go:35:14: 1.5 escapes to heap
./fmt_printf_floats.go:35:19: 1e21 escapes to heap
./fmt_printf_floats.go:35:25: 1e20 escapes to heap
./fmt_printf_floats.go:35:31: 123456789.0 escapes to heap
./fmt_printf_floats.go:35:51: float32(0.5) escapes to heap
./fmt_printf_floats.go:35:58: 5e-324 escapes to heap
./fmt_printf_floats.go:35:66: 1.7976931348623157e308 escapes to heap
