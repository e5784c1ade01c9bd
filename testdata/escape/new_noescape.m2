./new_noescape.go:6:10: new(int) does not escape
./new_noescape.go:12:12: new(int) does not escape
./new_noescape.go:24:10: new(pair) does not escape
./new_noescape.go:31:10: new(bool) does not escape
