package main

import "fmt"

type Row [4]int16

type Table struct {
	rows  []Row
	names [4]string
}

func addRow(t *Table, base int16) {
	var r Row
	for i := range r {
		r[i] = base + int16(i)
	}
	t.rows = append(t.rows, r)
}

func colSum(t Table, c int) int {
	s := 0
	for _, r := range t.rows {
		s += int(r[c])
	}
	return s
}

func main() {
	t := Table{names: [4]string{"a", "b", "c", "d"}}
	for i := 0; i < 10; i++ {
		addRow(&t, int16(i*100))
	}
	fmt.Println(len(t.rows), cap(t.rows), t.rows[3], colSum(t, 2))
	rp := &t.rows[5]
	rp[1] = -1
	cp := t.rows[5]
	cp[2] = -2
	fmt.Println(t.rows[5], cp)
	sub := t.rows[2:4]
	sub[0][0] = 9999
	fmt.Println(t.rows[2][0])
	grid := make([][3]bool, 3)
	for i := range grid {
		grid[i][i] = true
	}
	fmt.Println(grid)
	arrOfSlices := [3][]int{{1}, nil, {2, 3}}
	arrOfSlices[1] = append(arrOfSlices[1], 5)
	copyArr := arrOfSlices
	copyArr[0][0] = 100
	copyArr[2] = nil
	fmt.Println(arrOfSlices, copyArr)
	var big [3][2][2]uint8
	big[2][1][0] = 255
	big[1] = [2][2]uint8{{1, 2}, {3, 4}}
	fmt.Println(big, len(big[0]), len(big[0][0]))
}
