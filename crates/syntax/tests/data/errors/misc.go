package main

func main()
{
}

func (a, b T) m() {}
func () n() {}

func g() {
	defer (f())
	go f
	_ = a[1::3]
	_ = a[1:2:]
	switch x {
	case 1:
	foo
	}
	L:
}
