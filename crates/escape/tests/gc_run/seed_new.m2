./seed_new.go:11:10: new(int) does not escape
./seed_new.go:17:2: num escapes to heap:
./seed_new.go:17:2:   flow: ~r0 = &num:
./seed_new.go:17:2:     from &num (address-of) at ./seed_new.go:18:9
./seed_new.go:17:2:     from return &num (return) at ./seed_new.go:18:2
./seed_new.go:17:2: moved to heap: num
./seed_new.go:27:15: make([]int, 8193) escapes to heap:
./seed_new.go:27:15:   flow: {heap} = &{storage for make([]int, 8193)}:
./seed_new.go:27:15:     from make([]int, 8193) (too large for stack) at ./seed_new.go:27:15
./seed_new.go:29:67: nums1[0] + nums2[1] + nums3[2] escapes to heap:
./seed_new.go:29:67:   flow: {storage for ... argument} = &{storage for nums1[0] + nums2[1] + nums3[2]}:
./seed_new.go:29:67:     from nums1[0] + nums2[1] + nums3[2] (spill) at ./seed_new.go:29:67
./seed_new.go:29:67:     from ... argument (slice-literal-element) at ./seed_new.go:29:13
./seed_new.go:29:67:   flow: {heap} = {storage for ... argument}:
./seed_new.go:29:67:     from ... argument (spill) at ./seed_new.go:29:13
./seed_new.go:29:67:     from fmt.Println(... argument...) (call parameter) at ./seed_new.go:29:13
./seed_new.go:29:41: len(nums3) escapes to heap:
./seed_new.go:29:41:   flow: {storage for ... argument} = &{storage for len(nums3)}:
./seed_new.go:29:41:     from len(nums3) (spill) at ./seed_new.go:29:41
./seed_new.go:29:41:     from ... argument (slice-literal-element) at ./seed_new.go:29:13
./seed_new.go:29:41:   flow: {heap} = {storage for ... argument}:
./seed_new.go:29:41:     from ... argument (spill) at ./seed_new.go:29:13
./seed_new.go:29:41:     from fmt.Println(... argument...) (call parameter) at ./seed_new.go:29:13
./seed_new.go:29:29: len(nums2) escapes to heap:
./seed_new.go:29:29:   flow: {storage for ... argument} = &{storage for len(nums2)}:
./seed_new.go:29:29:     from len(nums2) (spill) at ./seed_new.go:29:29
./seed_new.go:29:29:     from ... argument (slice-literal-element) at ./seed_new.go:29:13
./seed_new.go:29:29:   flow: {heap} = {storage for ... argument}:
./seed_new.go:29:29:     from ... argument (spill) at ./seed_new.go:29:13
./seed_new.go:29:29:     from fmt.Println(... argument...) (call parameter) at ./seed_new.go:29:13
./seed_new.go:29:17: len(nums1) escapes to heap:
./seed_new.go:29:17:   flow: {storage for ... argument} = &{storage for len(nums1)}:
./seed_new.go:29:17:     from len(nums1) (spill) at ./seed_new.go:29:17
./seed_new.go:29:17:     from ... argument (slice-literal-element) at ./seed_new.go:29:13
./seed_new.go:29:17:   flow: {heap} = {storage for ... argument}:
./seed_new.go:29:17:     from ... argument (spill) at ./seed_new.go:29:13
./seed_new.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./seed_new.go:29:13
./seed_new.go:24:14: *point escapes to heap:
./seed_new.go:24:14:   flow: {storage for ... argument} = &{storage for *point}:
./seed_new.go:24:14:     from *point (spill) at ./seed_new.go:24:14
./seed_new.go:24:14:     from ... argument (slice-literal-element) at ./seed_new.go:24:13
./seed_new.go:24:14:   flow: {heap} = {storage for ... argument}:
./seed_new.go:24:14:     from ... argument (spill) at ./seed_new.go:24:13
./seed_new.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./seed_new.go:24:13
./seed_new.go:22:20: newInt() escapes to heap:
./seed_new.go:22:20:   flow: {storage for ... argument} = &{storage for newInt()}:
./seed_new.go:22:20:     from newInt() (spill) at ./seed_new.go:22:20
./seed_new.go:22:20:     from ... argument (slice-literal-element) at ./seed_new.go:22:13
./seed_new.go:22:20:   flow: {heap} = {storage for ... argument}:
./seed_new.go:22:20:     from ... argument (spill) at ./seed_new.go:22:13
./seed_new.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./seed_new.go:22:13
./seed_new.go:22:13: ... argument does not escape
./seed_new.go:22:20: newInt() escapes to heap
./seed_new.go:24:13: ... argument does not escape
./seed_new.go:24:14: *point escapes to heap
./seed_new.go:25:15: make([]int, 8191) does not escape
./seed_new.go:26:15: make([]int, 8192) does not escape
./seed_new.go:27:15: make([]int, 8193) escapes to heap
./seed_new.go:29:13: ... argument does not escape
./seed_new.go:29:17: len(nums1) escapes to heap
./seed_new.go:29:29: len(nums2) escapes to heap
./seed_new.go:29:41: len(nums3) escapes to heap
./seed_new.go:29:67: nums1[0] + nums2[1] + nums3[2] escapes to heap
