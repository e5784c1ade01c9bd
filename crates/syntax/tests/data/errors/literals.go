package main

var a = 0x
var b = 09
var c = 1__0
var d = 0x1.5
var e = 'ab'
var f = "\q"
var g = 0b102
var h = 1e+
var i = ''
var j = "\xZZ"
