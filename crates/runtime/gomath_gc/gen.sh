#!/usr/bin/env bash
# Regenerates cases.txt (see main.go): math.Exp with and without gc's FMA path.
set -euo pipefail
cd "$(dirname "$0")"
go version >&2
grep -qw fma /proc/cpuinfo || { echo "gen.sh: this CPU has no FMA; cases.txt needs both paths" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GO111MODULE=off go build -o "$tmp/exp" main.go
"$tmp/exp" >"$tmp/fma"
GODEBUG=cpu.fma=off "$tmp/exp" >"$tmp/nofma"
paste -d' ' "$tmp/fma" <(cut -d' ' -f2 "$tmp/nofma")
