set terminal png size 800,500
set output '/work/main/build/bench-guest-patches/guest-waits.png'
set title 'pv_wait calls and kicks per million acquisitions (median; each a halt or a kick, a VM exit on real hardware)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'per million acquisitions'; set xlabel 'vCPUs'; set key top left
plot '/work/main/build/bench-guest-patches/guest-pv.dat' using 2:xtic(1) title 'upstream waits', '' using 3 title 'upstream kicks', '/work/main/build/bench-guest-patches/guest-pv.dat' using 4:xtic(1) title 'patch5 waits', '' using 5 title 'patch5 kicks', '/work/main/build/bench-guest-patches/guest-pv.dat' using 6:xtic(1) title 'ours waits', '' using 7 title 'ours kicks'
