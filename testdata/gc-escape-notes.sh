#!/usr/bin/env bash
# Writes NAME.m (gc's `-m -l` diagnostics) and NAME.m2 (`-m=2 -l`) beside each NAME.go
# given, from `go build -gcflags=... ./NAME.go` run in a scratch directory holding only
# that file, minus go's `# command-line-arguments` header, in the order gc prints them.
# Used by escape/regen.sh and run/regen.sh.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$@"; do
	name=${f%.go}
	base=$(basename "$f")
	for kind in m m2; do
		if [ $kind = m ]; then flags='-m -l'; else flags='-m=2 -l'; fi
		rm -rf "$tmp/src"; mkdir -p "$tmp/src"
		cp "$f" "$tmp/src/"
		(cd "$tmp/src" && GO111MODULE=off GOFLAGS= go build -gcflags="$flags" -o /dev/null "./$base") 2>"$tmp/stderr"
		grep -v '^# command-line-arguments$' "$tmp/stderr" >"$name.$kind" || true
	done
	echo "$name: $(wc -l <"$name.m") -m lines, $(wc -l <"$name.m2") -m=2 lines" >&2
done
