package main

import "fmt"

type Stack struct {
	data []int
}

func push(s *Stack, v int) { s.data = append(s.data, v) }

func pop(s *Stack) (int, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}

type Queue struct {
	buf        [8]string
	head, size int
}

func enqueue(q *Queue, s string) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
	return true
}

func dequeue(q *Queue) (string, bool) {
	if q.size == 0 {
		return "", false
	}
	s := q.buf[q.head]
	q.buf[q.head] = ""
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s, true
}

func eval(tokens []string) int {
	var st Stack
	for _, t := range tokens {
		switch0 := t
		if switch0 == "+" || switch0 == "-" || switch0 == "*" {
			b, _ := pop(&st)
			a, _ := pop(&st)
			if t == "+" {
				push(&st, a+b)
			} else if t == "-" {
				push(&st, a-b)
			} else {
				push(&st, a*b)
			}
		} else {
			n := 0
			for _, c := range t {
				n = n*10 + int(c-'0')
			}
			push(&st, n)
		}
	}
	v, _ := pop(&st)
	return v
}

func main() {
	var s Stack
	for i := 0; i < 10; i++ {
		push(&s, i*i)
	}
	for {
		v, ok := pop(&s)
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s.data), cap(s.data))
	var q Queue
	for i := 0; i < 10; i++ {
		fmt.Print(enqueue(&q, string(rune('a'+i))), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		v, _ := dequeue(&q)
		fmt.Print(v)
	}
	enqueue(&q, "X")
	enqueue(&q, "Y")
	fmt.Println(q.buf, q.head, q.size)
	fmt.Println(eval([]string{"3", "4", "+", "12", "*", "100", "-"}))
}
