// recover returns the panic value only when called directly by a deferred function
// while panicking; deferred calls run LIFO with arguments evaluated at the defer;
// deferred closures can change named results; os.Exit-free paths run all defers.
package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = helper() // not called directly by the deferred function: nil
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func notPanicking() interface{} {
	defer func() {}()
	return recover()
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func named() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 1 }()
	return 10
}

func loop() (s string) {
	for i := 0; i < 3; i++ {
		defer func(i int) { s += fmt.Sprint(i) }(i)
	}
	return "x"
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("second after ", r))
		}()
		panic("first")
	}()
	return nil
}

type E struct{}

func (E) Error() string { return "E happened" }

func typed() {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println("error value:", e.Error())
		}
	}()
	panic(E{})
}

func main() {
	fmt.Println(indirect())
	fmt.Println(notPanicking())
	args()
	fmt.Println(named(), loop())
	fmt.Println(rethrow())
	typed()
	defer func() {
		fmt.Println("main recovers", recover())
	}()
	var a []int
	_ = a[3]
}
