#!/usr/bin/env bash
# Regenerates NAME.m (gc's `-m -l` diagnostics) and NAME.m2 (`-m=2 -l`) for
# every NAME.go here (or the files given), from `go build -gcflags=...
# ./NAME.go` run in a scratch directory holding only that file, minus the
# `# command-line-arguments` header line, in the order gc prints them.
# Then checks the ERROR annotations with verify.py.
set -euo pipefail
cd "$(dirname "$0")"
go version >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(*.go); fi
for f in "${files[@]}"; do
	name=${f%.go}
	for kind in m m2; do
		if [ $kind = m ]; then flags='-m -l'; else flags='-m=2 -l'; fi
		rm -rf "$tmp/src"; mkdir -p "$tmp/src"
		cp "$f" "$tmp/src/"
		(cd "$tmp/src" && GO111MODULE=off GOFLAGS= go build -gcflags="$flags" -o /dev/null "./$f") 2>"$tmp/stderr"
		grep -v '^# command-line-arguments$' "$tmp/stderr" >"$name.$kind" || true
	done
	echo "$name: $(wc -l <"$name.m") -m lines, $(wc -l <"$name.m2") -m=2 lines" >&2
done
python3 verify.py "${files[@]}"
