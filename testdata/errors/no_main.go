package main

// A main package without func main: gc's linker says so, and golift before linking.

func f() int { return 1 }
