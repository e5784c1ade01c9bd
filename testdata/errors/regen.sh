#!/usr/bin/env bash
# Regenerates NAME.err for every NAME.go here (or the files given): gc's exact
# `go build ./NAME.go` stderr, run in a scratch directory holding only that
# file, minus the leading `# command-line-arguments` header line. gc 1.19.8's
# `go build` exits 2 for all of these, as golift does for compile errors, so
# no .exit files are kept here (the exit status is always 2).
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
	cp "$f" "$tmp/src/"
	set +e
	(cd "$tmp/src" && GO111MODULE=off GOFLAGS= go build -o /dev/null "./$f") 2>"$tmp/stderr"
	code=$?
	set -e
	if [ $code -eq 0 ]; then echo "$f: compiled without errors" >&2; exit 1; fi
	grep -v '^# command-line-arguments$' "$tmp/stderr" >"$name.err" || true
	if [ $code -ne 2 ]; then echo "$f: go build exited $code, expected 2" >&2; exit 1; fi
	echo "$name: go build exit $code" >&2
done
