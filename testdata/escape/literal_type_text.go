// gc prints a composite literal with its type (OCOMPLIT's n.Type()) in its own
// spelling: `struct {}`, `struct { a int }`, `[...]T` with its length, an alias as the
// type it denotes, at any depth.
package main

type E struct{}

type pair = struct{ a, b int }

var sink interface{}

func main() {
	sink = [...]struct{}{{}, {}} // ERROR "\[2\]struct \{\}\{\.\.\.\} escapes to heap$"
	sink = [...]struct{ a struct{} }{{}} // ERROR "\[1\]struct \{ a struct \{\} \}\{\.\.\.\} escapes to heap$"
	sink = []struct{ f func(int, ...string) (int, error) }{} // ERROR "\[\]struct \{ f func\(int, \.\.\.string\) \(int, error\) \}\{\} escapes to heap$"
	sink = pair{1, 2} // ERROR "struct \{ a int; b int \}\{\.\.\.\} escapes to heap$"
	sink = [2]pair{} // ERROR "\[2\]struct \{ a int; b int \}\{\} escapes to heap$"
	sink = [...][]struct{}{nil} // ERROR "\[1\]\[\]struct \{\}\{\.\.\.\} escapes to heap$"
	sink = &[...]E{{}, {}, {}} // ERROR "&\[3\]E\{\.\.\.\} escapes to heap$"
}
