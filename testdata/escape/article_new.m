./article_new.go:6:10: new(int) does not escape
