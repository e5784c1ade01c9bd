package main

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s Stack) Peek(i int) int { return s.items[i] }

func (s *Stack) Deep(n int) int {
	if n == 0 {
		return s.Peek(n + 5)
	}
	return s.Deep(n - 1)
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	println(s.Peek(1))
	println(s.Deep(2))
}
