// errorcheck -0 -m -l

package main

var sink *Node
var sinkInt *int

type Node struct {
	val  int
	next *Node
	data *int
}

func (n *Node) Val() int { return n.val } // ERROR "n does not escape$"

func (n *Node) Leak() { sink = n } // ERROR "leaking param: n$"

func (n *Node) LeakData() { sinkInt = n.data } // ERROR "leaking param content: n$"

func (n *Node) Self() *Node { return n } // ERROR "leaking param: n to result ~r0 level=0$"

func (n *Node) Next() *Node { return n.next } // ERROR "leaking param: n to result ~r0 level=1$"

func (n *Node) SetNext(m *Node) { n.next = m } // ERROR "n does not escape$" "leaking param: m$"

func (n Node) Data() *int { return n.data } // ERROR "leaking param: n to result ~r0 level=0$"

func (n Node) Pair(a *int, rest ...*int) (*int, *int) { return a, n.data } // ERROR "leaking param: n to result ~r1 level=0$" "leaking param: a to result ~r0 level=0$" "rest does not escape$"

type Wrap struct {
	Node
	extra int
}

type PWrap struct {
	*Node
	w Wrap
}

type Deep struct {
	PWrap
	Wrap
}

type S string

func (s S) Str() string { return string(s) } // ERROR "leaking param: s to result ~r0 level=0$"

func promoted() int {
	var w Wrap // ERROR "moved to heap: w$"
	w.Leak()
	return w.extra
}

func main() {
	_ = promoted()
}
