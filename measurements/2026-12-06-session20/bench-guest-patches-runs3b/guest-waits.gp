set terminal png size 800,500
set output '/work/main/build/bench-guest-patches/guest-waits.png'
set termoption noenhanced; set datafile missing '?'
set title 'pv_wait calls and kicks per million acquisitions, median (nested)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'per million acquisitions'; set xlabel 'vCPUs'; set key top left
plot '/work/main/build/bench-guest-patches/guest-pv.dat' using 2:xtic(1) title 'upstream waits', '' using 3 title 'upstream kicks', '/work/main/build/bench-guest-patches/guest-pv.dat' using 4:xtic(1) title 'patch3 waits', '' using 5 title 'patch3 kicks', '/work/main/build/bench-guest-patches/guest-pv.dat' using 6:xtic(1) title 'patch5 waits', '' using 7 title 'patch5 kicks', '/work/main/build/bench-guest-patches/guest-pv.dat' using 8:xtic(1) title 'ours waits', '' using 9 title 'ours kicks'
