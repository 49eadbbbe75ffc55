set terminal png size 800,500
set output '/work/main/build/bench-guest-xen/guest.png'
set termoption noenhanced
set title 'locktorture spin_lock in a guest (nested): median per second'
set style data histogram; set style histogram cluster gap 1; set style fill solid border -1
set ylabel 'thousand acquisitions/s'; set xlabel 'vCPUs'; set key top right
plot '/work/main/build/bench-guest-xen/guest.dat' using 2:xtic(1) title 'ours@xen', '/work/main/build/bench-guest-xen/guest.dat' using 3:xtic(1) title 'upstream@xen'
