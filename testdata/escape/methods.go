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

type Num int

func (x Num) Double() Num { return x * 2 }

func (x *Num) Inc() { *x++ } // ERROR "x does not escape$"

func valueCall() int {
	var n Node
	return n.Val()
}

func leakCall() {
	var n Node // ERROR "moved to heap: n$"
	n.Leak()
}

func leakThroughPointer() {
	p := &Node{} // ERROR "&Node\{\} escapes to heap$"
	p.Leak()
}

func selfCall() int {
	var n Node
	return n.Self().val
}

func setNext() {
	a := &Node{} // ERROR "&Node\{\} does not escape$"
	b := &Node{} // ERROR "&Node\{\} escapes to heap$"
	a.SetNext(b)
}

func numbers() Num {
	var x Num = 3
	x.Inc()
	return x.Double()
}

func methodExpr() int {
	var n Node // ERROR "moved to heap: n$"
	(*Node).Leak(&n)
	return (*Node).Val(&n)
}

func main() {
	_ = valueCall()
	leakCall()
	leakThroughPointer()
	_ = selfCall()
	setNext()
	_ = numbers()
	_ = methodExpr()
}
