"""Shared helpers for verify.py and annotate.py: run gc's escape analysis
diagnostics on one file and parse errorcheck-style ERROR comments."""
import os
import re
import shutil
import subprocess
import tempfile

ERR_RX = re.compile(r'// (?:GC_)?ERROR (.*)')
QUOTE_RX = re.compile(r'"([^"]*)"')
MSG_RX = re.compile(r'^\./(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$')


def gc_diagnostics(path, flags='-m -l'):
    """Runs `go build -gcflags=FLAGS ./NAME.go` in a scratch directory holding
    only that file and returns gc's stderr lines without the
    `# command-line-arguments` header."""
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, os.path.join(tmp, name))
        env = dict(os.environ, GO111MODULE='off', GOFLAGS='')
        p = subprocess.run(['go', 'build', '-gcflags=' + flags, '-o', os.devnull, './' + name],
                           cwd=tmp, env=env, capture_output=True, text=True)
    lines = p.stderr.splitlines()
    if lines and lines[0] == '# command-line-arguments':
        lines = lines[1:]
    if p.returncode != 0:
        raise RuntimeError('%s: go build failed:\n%s' % (path, p.stderr))
    return lines


def parse_messages(lines):
    """[(line, text)] for `./FILE.go:L:C: msg` lines; text is what run.go
    matches against (the line with its leading `file:line:col: ` cut)."""
    out = []
    for l in lines:
        m = MSG_RX.match(l)
        if not m:
            raise RuntimeError('unexpected gc output line: %r' % l)
        out.append((int(m.group('line')), m.group('msg')))
    return out


def wanted(path):
    """{line: [regexp, ...]} from `// ERROR "re" "re"` comments."""
    want = {}
    with open(path) as f:
        for i, l in enumerate(f, 1):
            m = ERR_RX.search(l)
            if m:
                want[i] = QUOTE_RX.findall(m.group(1))
    return want


GO_META = set('\\.+*?()|[]{}^$')


def quote_meta(s):
    """Go's regexp.QuoteMeta, and `"` (which cannot appear inside an ERROR
    string) replaced by `.`."""
    out = []
    for c in s:
        if c == '"':
            out.append('.')
        elif c in GO_META:
            out.append('\\' + c)
        else:
            out.append(c)
    return ''.join(out)
