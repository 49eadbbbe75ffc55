#!/usr/bin/env python3
"""xen-tally.py: every Xen guest run at 8 vCPUs of this session
(build/runs/{bench-xen-*-smp8-*, xen-repro-*, xen-hunt*}), by kernel and
outcome: PASS; hang in the test (the L1 timeout after locktorture's start);
hang before the test (after init started); double fault; boot hang (the
timeout before init ran); other.
Prints one line per run and the counts."""
import glob, os, re, collections
runs = "/work/main/build/runs"
pats = ["bench-xen-*@xen-smp8-*", "xen-repro-*", "xen-hunt*"]
seen = collections.Counter()
for p in pats:
    for d in sorted(glob.glob(os.path.join(runs, p))):
        if d.endswith(".new") or not os.path.isfile(d + "/status"):
            continue
        name = os.path.basename(d)
        k = "upstream" if "upstream" in name else "ours"
        con = open(d + "/console.log", errors="replace").read()
        st = open(d + "/status").read().strip()
        parallel = "xen-hunt-" in name or "xen-hunta" in name or "xen-huntb" in name
        if st == "PASS":
            what = "pass"
        elif "double fault" in con:
            what = "double fault"
        elif "TIMEOUT" in con and "Start of test" in con:
            what = "hang in the test"
        elif "TIMEOUT" in con and "pvq-init: online-cpus" in con:
            what = "hang before the test"
        elif "TIMEOUT" in con:
            what = "boot hang"
        else:
            what = "other"
        tag = " (two nested guests at once)" if parallel and not name.startswith("xen-hunt-") else ""
        if name.startswith("xen-hunt-"):
            tag = " (beside another kernel's run)"
        # By hand (helper-31): these overlapped the lockdep run
        # xen-lockdep-1 (11:22:49-11:24:13), the first almost wholly.
        if name == "xen-repro-ours-4":
            tag = " (beside the lockdep run)"
        if name == "xen-repro-upstream-4":
            tag = " (its first 18 s beside the lockdep run)"
        print(f"{name}: {k}: {what}{tag}")
        seen[(k, what)] += 1
print()
for (k, w), n in sorted(seen.items()):
    print(f"{k:8} {w:18} {n}")
