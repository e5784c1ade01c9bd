#!/usr/bin/env python3
"""Writes `// ERROR "..."` annotations onto FILE.go from gc's own `-m -l`
output (one anchored, QuoteMeta'd regexp per distinct diagnostic, in gc's
order), replacing any ERROR comments already there. Used to draft the
annotations of a new file; review the result, then run verify.py.

Usage: annotate.py FILE.go ...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gcm import ERR_RX, gc_diagnostics, parse_messages, quote_meta  # noqa: E402


def annotate(path):
    with open(path) as f:
        src = f.read().split('\n')
    src = [ERR_RX.sub('', l).rstrip() for l in src]
    by_line = {}
    for line, text in parse_messages(gc_diagnostics(path)):
        rx = quote_meta(text) + '$'
        lst = by_line.setdefault(line, [])
        if rx not in lst:
            lst.append(rx)
    for line, rxs in by_line.items():
        src[line - 1] += ' // ERROR ' + ' '.join('"%s"' % r for r in rxs)
    with open(path, 'w') as f:
        f.write('\n'.join(src))


for p in sys.argv[1:]:
    annotate(p)
