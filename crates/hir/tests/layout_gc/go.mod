module layoutgo
go 1.19
