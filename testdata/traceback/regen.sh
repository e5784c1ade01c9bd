#!/usr/bin/env bash
# Regenerates NAME.out / NAME.err / NAME.exit for every NAME.go in this directory
# from gc (the `go` on PATH; golift's oracle is gc 1.19.8).
# Usage: testdata/traceback/regen.sh [NAME.go | NAME ...]
#
# NAME.go is a one-file program; a directory NAME holds the files of one package
# (built together, `go build *.go`), with its NAME.out/.err/.exit next to it.
# Each program is copied alone into a scratch directory, built there with
# `go build` (default flags) and the binary is run directly. The whole stderr is
# kept, traceback included, after normalise.sh has replaced what golift need not
# reproduce: argument values, +0x pc offsets, the signal line's addr/pc values and
# the scratch directory (as $WORK). Function names, files and lines stay.
#   NAME.out  exact stdout
#   NAME.err  normalised stderr
#   NAME.exit exit status in decimal + newline
# The program runs without GOTRACEBACK, or with the KEY=VALUE lines of NAME.env
# in its environment when that file exists.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
go version >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(*.go */); fi
for f in "${files[@]}"; do
	f=${f%/}
	name=${f%.go}
	rm -rf "$tmp/src"; mkdir -p "$tmp/src"
	if [ -d "$f" ]; then cp "$f"/*.go "$tmp/src/"; else cp "$f" "$tmp/src/$f"; fi
	(cd "$tmp/src" && GO111MODULE=off GOFLAGS= go build -o "$tmp/bin" $(cd "$tmp/src" && ls *.go))
	set +e
	envs=()
	if [ -f "$name.env" ]; then mapfile -t envs <"$name.env"; fi
	(cd "$tmp/src" && env -u GOTRACEBACK "${envs[@]}" "$tmp/bin" >"$here/$name.out" 2>"$tmp/stderr")
	code=$?
	set -e
	echo "$code" >"$name.exit"
	./normalise.sh "$tmp/src" <"$tmp/stderr" >"$name.err"
	echo "$name: exit $code" >&2
done
