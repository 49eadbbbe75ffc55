import glob, re, statistics, sys
out, k, before, after, prev, prev_when = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
vals = {}
for rep in range(1, k + 1):
    for l in open(f"{out}/bench-{rep}.log"):
        m = re.match(r"ratio (\S+) (\S+)$", l.strip())
        if m:
            d = vals.setdefault(m.group(1), {})
            if re.match(r"[0-9.]+$", m.group(2)):
                d[rep] = float(m.group(2))
lim = re.search(r"rmw_over_native=([0-9.]+)", before)
lim2 = re.search(r"rmw_over_native=([0-9.]+)", after)
print(f"\nEach ratio over {k} runs of the harness back to back (every lock in each run):"
      " median, min..max, the medians of the odd and the even runs, and those of the"
      " first and the second half of the runs (in time);"
      " noisy: either pair differs by more than 10% of the median, or a run had no value"
      " (the harness's n/a: a run at the deadline).\n")
print("| ratio | runs with a value | median | min..max | odd / even runs | first / second half | halves |")
print("|---|---|---|---|---|---|---|")
final = []
# halves: "within 10%" only with a value in every run and, for both
# splits (odd / even runs, first / second half in time), two halves whose
# medians differ by at most 10% of the median; "NOISY" otherwise ("one
# run" when there is nothing to compare).  Halves agreeing is necessary
# for a claim, not sufficient: the spread is printed beside.
def mark(d, med):
    if k == 1:
        return False, "-", "-", "one run"
    runs = sorted(d)
    splits = ([r for r in runs if r % 2 == 1], [r for r in runs if r % 2 == 0]), \
             ([r for r in runs if r <= k // 2], [r for r in runs if r > k // 2])
    if len(d) < k or med <= 0 or any(not a or not b for a, b in splits):
        return True, "-", "-", "NOISY"
    shown, noisy = [], False
    for a, b in splits:
        ma, mb = statistics.median(d[r] for r in a), statistics.median(d[r] for r in b)
        noisy |= abs(ma - mb) > 0.10 * med
        shown.append(f"{ma:.3f} / {mb:.3f}")
    return noisy, shown[0], shown[1], "NOISY" if noisy else "within 10%"
for name, d in vals.items():
    if not d:
        print(f"| {name} | 0/{k} | n/a | - | - | - | - |")
        final.append(f"ratio {name} n/a")
        continue
    v = [d[r] for r in sorted(d)]
    med = statistics.median(v)
    noisy, oe, fs, word = mark(d, med)
    print(f"| {name} | {len(d)}/{k} | {med:.3f} | {min(v):.3f}..{max(v):.3f} | {oe} | {fs} | {word} |")
    final.append(f"ratio {name} {med:.3f}{' noisy' if noisy else ''}")
# ours/upstream and ours/native for every row (target: no row slower
# than upstream), from each run's CSV; a row with a run at the deadline
# in either lock is left out (its time is the deadline's).
rows = {}
for rep in range(1, k + 1):
    try:
        lines = open(f"{out}/bench-{rep}.csv").read().splitlines()
    except OSError:
        continue
    hdr = lines[0].split(",")
    for l in lines[1:]:
        r = dict(zip(hdr, l.split(",")))
        rows.setdefault((int(r["tasks"]), r["pinned"] != "0"), {}).setdefault(rep, {})[r["lock"]] = r
# Each row's ratio, kept with the named ones ("row NAME VALUE [noisy]"
# lines of ratios.txt, NAME e.g. ours_upstream_4 or ours_native_2_pinned),
# so that the next run of the same configuration can compare them too.
row_final = []
def by_row(a, b):
    for (t, pin), reps in sorted(rows.items()):
        d = {}
        for rep, locks in reps.items():
            if a in locks and b in locks and locks[a]["deadline_runs"] == "0" and locks[b]["deadline_runs"] == "0":
                d[rep] = float(locks[a]["ns_median"]) / float(locks[b]["ns_median"])
        row = f"{t}{' pinned to 1 CPU' if pin else ''}"
        if not d:
            print(f"| {a}/{b} | {row} | 0/{k} | n/a (a run at the deadline) | - | - | - | - |")
            continue
        v = [d[r] for r in sorted(d)]
        med = statistics.median(v)
        noisy, oe, fs, word = mark(d, med)
        print(f"| {a}/{b} | {row} | {len(d)}/{k} | {med:.3f} | {min(v):.3f}..{max(v):.3f} | {oe} | {fs} | {word} |")
        row_final.append(f"row {a}_{b}_{t}{'_pinned' if pin else ''} {med:.3f}{' noisy' if noisy else ''}")
print(f"\nEvery row's ns per acquisition, ours against upstream and native (the same {k} runs):\n")
print("| ratio | tasks | runs with a value | median | min..max | odd / even runs | first / second half | halves |")
print("|---|---|---|---|---|---|---|---|")
by_row("ours", "upstream")
by_row("ours", "native")
# The previous run of the same configuration: a named ratio that differs
# from its value there by more than 10% (of the smaller) did not
# reproduce, and is marked noisy here too.
if prev:
    before_v, before_rows = {}, {}
    for l in open(prev):
        m = re.match(r"(ratio|row) (\S+) ([0-9.]+)( noisy)?$", l.strip())
        if m:
            (before_v if m.group(1) == "ratio" else before_rows)[m.group(2)] = (float(m.group(3)), bool(m.group(4)))
    print(f"\nAgainst the previous make bench of the same configuration ({prev_when or 'time unknown'}):"
          " a ratio that differs from it by more than 10% is marked noisy here too.\n")
    print("| ratio | previous run | this run | difference | reproduces |")
    print("|---|---|---|---|---|")
    for i, line in enumerate(final):
        w = line.split()
        name = w[1]
        if name not in before_v or not re.match(r"[0-9.]+$", w[2]):
            print(f"| {name} | {'-' if name not in before_v else before_v[name][0]} | {w[2]} | - | no value to compare |")
            continue
        a, a_noisy = before_v[name]
        b = float(w[2])
        diff = abs(a - b) / min(a, b) if min(a, b) > 0 else float("inf")
        ok = diff <= 0.10
        print(f"| {name} | {a:.3f}{' noisy' if a_noisy else ''} | {b:.3f}{' noisy' if len(w) > 3 else ''}"
              f" | {100 * diff:.1f}% | {'yes' if ok else 'NO'} |")
        if not ok and len(w) == 3:
            final[i] = line + " noisy"
    # The rows too (the contended rows are where runs move most).  A
    # previous run made before rows were kept has none: said so.
    if not before_rows:
        print("\nThe previous run kept no per-row ratios (made before run-bench kept them): rows not compared.")
    else:
        print("\nEach row's ratio against the previous make bench (ours/upstream, ours/native; differing by"
              " more than 10% of the smaller: does not reproduce, marked noisy in this run's row lines):\n")
        print("| row | previous run | this run | difference | reproduces |")
        print("|---|---|---|---|---|")
        for i, line in enumerate(row_final):
            w = line.split()
            name = w[1]
            if name not in before_rows:
                print(f"| {name} | - | {w[2]} | - | no value to compare |")
                continue
            a, a_noisy = before_rows[name]
            b = float(w[2])
            diff = abs(a - b) / min(a, b) if min(a, b) > 0 else float("inf")
            ok = diff <= 0.10
            print(f"| {name} | {a:.3f}{' noisy' if a_noisy else ''} | {b:.3f}{' noisy' if len(w) > 3 else ''}"
                  f" | {100 * diff:.1f}% | {'yes' if ok else 'NO'} |")
            if not ok and len(w) == 3:
                row_final[i] = line + " noisy"
elif k > 0:
    print("\nNo previous make bench of the same configuration to compare with (the same tree revision,"
          " parameters, harness and CPU model): run it again to see which ratios reproduce.")
if lim and lim2:
    print(f"\nThe bare-loop ratio beside the one-task rows: a lock + unlock pair whose unlock is a locked RmW takes"
          f" {lim.group(1)}x (before) and {lim2.group(1)}x (after) the time of one whose unlock is a store, with nothing else"
          " in the loop (two lock cmpxchg against lock cmpxchg + movb, tools/lockcost.c); the harness's loop, calls"
          " and lock code dilute it in the one-task rows.")
print()
print("\n".join(final + row_final))
