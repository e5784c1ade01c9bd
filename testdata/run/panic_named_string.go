package main

type Name string

func main() {
	panic(Name("bob\tsmith"))
}
