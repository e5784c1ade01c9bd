package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

// Both: Error wins.
type Both int

func (b Both) Error() string  { return "both-error" }
func (b Both) String() string { return "both-string" }

type Gs struct{ A int }

func (g Gs) GoString() string { return "Gs!" }
func (g Gs) String() string   { return "gs-string" }

type Name string

func (n Name) String() string { return "name:" + string(n) }

type Holder struct {
	C      Celsius
	hidden Celsius
	E      error
	P      *Point
}

type NilSafe struct{}

func (n *NilSafe) String() string {
	if n == nil {
		return "nil-safe"
	}
	return "non-nil"
}

type Wrapped struct{ inner error }

func (w Wrapped) Error() string { return "wrapped: " + w.inner.Error() }
func (w Wrapped) Unwrap() error { return w.inner }

type IsAll struct{}

func (IsAll) Error() string          { return "isall" }
func (IsAll) Is(target error) bool { return true }

func main() {
	c := Celsius(21.5)
	fmt.Println(c, &c)
	fmt.Printf("%v|%s|%q|%x|%X|%d|%.2f|%10s|%-12v|\n", c, c, c, c, c, c, c, c, c)
	fmt.Printf("%+v|%#v|%T\n", c, c, c)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s %d\n", &p, &p, &p, &p)
	var e error = MyErr{7}
	fmt.Println(e, MyErr{8})
	fmt.Printf("%v %s %q %d %+v %#v\n", e, e, e, e, e, e)
	fmt.Println(Both(1))
	fmt.Printf("%v %s %d\n", Both(2), Both(3), Both(4))
	fmt.Printf("%v %#v %+v\n", Gs{1}, Gs{2}, Gs{3})
	fmt.Println(Name("x"), []Name{"a", "b"}, [2]Celsius{1, 2})
	fmt.Printf("%q %x\n", []Name{"a"}, Name("y"))
	h := Holder{C: 3, hidden: 4, E: MyErr{9}, P: &p}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%v\n", &h)
	var ns *NilSafe
	fmt.Println(ns, &NilSafe{})
	var nc *Celsius
	fmt.Println(nc)
	fmt.Printf("[%5v][%-6s]\n", nc, nc)
	fmt.Println(fmt.Sprint(c, c), fmt.Sprintln(Name("z")))
	w := Wrapped{errors.New("root")}
	fmt.Println(w, errors.Unwrap(w), errors.Is(w, w.inner))
	fmt.Println(errors.Is(IsAll{}, errors.New("x")), errors.Is(fmt.Errorf("a: %w", IsAll{}), e))
	fmt.Println(fmt.Errorf("ctx: %w", MyErr{3}), errors.Unwrap(fmt.Errorf("ctx: %w", MyErr{3})) == MyErr{3})
	var any1 any = Name("q")
	fmt.Println(any1, []any{c, Name("r"), e, nil})
	fmt.Printf("%v %s\n", struct{ N Name }{"s"}, struct{ n Name }{"t"})
}
