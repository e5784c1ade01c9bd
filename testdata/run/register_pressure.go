package main

import "fmt"

func id(x int64) int64 { return x }

func main() {
	v0 := id(1)
	v1 := id(8)
	v2 := id(15)
	v3 := id(22)
	v4 := id(29)
	v5 := id(36)
	v6 := id(43)
	v7 := id(50)
	v8 := id(57)
	v9 := id(64)
	v10 := id(71)
	v11 := id(78)
	v12 := id(85)
	v13 := id(92)
	v14 := id(99)
	v15 := id(106)
	v16 := id(113)
	v17 := id(120)
	v18 := id(127)
	v19 := id(134)
	v20 := id(141)
	v21 := id(148)
	v22 := id(155)
	v23 := id(162)
	v24 := id(169)
	v25 := id(176)
	v26 := id(183)
	v27 := id(190)
	v28 := id(197)
	v29 := id(204)
	v30 := id(211)
	v31 := id(218)
	v32 := id(225)
	v33 := id(232)
	v34 := id(239)
	v35 := id(246)
	v36 := id(253)
	v37 := id(260)
	v38 := id(267)
	v39 := id(274)
	v0 = v0*id(2) + v1
	v1 = v1*id(3) + v2
	v2 = v2*id(4) + v3
	v3 = v3*id(5) + v4
	v4 = v4*id(6) + v5
	v5 = v5*id(2) + v6
	v6 = v6*id(3) + v7
	v7 = v7*id(4) + v8
	v8 = v8*id(5) + v9
	v9 = v9*id(6) + v10
	v10 = v10*id(2) + v11
	v11 = v11*id(3) + v12
	v12 = v12*id(4) + v13
	v13 = v13*id(5) + v14
	v14 = v14*id(6) + v15
	v15 = v15*id(2) + v16
	v16 = v16*id(3) + v17
	v17 = v17*id(4) + v18
	v18 = v18*id(5) + v19
	v19 = v19*id(6) + v20
	v20 = v20*id(2) + v21
	v21 = v21*id(3) + v22
	v22 = v22*id(4) + v23
	v23 = v23*id(5) + v24
	v24 = v24*id(6) + v25
	v25 = v25*id(2) + v26
	v26 = v26*id(3) + v27
	v27 = v27*id(4) + v28
	v28 = v28*id(5) + v29
	v29 = v29*id(6) + v30
	v30 = v30*id(2) + v31
	v31 = v31*id(3) + v32
	v32 = v32*id(4) + v33
	v33 = v33*id(5) + v34
	v34 = v34*id(6) + v35
	v35 = v35*id(2) + v36
	v36 = v36*id(3) + v37
	v37 = v37*id(4) + v38
	v38 = v38*id(5) + v39
	v39 = v39*id(6) + v0
	w0 := int8(v0) * int8(v0)
	w1 := int16(v1) * int16(v3)
	w2 := int32(v2) * int32(v6)
	w3 := uint8(v3) * uint8(v9)
	w4 := uint16(v4) * uint16(v12)
	w5 := uint32(v5) * uint32(v15)
	w6 := uint64(v6) * uint64(v18)
	w7 := int(v7) * int(v21)
	w8 := int8(v8) * int8(v24)
	w9 := int16(v9) * int16(v27)
	w10 := int32(v10) * int32(v30)
	w11 := uint8(v11) * uint8(v33)
	w12 := uint16(v12) * uint16(v36)
	w13 := uint32(v13) * uint32(v39)
	w14 := uint64(v14) * uint64(v2)
	w15 := int(v15) * int(v5)
	fmt.Println(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39)
	fmt.Println(w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15)
	total := int64(0)
	for k := int64(0); k < 1000; k++ {
		v0 += id(k) ^ v7
		v3 += id(k) ^ v10
		v6 += id(k) ^ v13
		v9 += id(k) ^ v16
		v12 += id(k) ^ v19
		v15 += id(k) ^ v22
		v18 += id(k) ^ v25
		v21 += id(k) ^ v28
		v24 += id(k) ^ v31
		v27 += id(k) ^ v34
		v30 += id(k) ^ v37
		v33 += id(k) ^ v0
		v36 += id(k) ^ v3
		v39 += id(k) ^ v6
		total += v0&0xff + v3&0xff + v6&0xff + v9&0xff + v12&0xff + v15&0xff + v18&0xff + v21&0xff + v24&0xff + v27&0xff + v30&0xff + v33&0xff + v36&0xff + v39&0xff
	}
	fmt.Println(total, v0, v3, v6, v9, v12, v15, v18, v21, v24, v27, v30, v33, v36, v39)
}
