#!/usr/bin/env python3
# table.py: the cover letter's userspace table from make-bench-twice.txt:
# for each make bench run, each lock's ns per acquisition per row as the
# mean of its two harness runs' medians, rounded half up ("deadline":
# both at the deadline; "+": one of the two, the other's figure), and
# ours/upstream from the run's own "row" lines (the median of its two
# harness runs' ratios; "*" noisy).  Run 2's marks also come from
# compare.txt's row lines (run-bench's comparison with run 1, made by
# compare-runs.sh, since make bench itself skipped it).
import re, sys, os
from decimal import Decimal, ROUND_HALF_UP
def r1(x):
    return str(Decimal(x if isinstance(x, Decimal) else repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
here = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(here, "make-bench-twice.txt")).read()
runs = text.split("=== make bench ")[1:]
rows = ["1", "2", "4", "8", "16", "2 pinned", "4 pinned"]
locks = ["ours", "upstream", "native", "tas"]
out = {}
for r, body in enumerate(runs):
    vals = {}
    for m in re.finditer(r"^# (\S+)\s+tasks\s+(\d+(?: pinned)?):\s+([0-9.]+) ns/acq[^\n]*?(\(deadline\)|\n)", body, re.M):
        lock, t, v, dl = m.group(1), m.group(2), float(m.group(3)), m.group(4) == "(deadline)"
        vals.setdefault((lock, t), []).append((v, bool(dl)))
    rowr = dict((m.group(1), (m.group(2), m.group(3))) for m in
                re.finditer(r"^row ours_upstream_(\S+) ([0-9.]+)( noisy)?$", body, re.M))
    out[r] = (vals, rowr)
cmp = os.path.join(here, "compare.txt")
if os.path.exists(cmp) and len(out) == 2:
    for m in re.finditer(r"^row ours_upstream_(\S+) ([0-9.]+)( noisy)?$", open(cmp).read(), re.M):
        out[1][1][m.group(1)] = (m.group(2), m.group(3))
print("tasks | " + " | ".join(locks) + " | ours/upstream")
for t in rows:
    cells = []
    for lock in locks:
        c = []
        for r in out:
            v = out[r][0].get((lock, t), [])
            if len(v) != 2:
                c.append("?")
            elif all(d for _, d in v):
                c.append("deadline")
            elif any(d for _, d in v):
                c.append(r1([x for x, d in v if not d][0]) + "+")
            else:
                c.append(r1((Decimal(repr(v[0][0])) + Decimal(repr(v[1][0]))) / 2))
        cells.append(", ".join(c))
    key = t.replace(" pinned", "_pinned")
    rr = []
    for r in out:
        x = out[r][1].get(key)
        rr.append("?" if x is None else f"{float(x[0]):.2f}{'*' if x[1] else ''}")
    print(f"{t} | " + " | ".join(cells) + " | " + ", ".join(rr))
