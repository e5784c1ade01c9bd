./map_unhashable.go:6:28: 1 escapes to heap:
./map_unhashable.go:6:28:   flow: {heap} = &{storage for 1}:
./map_unhashable.go:6:28:     from 1 (spill) at ./map_unhashable.go:6:28
./map_unhashable.go:6:28:     from map[interface {}]int{...} (map literal key) at ./map_unhashable.go:6:26
./map_unhashable.go:8:27: []int{...} escapes to heap:
./map_unhashable.go:8:27:   flow: k = &{storage for []int{...}}:
./map_unhashable.go:8:27:     from []int{...} (spill) at ./map_unhashable.go:8:27
./map_unhashable.go:8:27:     from k = []int{...} (assign) at ./map_unhashable.go:8:6
./map_unhashable.go:8:27:   flow: {heap} = k:
./map_unhashable.go:8:27:     from m[k] (key of map put) at ./map_unhashable.go:10:3
./map_unhashable.go:9:17: len(m) escapes to heap:
./map_unhashable.go:9:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_unhashable.go:9:17:     from len(m) (spill) at ./map_unhashable.go:9:17
./map_unhashable.go:9:17:     from ... argument (slice-literal-element) at ./map_unhashable.go:9:13
./map_unhashable.go:9:17:   flow: {heap} = {storage for ... argument}:
./map_unhashable.go:9:17:     from ... argument (spill) at ./map_unhashable.go:9:13
./map_unhashable.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./map_unhashable.go:9:13
./map_unhashable.go:7:15: m[2] escapes to heap:
./map_unhashable.go:7:15:   flow: {storage for ... argument} = &{storage for m[2]}:
./map_unhashable.go:7:15:     from m[2] (spill) at ./map_unhashable.go:7:15
./map_unhashable.go:7:15:     from ... argument (slice-literal-element) at ./map_unhashable.go:7:13
./map_unhashable.go:7:15:   flow: {heap} = {storage for ... argument}:
./map_unhashable.go:7:15:     from ... argument (spill) at ./map_unhashable.go:7:13
./map_unhashable.go:7:15:     from fmt.Println(... argument...) (call parameter) at ./map_unhashable.go:7:13
./map_unhashable.go:8:27: []int{...} escapes to heap:
./map_unhashable.go:8:27:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./map_unhashable.go:8:27:     from []int{...} (spill) at ./map_unhashable.go:8:27
./map_unhashable.go:8:27:     from []int{...} (interface-converted) at ./map_unhashable.go:8:27
./map_unhashable.go:6:26: map[interface {}]int{...} does not escape
./map_unhashable.go:6:28: 1 escapes to heap
./map_unhashable.go:7:13: ... argument does not escape
./map_unhashable.go:7:15: m[2] escapes to heap
./map_unhashable.go:7:14: 2 does not escape
./map_unhashable.go:8:27: []int{...} escapes to heap
./map_unhashable.go:8:27: []int{...} escapes to heap
./map_unhashable.go:9:13: ... argument does not escape
./map_unhashable.go:9:17: len(m) escapes to heap
