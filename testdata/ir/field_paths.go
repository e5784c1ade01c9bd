package main

// Field selections become index paths with explicit dereferences: `o.X` is the
// shallowest X (Other's, index 1 of Outer), `e.p` goes through an embedded pointer.

type Inner struct{ X int }
type Mid struct{ Inner }
type Other struct{ X int }
type Outer struct {
	Mid
	Other
}

type Node struct{ p *int }
type Wrap struct{ *Node }

func shallowest(o Outer) int {
	return o.X
}

func viaPointer(w Wrap) *int {
	return w.p
}

func autoDeref(o *Outer) int {
	return o.Mid.X
}

func main() {
	println(shallowest(Outer{}), viaPointer(Wrap{&Node{}}), autoDeref(&Outer{}))
}
