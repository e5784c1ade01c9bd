#!/usr/bin/env bash
# Regenerates NAME.m (gc's `-m -l` diagnostics) and NAME.m2 (`-m=2 -l`) for
# every NAME.go here (or the files given) with ../gc-escape-notes.sh.
# Then checks the ERROR annotations with verify.py.
set -euo pipefail
cd "$(dirname "$0")"
go version >&2
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(*.go); fi
../gc-escape-notes.sh "${files[@]}"
python3 verify.py "${files[@]}"
