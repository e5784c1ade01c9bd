#!/usr/bin/env bash
# Regenerates NAME.out for every NAME.go here (or the files given): gc's build of the
# program run with the arguments in NAME.args (a small size, so that the test of the
# benchmark programs is quick; `cargo xtask bench` runs them at their default size).
set -euo pipefail
cd "$(dirname "$0")"
go version >&2
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(*.go); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
	name=${f%.go}
	cp "$f" "$tmp/main.go"
	(cd "$tmp" && GO111MODULE=off GOFLAGS= go build -o prog main.go)
	# shellcheck disable=SC2046
	"$tmp/prog" $(cat "$name.args") >"$name.out"
	echo "$name: $(wc -l <"$name.out") lines" >&2
done
