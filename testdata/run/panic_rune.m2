./panic_rune.go:4:7: 'a' escapes to heap:
./panic_rune.go:4:7:   flow: {heap} = &{storage for 'a'}:
./panic_rune.go:4:7:     from 'a' (spill) at ./panic_rune.go:4:7
./panic_rune.go:4:7:     from panic('a') (call parameter) at ./panic_rune.go:4:7
./panic_rune.go:4:7: 'a' escapes to heap
