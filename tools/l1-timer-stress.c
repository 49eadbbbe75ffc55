// SPDX-License-Identifier: GPL-2.0
/*
 * l1-timer-stress NS: sleep NS nanoseconds, again and again, forever.
 * Run in the nested host (L1) by boot-guest when PVQ_L1_STRESS names
 * this program (built static): every sleep arms L1's APIC timer, and
 * every expiry is an interrupt that L0's iothread posts to L1's vCPU
 * (CPU_INTERRUPT_POLL), many times more often than L1's own timers do.
 * That multiplies the chances of the lost update of issue 17 (README,
 * "Why the nested host stopped"): an experiment, not part of any test.
 */
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
	long ns = argc > 1 ? atol(argv[1]) : 20000;
	struct timespec ts = { .tv_sec = 0, .tv_nsec = ns };

	if (ns <= 0 || ns >= 1000000000L)
		return 2;
	for (;;)
		nanosleep(&ts, NULL);
}
