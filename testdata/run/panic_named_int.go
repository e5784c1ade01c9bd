package main

type Celsius int16

func main() {
	panic(Celsius(-40))
}
