#!/usr/bin/env bash
# Regenerates NAME.out / NAME.err / NAME.exit for every NAME.go in this
# directory from gc (the `go` on PATH; golift's oracle is gc 1.19.8).
# Usage: testdata/run/regen.sh [NAME.go ...]
#
# Each program is built with `go build` in a scratch directory and the binary
# is run directly (not `go run`, which adds "exit status N" lines).
#   NAME.out  exact stdout
#   NAME.err  stderr; for a panic it is cut after the first line starting with
#             "goroutine " (stack traces are not compared), or before the first
#             line starting with "[signal " if that comes first (nil pointer
#             dereferences: the signal line carries addresses and is not compared)
#   NAME.exit exit status in decimal + newline
#   NAME.arm64.out  stdout of the program built with GOARCH=arm64 and run under
#             qemu-aarch64, kept only where it differs from NAME.out (float to
#             integer conversions out of range differ); the aarch64 runs of
#             `cargo xtask cross-test` expect it instead of NAME.out
#   NAME.m, NAME.m2  gc's -m -l and -m=2 -l output (../gc-escape-notes.sh)
set -euo pipefail
cd "$(dirname "$0")"
go version >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(*.go); fi
for f in "${files[@]}"; do
	name=${f%.go}
	rm -rf "$tmp/src"; mkdir -p "$tmp/src"
	cp "$f" "$tmp/src/main.go"
	(cd "$tmp/src" && GO111MODULE=off GOFLAGS= go build -o "$tmp/bin" main.go)
	set +e
	"$tmp/bin" >"$name.out" 2>"$tmp/stderr"
	code=$?
	set -e
	echo "$code" >"$name.exit"
	if grep -qE '^(goroutine |\[signal )' "$tmp/stderr"; then
		awk '
			/^\[signal / { exit }
			{ print }
			/^goroutine / { exit }
		' "$tmp/stderr" >"$name.err"
	else
		cp "$tmp/stderr" "$name.err" # byte for byte, final newline or not
	fi
	if command -v qemu-aarch64 >/dev/null; then
		(cd "$tmp/src" && GOARCH=arm64 GO111MODULE=off GOFLAGS= go build -o "$tmp/bin.arm64" main.go)
		set +e
		qemu-aarch64 "$tmp/bin.arm64" >"$tmp/arm64.out" 2>/dev/null
		set -e
		if cmp -s "$tmp/arm64.out" "$name.out"; then
			rm -f "$name.arm64.out"
		else
			cp "$tmp/arm64.out" "$name.arm64.out"
		fi
	else
		echo "$name: qemu-aarch64 not found, $name.arm64.out not checked" >&2
	fi
	echo "$name: exit $code" >&2
done
../gc-escape-notes.sh "${files[@]}"
