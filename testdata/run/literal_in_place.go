package main

import "fmt"

// Literals of values too large for the stack are written where they go: a declared
// variable moved to the heap, a variable assigned, a package variable, an element
// that reads the variable being assigned, elements with effects, a dropped literal.

const N = 12 << 20 // over gc's 10 MiB limit for a declared variable

type Big struct {
	head int
	data [N]byte
	tail string
}

var calls []string

func note(s string, v int) int {
	calls = append(calls, s)
	return v
}

var global = [N]byte{3: 3, N - 1: 9}

var gbig = Big{head: 1, tail: "package"}

type Wide struct {
	v [200]int
}

type Pair struct {
	a, b [4]int
}

func main() {
	x := [N]byte{5: byte(note("x5", 5)), N - 2: byte(note("xN", 7))}
	fmt.Println(x[5], x[N-2], x[0])

	b := Big{head: note("head", 11), data: [N]byte{1: 2}, tail: "local"}
	fmt.Println(b.head, b.data[1], b.tail, len(b.tail))

	p := &Big{head: 2, tail: "heap"}
	fmt.Println(p.head, p.tail, p.data[N-1])

	// An assignment evaluates every element before storing: b.head is read first.
	b = Big{head: b.head + 1, data: [N]byte{0: byte(b.head)}, tail: b.tail + "!"}
	fmt.Println(b.head, b.data[0], b.data[1], b.tail)

	pr := Pair{a: [4]int{1, 2, 3, 4}, b: [4]int{5, 6, 7, 8}}
	pr = Pair{a: pr.b, b: pr.a}
	fmt.Println(pr.a, pr.b)

	arr := [3][2]int{{1, 2}, {3, 4}, {note("e", 5), 6}}
	arr = [3][2]int{arr[2], arr[0], arr[1]}
	fmt.Println(arr)

	// A dropped literal still evaluates its elements, in order.
	_ = []byte{N: byte(note("drop1", 1)), 0: byte(note("drop0", 0))}
	_ = [N]byte{2: byte(note("drop2", 2))}
	_ = &Big{head: note("drop3", 3)}

	fmt.Println(global[3], global[N-1], gbig.head, gbig.tail)
	global = [N]byte{4: global[3] + 1}
	fmt.Println(global[3], global[4], global[N-1])

	// A value over 1 KiB boxed in an interface that does not escape.
	var i interface{} = Wide{v: [200]int{7: note("box", 1)}}
	fmt.Println(i != nil, i == nil)
	fmt.Println(calls)
}
