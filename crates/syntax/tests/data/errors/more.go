package main

func main() {
	select {
	case x:
	foo:
	}
	var m = map[string]int{
		"a": 1
	}
	if true {
	} else for {
	}
}
