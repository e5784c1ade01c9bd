#!/usr/bin/env bash
# Regenerates gc_run/NAME.m and NAME.m2: gc 1.19.8's `-m -l` / `-m=2 -l` output for
# every testdata/run/NAME.go (that directory holds no escape outputs of its own).
set -euo pipefail
cd "$(dirname "$0")"
go version >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in ../../../testdata/run/*.go; do
	base=$(basename "$f" .go)
	for kind in m m2; do
		if [ $kind = m ]; then flags='-m -l'; else flags='-m=2 -l'; fi
		rm -rf "$tmp/src"; mkdir -p "$tmp/src"
		cp "$f" "$tmp/src/"
		(cd "$tmp/src" && GO111MODULE=off GOFLAGS= go build -gcflags="$flags" -o /dev/null "./$base.go") 2>"$tmp/stderr" || true
		grep -v '^# command-line-arguments$' "$tmp/stderr" >"gc_run/$base.$kind" || true
	done
done
