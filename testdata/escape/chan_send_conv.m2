./chan_send_conv.go:11:2: 1 escapes to heap:
./chan_send_conv.go:11:2:   flow: {heap} = &{storage for 1}:
./chan_send_conv.go:11:2:     from 1 (spill) at ./chan_send_conv.go:11:2
./chan_send_conv.go:11:2:     from c <- 1 (send) at ./chan_send_conv.go:11:4
./chan_send_conv.go:12:2: "lit" escapes to heap:
./chan_send_conv.go:12:2:   flow: {heap} = &{storage for "lit"}:
./chan_send_conv.go:12:2:     from "lit" (spill) at ./chan_send_conv.go:12:2
./chan_send_conv.go:12:2:     from c <- "lit" (send) at ./chan_send_conv.go:12:4
./chan_send_conv.go:13:7: s escapes to heap:
./chan_send_conv.go:13:7:   flow: {heap} = &{storage for s}:
./chan_send_conv.go:13:7:     from s (spill) at ./chan_send_conv.go:13:7
./chan_send_conv.go:13:7:     from c <- s (send) at ./chan_send_conv.go:13:4
./chan_send_conv.go:14:11: s + s escapes to heap:
./chan_send_conv.go:14:11:   flow: {heap} = &{storage for s + s}:
./chan_send_conv.go:14:11:     from s + s (spill) at ./chan_send_conv.go:14:11
./chan_send_conv.go:14:11:     from c <- (s + s) (send) at ./chan_send_conv.go:14:4
./chan_send_conv.go:14:9: s + s escapes to heap:
./chan_send_conv.go:14:9:   flow: {storage for s + s} = &{storage for s + s}:
./chan_send_conv.go:14:9:     from s + s (spill) at ./chan_send_conv.go:14:9
./chan_send_conv.go:14:9:     from s + s (interface-converted) at ./chan_send_conv.go:14:11
./chan_send_conv.go:15:7: t escapes to heap:
./chan_send_conv.go:15:7:   flow: {heap} = &{storage for t}:
./chan_send_conv.go:15:7:     from t (spill) at ./chan_send_conv.go:15:7
./chan_send_conv.go:15:7:     from c <- t (send) at ./chan_send_conv.go:15:4
./chan_send_conv.go:16:8: T{...} escapes to heap:
./chan_send_conv.go:16:8:   flow: {heap} = &{storage for T{...}}:
./chan_send_conv.go:16:8:     from T{...} (spill) at ./chan_send_conv.go:16:8
./chan_send_conv.go:16:8:     from c <- T{...} (send) at ./chan_send_conv.go:16:4
./chan_send_conv.go:18:7: b escapes to heap:
./chan_send_conv.go:18:7:   flow: {heap} = &{storage for b}:
./chan_send_conv.go:18:7:     from b (spill) at ./chan_send_conv.go:18:7
./chan_send_conv.go:18:7:     from c <- b (send) at ./chan_send_conv.go:18:4
./chan_send_conv.go:19:14: string(b) escapes to heap:
./chan_send_conv.go:19:14:   flow: {heap} = &{storage for string(b)}:
./chan_send_conv.go:19:14:     from string(b) (spill) at ./chan_send_conv.go:19:14
./chan_send_conv.go:19:14:     from c <- string(b) (send) at ./chan_send_conv.go:19:4
./chan_send_conv.go:19:13: string(b) escapes to heap:
./chan_send_conv.go:19:13:   flow: {storage for string(b)} = &{storage for string(b)}:
./chan_send_conv.go:19:13:     from string(b) (spill) at ./chan_send_conv.go:19:13
./chan_send_conv.go:19:13:     from string(b) (interface-converted) at ./chan_send_conv.go:19:14
./chan_send_conv.go:20:7: x + 1 escapes to heap:
./chan_send_conv.go:20:7:   flow: {heap} = &{storage for x + 1}:
./chan_send_conv.go:20:7:     from x + 1 (spill) at ./chan_send_conv.go:20:7
./chan_send_conv.go:20:7:     from c <- x + 1 (send) at ./chan_send_conv.go:20:4
./chan_send_conv.go:21:8: x escapes to heap:
./chan_send_conv.go:21:8:   flow: {heap} = &{storage for x}:
./chan_send_conv.go:21:8:     from x (spill) at ./chan_send_conv.go:21:8
./chan_send_conv.go:21:8:     from c <- x (send) at ./chan_send_conv.go:21:4
./chan_send_conv.go:22:17: [2]int{...} escapes to heap:
./chan_send_conv.go:22:17:   flow: {heap} = &{storage for [2]int{...}}:
./chan_send_conv.go:22:17:     from [2]int{...} (spill) at ./chan_send_conv.go:22:17
./chan_send_conv.go:22:17:     from c <- [2]int{...} (send) at ./chan_send_conv.go:22:4
./chan_send_conv.go:26:12: x escapes to heap:
./chan_send_conv.go:26:12:   flow: {heap} = &{storage for x}:
./chan_send_conv.go:26:12:     from x (spill) at ./chan_send_conv.go:26:12
./chan_send_conv.go:26:12:     from c <- x (send) at ./chan_send_conv.go:26:9
./chan_send_conv.go:27:17: T{...} escapes to heap:
./chan_send_conv.go:27:17:   flow: {heap} = &{storage for T{...}}:
./chan_send_conv.go:27:17:     from T{...} (spill) at ./chan_send_conv.go:27:17
./chan_send_conv.go:27:17:     from c <- T{...} (send) at ./chan_send_conv.go:27:9
./chan_send_conv.go:28:7: "s" escapes to heap:
./chan_send_conv.go:28:7:   flow: {heap} = &{storage for "s"}:
./chan_send_conv.go:28:7:     from "s" (spill) at ./chan_send_conv.go:28:7
./chan_send_conv.go:28:7:     from c <- "s" (send) at ./chan_send_conv.go:28:9
./chan_send_conv.go:10:49: parameter p leaks to {heap} with derefs=0:
./chan_send_conv.go:10:49:   flow: {heap} = p:
./chan_send_conv.go:10:49:     from p (interface-converted) at ./chan_send_conv.go:17:7
./chan_send_conv.go:10:49:     from c <- p (send) at ./chan_send_conv.go:17:4
./chan_send_conv.go:10:55: parameter b leaks to {storage for b} with derefs=0:
./chan_send_conv.go:10:55:   flow: {storage for b} = b:
./chan_send_conv.go:10:55:     from b (interface-converted) at ./chan_send_conv.go:18:7
./chan_send_conv.go:10:34: parameter s leaks to {storage for s} with derefs=0:
./chan_send_conv.go:10:34:   flow: {storage for s} = s:
./chan_send_conv.go:10:34:     from s (interface-converted) at ./chan_send_conv.go:13:7
./chan_send_conv.go:10:8: c does not escape
./chan_send_conv.go:10:20: d does not escape
./chan_send_conv.go:10:34: leaking param: s
./chan_send_conv.go:10:49: leaking param: p
./chan_send_conv.go:10:55: leaking param: b
./chan_send_conv.go:11:2: 1 escapes to heap
./chan_send_conv.go:12:2: "lit" escapes to heap
./chan_send_conv.go:13:7: s escapes to heap
./chan_send_conv.go:14:11: s + s escapes to heap
./chan_send_conv.go:14:9: s + s escapes to heap
./chan_send_conv.go:15:7: t escapes to heap
./chan_send_conv.go:16:8: T{...} escapes to heap
./chan_send_conv.go:18:7: b escapes to heap
./chan_send_conv.go:19:14: string(b) escapes to heap
./chan_send_conv.go:19:13: string(b) escapes to heap
./chan_send_conv.go:20:7: x + 1 escapes to heap
./chan_send_conv.go:21:8: x escapes to heap
./chan_send_conv.go:22:17: [2]int{...} escapes to heap
./chan_send_conv.go:26:12: x escapes to heap
./chan_send_conv.go:27:17: T{...} escapes to heap
./chan_send_conv.go:28:7: "s" escapes to heap
