package main

import (
	m "math"
	. "fmt"
	"os"
)

func main() {}
