./article_showpoint.go:13:2: moved to heap: num
./article_showpoint.go:9:13: ... argument does not escape
./article_showpoint.go:9:14: *point escapes to heap
