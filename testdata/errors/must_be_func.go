package main

// init and, in package main, main must be functions (types2: declarePkgObj).

const init = 1

type main int

var x = 2

func main() { println(x) }
