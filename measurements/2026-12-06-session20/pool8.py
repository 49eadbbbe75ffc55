# The eight rounds at 8 vCPUs pooled (cover, README, NOTE): medians of all
# clean runs of both per-patch sets, acquisitions/s and pv_wait calls per
# million acquisitions over the test.  Run in this directory.
import csv, statistics
a = list(csv.DictReader(open('bench-guest-patches-runs5/guest.csv'))) + \
    list(csv.DictReader(open('bench-guest-patches-runs3b/guest.csv')))
for m in ['upstream', 'patch3', 'patch5', 'ours']:
    ok = [r for r in a if r['mode'] == m and r['verdict'] == 'PASS']
    v = [float(r['acq_per_s']) for r in ok]
    w = [float(r['test_waits']) * 1e6 / float(r['total']) for r in ok]
    print(m, 'runs', len(v), 'acq/s median', round(statistics.median(v) / 1e3), 'k',
          'pv_wait per M median', round(statistics.median(w)))
