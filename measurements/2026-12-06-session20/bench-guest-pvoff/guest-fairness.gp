set terminal png size 800,500
set output '/work/main/build/bench-guest-pvoff/guest-fairness.png'
set termoption noenhanced; set datafile missing '?'; set yrange [0.9:*]
set title 'fairness (nested): max/min acquisitions per writer, median (1 = fair; 99 = 99 or more)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'max/min per writer'; set xlabel 'vCPUs'; set key top left; set logscale y
plot '/work/main/build/bench-guest-pvoff/guest-fair.dat' using 2:xtic(1) title 'ours@realtime', '/work/main/build/bench-guest-pvoff/guest-fair.dat' using 3:xtic(1) title 'upstream@realtime', '/work/main/build/bench-guest-pvoff/guest-fair.dat' using 4:xtic(1) title 'ours@nounhalt', '/work/main/build/bench-guest-pvoff/guest-fair.dat' using 5:xtic(1) title 'upstream@nounhalt', '/work/main/build/bench-guest-pvoff/guest-fair.dat' using 6:xtic(1) title 'ours@nohv', '/work/main/build/bench-guest-pvoff/guest-fair.dat' using 7:xtic(1) title 'upstream@nohv'
