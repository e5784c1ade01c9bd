package main

var x² = 1
var का = 2
var Ⅻ = 3
var y = 1 ​ 2
