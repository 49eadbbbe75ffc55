set terminal png size 800,500
set output '/work/main/build/bench-guest-xen/guest-waits.png'
set termoption noenhanced; set datafile missing '?'
set title 'pv_wait calls and kicks per million acquisitions, median (nested)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'per million acquisitions'; set xlabel 'vCPUs'; set key top left
plot '/work/main/build/bench-guest-xen/guest-pv.dat' using 2:xtic(1) title 'ours@xen waits', '' using 3 title 'ours@xen kicks', '/work/main/build/bench-guest-xen/guest-pv.dat' using 4:xtic(1) title 'upstream@xen waits', '' using 5 title 'upstream@xen kicks'
