./fmt_float_sweep.go:20:37: float32(x) escapes to heap:
./fmt_float_sweep.go:20:37:   flow: {storage for ... argument} = &{storage for float32(x)}:
./fmt_float_sweep.go:20:37:     from float32(x) (spill) at ./fmt_float_sweep.go:20:37
./fmt_float_sweep.go:20:37:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:37:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:20:37:     from ... argument (spill) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:37:     from fmt.Println(... argument...) (call parameter) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:22: x * 1e-10 escapes to heap:
./fmt_float_sweep.go:20:22:   flow: {storage for ... argument} = &{storage for x * 1e-10}:
./fmt_float_sweep.go:20:22:     from x * 1e-10 (spill) at ./fmt_float_sweep.go:20:22
./fmt_float_sweep.go:20:22:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:22:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:20:22:     from ... argument (spill) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14: y escapes to heap:
./fmt_float_sweep.go:20:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:20:14:     from y (spill) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:20:14:     from ... argument (spill) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14: x escapes to heap:
./fmt_float_sweep.go:20:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:20:14:     from x (spill) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:20:14:     from ... argument (spill) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_float_sweep.go:20:14
./fmt_float_sweep.go:19:14: y escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:19:14:     from y (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: y escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:19:14:     from y (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: y escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:19:14:     from y (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: y escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:19:14:     from y (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: y escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:19:14:     from y (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: y escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for y}:
./fmt_float_sweep.go:19:14:     from y (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14: x escapes to heap:
./fmt_float_sweep.go:19:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_float_sweep.go:19:14:     from x (spill) at ./fmt_float_sweep.go:19:14
./fmt_float_sweep.go:19:14:     from ... argument (slice-literal-element) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_float_sweep.go:19:14:     from ... argument (spill) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:14:     from fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", ... argument...) (call parameter) at ./fmt_float_sweep.go:19:13
./fmt_float_sweep.go:19:13: ... argument does not escape
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:20:14: ... argument does not escape
./fmt_float_sweep.go:20:14: x escapes to heap
./fmt_float_sweep.go:20:14: y escapes to heap
./fmt_float_sweep.go:20:22: x * 1e-10 escapes to heap
./fmt_float_sweep.go:20:37: float32(x) escapes to heap
