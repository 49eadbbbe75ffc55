set terminal png size 800,500
set output '/work/main/build/bench-guest-xen/guest-fairness.png'
set termoption noenhanced; set datafile missing '?'; set yrange [0.9:*]
set title 'fairness (nested): max/min acquisitions per writer, median (1 = fair; 99 = 99 or more)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'max/min per writer'; set xlabel 'vCPUs'; set key top left; set logscale y
plot '/work/main/build/bench-guest-xen/guest-fair.dat' using 2:xtic(1) title 'ours@xen', '/work/main/build/bench-guest-xen/guest-fair.dat' using 3:xtic(1) title 'upstream@xen'
