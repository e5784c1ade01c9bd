package main

import "fmt"

type Account struct {
	id      int
	balance int64
	history []int64
}

func withdraw(a *Account, amt int64) {
	if amt > a.balance {
		panic("insufficient funds")
	}
	a.balance -= amt
	a.history = append(a.history, -amt)
}

func main() {
	accts := []*Account{{id: 1, balance: 100}, {id: 2, balance: 50}}
	for round := 0; round < 5; round++ {
		for _, a := range accts {
			withdraw(a, int64(10*(round+1)))
			fmt.Println("account", a.id, "balance", a.balance, "history", a.history)
			println("log", a.id, a.balance)
		}
	}
}
