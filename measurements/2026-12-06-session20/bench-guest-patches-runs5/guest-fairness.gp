set terminal png size 800,500
set output '/work/main/build/bench-guest-patches/guest-fairness.png'
set title 'fairness in a KVM guest (nested): max/min acquisitions per writer, median (1 = fair)'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'max/min per writer'; set xlabel 'vCPUs'; set key top left; set logscale y
plot '/work/main/build/bench-guest-patches/guest-fair.dat' using 2:xtic(1) title 'upstream', '/work/main/build/bench-guest-patches/guest-fair.dat' using 3:xtic(1) title 'patch5', '/work/main/build/bench-guest-patches/guest-fair.dat' using 4:xtic(1) title 'ours'
