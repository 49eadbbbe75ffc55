set terminal png size 800,500
set output '/work/main/build/bench-guest-patches/guest-fairness.png'
set termoption noenhanced; set datafile missing '?'; set yrange [0.9:*]
set title 'fairness (nested): max/min acquisitions per writer, median (1 = fair; 99 = 99 or more)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'max/min per writer'; set xlabel 'vCPUs'; set key top left; set logscale y
plot '/work/main/build/bench-guest-patches/guest-fair.dat' using 2:xtic(1) title 'upstream', '/work/main/build/bench-guest-patches/guest-fair.dat' using 3:xtic(1) title 'patch3', '/work/main/build/bench-guest-patches/guest-fair.dat' using 4:xtic(1) title 'patch5', '/work/main/build/bench-guest-patches/guest-fair.dat' using 5:xtic(1) title 'ours'
