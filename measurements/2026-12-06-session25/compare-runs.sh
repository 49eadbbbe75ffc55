#!/usr/bin/env bash
# compare-runs.sh: scripts/run-bench's ratio summary (its python, taken
# from the script itself, not a copy) on this session's second make bench
# (bench-run2-files/: its two harness runs' logs), compared with the first
# (bench-run1-files/ratios.txt, the first run's own summary).  make bench
# made no comparison itself: between the two runs the tree's revision
# changed (patch 9's comment and documentation, a vocabulary sentence),
# and its configuration key named the revision; the harness binary was the
# same (harness=a9f9244e3143ad3e in both configs).  Writes compare.txt.
set -e
here=$(cd "$(dirname "$0")" && pwd) top=$(cd "$here/../.." && pwd)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
awk '/<<.PY. \|\| die "ratio summary failed"/{f=1;next} /^PY$/{f=0} f' "$top/scripts/run-bench" > "$t/ratios.py"
cp "$here"/bench-run2-files/bench-{1,2}.{csv,log} "$t/"
python3 "$t/ratios.py" "$t" 2 \
	"lockcost native=6.80 rmw=10.31 store=0.26 rmw_over_native=1.516" \
	"lockcost native=6.72 rmw=10.54 store=0.27 rmw_over_native=1.568" \
	"$here/bench-run1-files/ratios.txt" "$(cat "$here/bench-run1-files/finished")" > "$here/compare.txt"
