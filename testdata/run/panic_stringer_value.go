package main

type S struct{ n int }

func (s *S) String() string { return "S is a stringer" }

func main() {
	panic(&S{3})
}
