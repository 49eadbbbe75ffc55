#!/usr/bin/env python3
"""xen-stacks.py CONSOLE.LOG SYSTEM.MAP: each vCPU's RIP and RFL and the
kernel text addresses found in the stack words that guest/l1-init's dump
printed (pvq-l2mon lines), named with System.map: a vCPU's frames, most
recent first, with stale words among them (a scan, not an unwinder)."""
import bisect, re, sys
log, smap = sys.argv[1:3]
syms = []
for l in open(smap):
    a, t, n = l.split()[:3]
    if t in "TtWw":
        syms.append((int(a, 16), n))
syms.sort()
keys = [s[0] for s in syms]
def name(v):
    i = bisect.bisect_right(keys, v) - 1
    return f"{syms[i][1]}+{v - syms[i][0]:#x}" if i >= 0 and v - syms[i][0] < 0x10000 else None
cpu = rc = None
out, regs = {}, {}
for l in open(log, errors="replace"):
    m = re.search(r"pvq-l2mon: stack of CPU#(\d+)", l)
    if m:
        cpu = int(m.group(1)); out[cpu] = []; continue
    m = re.search(r"pvq-l2mon: CPU#(\d+)", l)
    if m:
        rc = int(m.group(1)); continue
    m = re.search(r"pvq-l2mon: RIP=([0-9a-f]+) RFL=([0-9a-f]+)", l)
    if m and rc is not None:
        regs[rc] = (m.group(1), m.group(2))
    m = re.search(r"pvq-l2mon: [0-9a-f]+: (0x[0-9a-f]+) (0x[0-9a-f]+)", l)
    if m and cpu is not None:
        for w in m.groups():
            v = int(w, 16)
            if 0xffffffff81000000 <= v < 0xffffffff82000000 and name(v):
                out[cpu].append(name(v))
for c in sorted(out):
    rip, rfl = regs.get(c, ("?", "?"))
    r = name(int(rip, 16)) if rip != "?" else "?"
    print(f"CPU{c} RIP {r} RFL {rfl} (IF={'1' if rfl != '?' and int(rfl, 16) & 0x200 else '0'}):\n   "
          + " < ".join(out[c][:16]))
