import csv, statistics, sys
# ns per acquisition: per make bench run, the median over its harness runs of each run's median; deadline runs noted
def load(d, n):
    rows = {}
    for k in range(1, n + 1):
        for r in csv.DictReader(open(f"{d}/bench-{k}.csv")):
            key = (r["lock"], r["tasks"], r["pinned"])
            rows.setdefault(key, []).append((float(r["ns_median"]), int(r["deadline_runs"])))
    return rows
runs = [load(sys.argv[i], int(sys.argv[-1])) for i in range(1, len(sys.argv) - 1)]
for tasks, pinned in [("1","0"),("2","0"),("4","0"),("8","0"),("16","0"),("2","1"),("4","1")]:
    cells = []
    for lock in ["ours","upstream","native","tas"]:
        vals = []
        for rr in runs:
            v = rr.get((lock, tasks, pinned), [])
            ok = [x for x, dl in v if dl == 0]
            if not ok: vals.append("deadline")
            else: vals.append(f"{statistics.median(ok):.1f}" + ("+" if len(ok) < len(v) else ""))
        cells.append(", ".join(vals))
    print(f"| {tasks}{' pinned' if pinned=='1' else ''} | " + " | ".join(cells) + " |")
