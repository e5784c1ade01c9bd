package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	w := fmt.Errorf("wrap %d: %w", 1, base)
	fmt.Println(w)
	fmt.Printf("%T|%v|%s|%q\n", w, w, w, w)
	fmt.Println(errors.Unwrap(w) == base, errors.Unwrap(base) == nil, errors.Unwrap(nil) == nil)
	fmt.Println(errors.Is(w, base), errors.Is(w, errors.New("base")), errors.Is(base, base), errors.Is(nil, nil), errors.Is(w, nil))
	ww := fmt.Errorf("outer: %w", w)
	fmt.Println(ww, errors.Is(ww, base), errors.Unwrap(errors.Unwrap(ww)) == base)
	f := fmt.Errorf("plain %s %d", "x", 2)
	fmt.Printf("%T %v %v\n", f, f, errors.Unwrap(f))
	fmt.Println(fmt.Errorf("%w", "notanerror"))
	fmt.Printf("%T\n", fmt.Errorf("%w", "notanerror"))
	fmt.Println(fmt.Errorf("%w %w", base, base))
	fmt.Printf("%T\n", fmt.Errorf("%w %w", base, base))
	fmt.Println(fmt.Errorf("%w", nil))
	fmt.Printf("%T\n", fmt.Errorf("%w", nil))
	fmt.Println(fmt.Errorf("%v and %w", base, base))
	nv := fmt.Errorf("no verbs")
	fmt.Println(nv.Error())
	fmt.Println(fmt.Errorf("%[2]w %[1]d", 5, base))
	fmt.Println(fmt.Sprintf("%w", base))
	fmt.Printf("%w|%d\n", base, base)
	fmt.Println(fmt.Errorf("%5w|%-8w|", base, base))
	fmt.Println(fmt.Errorf("%w", w) == fmt.Errorf("%w", w))
	fmt.Println(fmt.Errorf("x%!w"))
	fmt.Printf("%+v %#v\n", ww, f)
	var e error = fmt.Errorf("%w", base)
	if errors.Is(e, base) {
		fmt.Println("is base")
	}
}
