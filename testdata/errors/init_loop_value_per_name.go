package main

var s, t = t + 1, s + 1

var u, v = 1, w
var w = u + v

func main() { println(s, t) }
