// Generates ../../src/unicode_tables.rs from Go's unicode package:
//
//	go run crates/syntax/tools/gen_unicode_tables/main.go > crates/syntax/src/unicode_tables.rs

package main

import (
	"fmt"
	"unicode"
)

func ranges(t *unicode.RangeTable) [][2]uint32 {
	var out [][2]uint32
	add := func(lo, hi, stride uint32) {
		if stride == 1 {
			if n := len(out); n > 0 && out[n-1][1]+1 == lo {
				out[n-1][1] = hi
				return
			}
			out = append(out, [2]uint32{lo, hi})
			return
		}
		for c := lo; c <= hi; c += stride {
			if n := len(out); n > 0 && out[n-1][1]+1 == c {
				out[n-1][1] = c
				continue
			}
			out = append(out, [2]uint32{c, c})
		}
	}
	for _, r := range t.R16 {
		add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		add(r.Lo, r.Hi, r.Stride)
	}
	return out
}

func emit(name string, t *unicode.RangeTable) {
	rs := ranges(t)
	fmt.Printf("pub(crate) const %s: [(u32, u32); %d] = [\n", name, len(rs))
	for _, r := range rs {
		fmt.Printf("    (0x%X, 0x%X),\n", r[0], r[1])
	}
	fmt.Printf("];\n\n")
}

func main() {
	fmt.Printf("//! Go 1.19's `unicode.IsLetter`, `unicode.IsDigit` and `unicode.IsPrint` tables (Unicode %s), as\n", unicode.Version)
	fmt.Printf("//! sorted inclusive ranges, so identifiers are classified exactly as gc does.\n")
	fmt.Printf("//! Generated from Go's `unicode` package; not edited by hand.\n\n")
	emit("LETTER", unicode.Letter)
	emit("DIGIT", unicode.Digit)
	var pr [][2]uint32
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if !unicode.IsPrint(c) {
			continue
		}
		if n := len(pr); n > 0 && pr[n-1][1]+1 == uint32(c) {
			pr[n-1][1] = uint32(c)
		} else {
			pr = append(pr, [2]uint32{uint32(c), uint32(c)})
		}
	}
	fmt.Printf("pub(crate) const PRINT: [(u32, u32); %d] = [\n", len(pr))
	for _, r := range pr {
		fmt.Printf("    (0x%X, 0x%X),\n", r[0], r[1])
	}
	fmt.Printf("];\n\n")
	fmt.Printf("fn contains(table: &[(u32, u32)], c: u32) -> bool {\n")
	fmt.Printf("    table.binary_search_by(|&(lo, hi)| if hi < c { std::cmp::Ordering::Less } else if lo > c { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()\n}\n\n")
	fmt.Printf("/// Go's `unicode.IsLetter`.\npub(crate) fn is_letter(c: u32) -> bool {\n    contains(&LETTER, c)\n}\n\n")
	fmt.Printf("/// Go's `unicode.IsPrint`.\npub(crate) fn is_print(c: u32) -> bool {\n    contains(&PRINT, c)\n}\n\n")
	fmt.Printf("/// Go's `unicode.IsDigit`.\npub(crate) fn is_digit(c: u32) -> bool {\n    contains(&DIGIT, c)\n}\n")
}
