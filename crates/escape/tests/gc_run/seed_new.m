./seed_new.go:11:10: new(int) does not escape
./seed_new.go:17:2: moved to heap: num
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
