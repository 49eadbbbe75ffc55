#!/usr/bin/env bash
# try.sh: scripts/run-bench's ratio summary (its python, taken from the
# script itself, not a copy) on session 20's two saved full make bench
# runs, the second compared with the first: r1.txt, r2.txt.
set -e
here=$(cd "$(dirname "$0")" && pwd) top=$(cd "$here/../../.." && pwd)
s20=$top/measurements/2026-12-06-session20
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
awk '/<<.PY. \|\| die "ratio summary failed"/{f=1;next} /^PY$/{f=0} f' "$top/scripts/run-bench" > "$t/ratios.py"
lc="lockcost native=2.2 rmw=4.6 rmw_over_native=2.1"
for n in 1 2; do mkdir "$t/$n"; cp "$s20"/bench-full-$n-runs/bench-{1,2}.{csv,log} "$t/$n/"; done
python3 "$t/ratios.py" "$t/1" 2 "$lc" "$lc" "" "" > "$here/r1.txt"
python3 "$t/ratios.py" "$t/2" 2 "$lc" "$lc" "$here/r1.txt" "2026-12-06 07:53" > "$here/r2.txt"
