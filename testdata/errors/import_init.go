package main

import init "fmt"

func main() {}
