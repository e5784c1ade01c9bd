// errorcheck -0 -m -l

// Escape tags of errors and fmt functions at their call sites, as gc's export
// data gives them: errors.New keeps its text, errors.Unwrap and errors.Is leak
// their arguments (their methods are called dynamically), fmt.Errorf leaks the
// contents of its operands but not its format, the Fprints leak their writer.

package p

import (
	"errors"
	"fmt"
	"os"
)

type E struct{ msg string }

func (e *E) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=1$"

func newFromBytes(b []byte) error { // ERROR "b does not escape$"
	return errors.New(string(b)) // ERROR "string\(b\) escapes to heap$"
}

func newFromConcat(a, b string) error { // ERROR "a does not escape$" "b does not escape$"
	return errors.New(a + b) // ERROR "a \+ b escapes to heap$"
}

func errorfFormat(a string, n int) error { // ERROR "a does not escape$"
	return fmt.Errorf(a+"!", n) // ERROR "a \+ .!. does not escape$" "\.\.\. argument does not escape$" "n escapes to heap$"
}

func errorfWrap(err error) error { // ERROR "leaking param: err$"
	return fmt.Errorf("ctx: %w", err) // ERROR "\.\.\. argument does not escape$"
}

func unwrapLocal() bool {
	e := &E{"x"} // ERROR "&E\{\.\.\.\} escapes to heap$"
	return errors.Unwrap(e) == nil
}

func isLocal() bool {
	e := &E{"x"} // ERROR "&E\{\.\.\.\} escapes to heap$"
	t := &E{"y"} // ERROR "&E\{\.\.\.\} escapes to heap$"
	return errors.Is(e, t)
}

func fprintfLocal(a string) { // ERROR "a does not escape$"
	x := 5 // ERROR "moved to heap: x$"
	fmt.Fprintf(os.Stderr, a+"%d\n", &x) // ERROR "a \+ .%d\\n. does not escape$" "\.\.\. argument does not escape$"
	fmt.Fprintln(os.Stdout, x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func fprintLocal(n int) (int, error) {
	return fmt.Fprint(os.Stdout, n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

// An imported variable is a name to gc: it has no position of its own and leaves
// the noder's where it was.
func qualifiedVars(n int) {
	fmt.Println(os.Args, n) // ERROR "\.\.\. argument does not escape$" "os\.Args escapes to heap$" "n escapes to heap$"
	fmt.Println(n, os.Stdout, n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}
