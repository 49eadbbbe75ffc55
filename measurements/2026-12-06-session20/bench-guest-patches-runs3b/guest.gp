set terminal png size 800,500
set output '/work/main/build/bench-guest-patches/guest.png'
set termoption noenhanced
set title 'locktorture spin_lock in a guest (nested): median per second'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'thousand acquisitions/s'; set xlabel 'vCPUs'; set key top right
plot '/work/main/build/bench-guest-patches/guest.dat' using 2:xtic(1) title 'upstream', '/work/main/build/bench-guest-patches/guest.dat' using 3:xtic(1) title 'patch3', '/work/main/build/bench-guest-patches/guest.dat' using 4:xtic(1) title 'patch5', '/work/main/build/bench-guest-patches/guest.dat' using 5:xtic(1) title 'ours'
