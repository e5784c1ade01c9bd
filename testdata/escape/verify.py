#!/usr/bin/env python3
"""Checks the `// ERROR "regexp"` annotations of testdata/escape/*.go against
gc's `-m -l` diagnostics, the way Go's test/run.go errorcheck does:

  * every diagnostic gc prints on line L must be matched by one of the
    regexps written on line L (regexps are searched, unanchored unless they
    say ^/$, in the message text after `file:line:col: `);
  * every regexp must match at least one diagnostic on its line.

With --outputs it also checks that NAME.m / NAME.m2 equal gc's current
`-m -l` / `-m=2 -l` output.

Usage: verify.py [--outputs] [FILE.go ...]   (default: all *.go here)
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gcm import gc_diagnostics, parse_messages, wanted  # noqa: E402


def check(path, outputs):
    errs = []
    lines = gc_diagnostics(path, '-m -l')
    msgs = parse_messages(lines)
    want = wanted(path)
    remaining = list(msgs)
    for line, res in sorted(want.items()):
        for rx in res:
            r = re.compile(rx)
            on_line = [m for m in remaining if m[0] == line]
            matched = [m for m in on_line if r.search(m[1])]
            if not matched:
                errs.append('%s:%d: missing error "%s" (gc said: %s)' % (
                    path, line, rx, [m[1] for m in on_line] or 'nothing'))
            for m in matched:
                remaining.remove(m)
    for line, text in remaining:
        errs.append('%s:%d: unmatched diagnostic: %s' % (path, line, text))
    if outputs:
        base = path[:-3]
        for ext, flags in (('.m', '-m -l'), ('.m2', '-m=2 -l')):
            got = '\n'.join(gc_diagnostics(path, flags)) + '\n'
            try:
                with open(base + ext) as f:
                    have = f.read()
            except FileNotFoundError:
                have = None
            if have != got:
                errs.append('%s%s: stale or missing (run regen.sh)' % (base, ext))
    return errs


def main(argv):
    outputs = '--outputs' in argv
    files = [a for a in argv if a != '--outputs']
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(glob.glob(os.path.join(here, '*.go')))
    bad = 0
    for f in files:
        errs = check(f, outputs)
        if errs:
            bad += 1
            print('FAIL %s' % f)
            for e in errs:
                print('  ' + e)
        else:
            print('ok   %s' % os.path.basename(f))
    print('%d files, %d failed' % (len(files), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
