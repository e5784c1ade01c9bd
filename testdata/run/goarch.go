// runtime.GOARCH is a typed string constant of the target's architecture: constant
// folding, constant expressions and values of it are the target's.
package main

import (
	"fmt"
	"runtime"
)

const arch = runtime.GOARCH

const is64 = runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64"

func main() {
	fmt.Println(runtime.GOOS, arch, len(runtime.GOARCH), is64)
	a := runtime.GOARCH
	switch a {
	case "amd64":
		fmt.Println("x86-64")
	case "arm64":
		fmt.Println("aarch64")
	default:
		fmt.Println("other")
	}
	var s string = runtime.GOARCH + "/" + runtime.GOOS
	fmt.Println(s)
}
