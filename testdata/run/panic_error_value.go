package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprint("S=", int(s)) }

func main() {
	fmt.Println(S(1))
	err := fmt.Errorf("wrapped: %w", errors.New("root"))
	panic(err)
}
