#!/usr/bin/env bash
# Normalises a Go program's stderr for comparison (testdata/README.md, traceback/):
# reads stdin, writes stdout; $1 is the directory the program was built in.
#   - the directory's path, wherever it appears, becomes $WORK;
#   - in the traceback (the lines after "goroutine N [...]:"), a frame's argument
#     list becomes (...) unless it is empty, and a file line's " +0x.." is dropped;
#   - a "[signal ..." line's addr= and pc= values become ADDR and PC.
# crates/golift/tests/tracebacks.rs applies the same rules to golift's stderr.
set -euo pipefail
dir=$1
awk -v dir="$dir/" '
	{
		line = $0
		while ((i = index(line, dir)) > 0) {
			line = substr(line, 1, i - 1) "$WORK/" substr(line, i + length(dir))
		}
		if (line ~ /^\[signal /) {
			sub(/addr=0x[0-9a-f]+/, "addr=ADDR", line)
			sub(/pc=0x[0-9a-f]+/, "pc=PC", line)
		} else if (intrace && line ~ /^\t/) {
			sub(/ \+0x[0-9a-f]+$/, "", line)
		} else if (intrace) {
			sub(/\([^()]+\)$/, "(...)", line)
		}
		if (line ~ /^goroutine [0-9]+ \[/) intrace = 1
		print line
	}
'
