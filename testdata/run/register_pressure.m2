./register_pressure.go:124:13: v39 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v39}:
./register_pressure.go:124:13:     from v39 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v36 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v36}:
./register_pressure.go:124:13:     from v36 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v33 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v33}:
./register_pressure.go:124:13:     from v33 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v30 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v30}:
./register_pressure.go:124:13:     from v30 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v27 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v27}:
./register_pressure.go:124:13:     from v27 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v24 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v24}:
./register_pressure.go:124:13:     from v24 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v21 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v21}:
./register_pressure.go:124:13:     from v21 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v18 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v18}:
./register_pressure.go:124:13:     from v18 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v15 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v15}:
./register_pressure.go:124:13:     from v15 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v12 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v12}:
./register_pressure.go:124:13:     from v12 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v9 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v9}:
./register_pressure.go:124:13:     from v9 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v6 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v6}:
./register_pressure.go:124:13:     from v6 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v3 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v3}:
./register_pressure.go:124:13:     from v3 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: v0 escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for v0}:
./register_pressure.go:124:13:     from v0 (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:124:13: total escapes to heap:
./register_pressure.go:124:13:   flow: {storage for ... argument} = &{storage for total}:
./register_pressure.go:124:13:     from total (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from ... argument (slice-literal-element) at ./register_pressure.go:124:13
./register_pressure.go:124:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:124:13:     from ... argument (spill) at ./register_pressure.go:124:13
./register_pressure.go:124:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:124:13
./register_pressure.go:105:13: w15 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w15}:
./register_pressure.go:105:13:     from w15 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w14 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w14}:
./register_pressure.go:105:13:     from w14 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w13 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w13}:
./register_pressure.go:105:13:     from w13 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w12 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w12}:
./register_pressure.go:105:13:     from w12 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w11 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w11}:
./register_pressure.go:105:13:     from w11 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w10 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w10}:
./register_pressure.go:105:13:     from w10 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w9 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w9}:
./register_pressure.go:105:13:     from w9 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w8 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w8}:
./register_pressure.go:105:13:     from w8 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w7 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w7}:
./register_pressure.go:105:13:     from w7 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w6 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w6}:
./register_pressure.go:105:13:     from w6 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w5 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w5}:
./register_pressure.go:105:13:     from w5 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w4 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w4}:
./register_pressure.go:105:13:     from w4 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w3 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w3}:
./register_pressure.go:105:13:     from w3 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w2 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w2}:
./register_pressure.go:105:13:     from w2 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w1 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w1}:
./register_pressure.go:105:13:     from w1 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:105:13: w0 escapes to heap:
./register_pressure.go:105:13:   flow: {storage for ... argument} = &{storage for w0}:
./register_pressure.go:105:13:     from w0 (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from ... argument (slice-literal-element) at ./register_pressure.go:105:13
./register_pressure.go:105:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:105:13:     from ... argument (spill) at ./register_pressure.go:105:13
./register_pressure.go:105:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:105:13
./register_pressure.go:104:13: v39 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v39}:
./register_pressure.go:104:13:     from v39 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v38 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v38}:
./register_pressure.go:104:13:     from v38 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v37 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v37}:
./register_pressure.go:104:13:     from v37 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v36 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v36}:
./register_pressure.go:104:13:     from v36 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v35 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v35}:
./register_pressure.go:104:13:     from v35 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v34 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v34}:
./register_pressure.go:104:13:     from v34 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v33 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v33}:
./register_pressure.go:104:13:     from v33 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v32 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v32}:
./register_pressure.go:104:13:     from v32 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v31 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v31}:
./register_pressure.go:104:13:     from v31 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v30 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v30}:
./register_pressure.go:104:13:     from v30 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v29 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v29}:
./register_pressure.go:104:13:     from v29 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v28 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v28}:
./register_pressure.go:104:13:     from v28 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v27 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v27}:
./register_pressure.go:104:13:     from v27 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v26 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v26}:
./register_pressure.go:104:13:     from v26 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v25 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v25}:
./register_pressure.go:104:13:     from v25 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v24 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v24}:
./register_pressure.go:104:13:     from v24 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v23 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v23}:
./register_pressure.go:104:13:     from v23 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v22 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v22}:
./register_pressure.go:104:13:     from v22 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v21 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v21}:
./register_pressure.go:104:13:     from v21 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v20 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v20}:
./register_pressure.go:104:13:     from v20 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v19 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v19}:
./register_pressure.go:104:13:     from v19 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v18 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v18}:
./register_pressure.go:104:13:     from v18 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v17 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v17}:
./register_pressure.go:104:13:     from v17 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v16 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v16}:
./register_pressure.go:104:13:     from v16 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v15 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v15}:
./register_pressure.go:104:13:     from v15 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v14 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v14}:
./register_pressure.go:104:13:     from v14 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v13 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v13}:
./register_pressure.go:104:13:     from v13 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v12 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v12}:
./register_pressure.go:104:13:     from v12 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v11 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v11}:
./register_pressure.go:104:13:     from v11 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v10 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v10}:
./register_pressure.go:104:13:     from v10 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v9 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v9}:
./register_pressure.go:104:13:     from v9 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v8 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v8}:
./register_pressure.go:104:13:     from v8 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v7 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v7}:
./register_pressure.go:104:13:     from v7 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v6 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v6}:
./register_pressure.go:104:13:     from v6 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v5 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v5}:
./register_pressure.go:104:13:     from v5 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v4 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v4}:
./register_pressure.go:104:13:     from v4 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v3 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v3}:
./register_pressure.go:104:13:     from v3 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v2 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v2}:
./register_pressure.go:104:13:     from v2 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v1 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v1}:
./register_pressure.go:104:13:     from v1 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: v0 escapes to heap:
./register_pressure.go:104:13:   flow: {storage for ... argument} = &{storage for v0}:
./register_pressure.go:104:13:     from v0 (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from ... argument (slice-literal-element) at ./register_pressure.go:104:13
./register_pressure.go:104:13:   flow: {heap} = {storage for ... argument}:
./register_pressure.go:104:13:     from ... argument (spill) at ./register_pressure.go:104:13
./register_pressure.go:104:13:     from fmt.Println(... argument...) (call parameter) at ./register_pressure.go:104:13
./register_pressure.go:104:13: ... argument does not escape
./register_pressure.go:104:13: v0 escapes to heap
./register_pressure.go:104:13: v1 escapes to heap
./register_pressure.go:104:13: v2 escapes to heap
./register_pressure.go:104:13: v3 escapes to heap
./register_pressure.go:104:13: v4 escapes to heap
./register_pressure.go:104:13: v5 escapes to heap
./register_pressure.go:104:13: v6 escapes to heap
./register_pressure.go:104:13: v7 escapes to heap
./register_pressure.go:104:13: v8 escapes to heap
./register_pressure.go:104:13: v9 escapes to heap
./register_pressure.go:104:13: v10 escapes to heap
./register_pressure.go:104:13: v11 escapes to heap
./register_pressure.go:104:13: v12 escapes to heap
./register_pressure.go:104:13: v13 escapes to heap
./register_pressure.go:104:13: v14 escapes to heap
./register_pressure.go:104:13: v15 escapes to heap
./register_pressure.go:104:13: v16 escapes to heap
./register_pressure.go:104:13: v17 escapes to heap
./register_pressure.go:104:13: v18 escapes to heap
./register_pressure.go:104:13: v19 escapes to heap
./register_pressure.go:104:13: v20 escapes to heap
./register_pressure.go:104:13: v21 escapes to heap
./register_pressure.go:104:13: v22 escapes to heap
./register_pressure.go:104:13: v23 escapes to heap
./register_pressure.go:104:13: v24 escapes to heap
./register_pressure.go:104:13: v25 escapes to heap
./register_pressure.go:104:13: v26 escapes to heap
./register_pressure.go:104:13: v27 escapes to heap
./register_pressure.go:104:13: v28 escapes to heap
./register_pressure.go:104:13: v29 escapes to heap
./register_pressure.go:104:13: v30 escapes to heap
./register_pressure.go:104:13: v31 escapes to heap
./register_pressure.go:104:13: v32 escapes to heap
./register_pressure.go:104:13: v33 escapes to heap
./register_pressure.go:104:13: v34 escapes to heap
./register_pressure.go:104:13: v35 escapes to heap
./register_pressure.go:104:13: v36 escapes to heap
./register_pressure.go:104:13: v37 escapes to heap
./register_pressure.go:104:13: v38 escapes to heap
./register_pressure.go:104:13: v39 escapes to heap
./register_pressure.go:105:13: ... argument does not escape
./register_pressure.go:105:13: w0 escapes to heap
./register_pressure.go:105:13: w1 escapes to heap
./register_pressure.go:105:13: w2 escapes to heap
./register_pressure.go:105:13: w3 escapes to heap
./register_pressure.go:105:13: w4 escapes to heap
./register_pressure.go:105:13: w5 escapes to heap
./register_pressure.go:105:13: w6 escapes to heap
./register_pressure.go:105:13: w7 escapes to heap
./register_pressure.go:105:13: w8 escapes to heap
./register_pressure.go:105:13: w9 escapes to heap
./register_pressure.go:105:13: w10 escapes to heap
./register_pressure.go:105:13: w11 escapes to heap
./register_pressure.go:105:13: w12 escapes to heap
./register_pressure.go:105:13: w13 escapes to heap
./register_pressure.go:105:13: w14 escapes to heap
./register_pressure.go:105:13: w15 escapes to heap
./register_pressure.go:124:13: ... argument does not escape
./register_pressure.go:124:13: total escapes to heap
./register_pressure.go:124:13: v0 escapes to heap
./register_pressure.go:124:13: v3 escapes to heap
./register_pressure.go:124:13: v6 escapes to heap
./register_pressure.go:124:13: v9 escapes to heap
./register_pressure.go:124:13: v12 escapes to heap
./register_pressure.go:124:13: v15 escapes to heap
./register_pressure.go:124:13: v18 escapes to heap
./register_pressure.go:124:13: v21 escapes to heap
./register_pressure.go:124:13: v24 escapes to heap
./register_pressure.go:124:13: v27 escapes to heap
./register_pressure.go:124:13: v30 escapes to heap
./register_pressure.go:124:13: v33 escapes to heap
./register_pressure.go:124:13: v36 escapes to heap
./register_pressure.go:124:13: v39 escapes to heap
