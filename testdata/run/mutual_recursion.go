package main

import "fmt"

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 4 {
		fmt.Println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(isEven(10), isOdd(10), isEven(7), isOdd(7))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
}
