// SPDX-License-Identifier: GPL-2.0
/*
 * lockcost: what a locked instruction costs on this machine, one task,
 * the lock word in L1.  The limits any one-task lock/unlock row of the
 * benchmark is measured against:
 *
 *   native   lock cmpxchg + movb $0   (x86's native lock + unlock)
 *   rmw      lock cmpxchg + lock cmpxchg  (a lock + an unlock that is a
 *            locked RmW, as upstream's PV unlock)
 *   store    movb $1 + movb $0        (no locked instruction at all)
 *
 * Prints one line: "lockcost native=N rmw=N store=N rmw_over_native=R"
 * (ns per pair, the median of 7 runs of 20M pairs each).  x86 only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#if !defined(__x86_64__) && !defined(__i386__)
#error "lockcost: x86 only"
#endif

#define PAIRS	20000000UL
#define RUNS	7

static volatile unsigned char word;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void loop_native(unsigned long n)
{
	unsigned char old;

	while (n--) {
		old = 0;
		asm volatile("lock cmpxchgb %2, %1"
			     : "+a"(old), "+m"(word) : "q"((unsigned char)1) : "memory", "cc");
		asm volatile("movb $0, %0" : "=m"(word) : : "memory");
	}
}

static void loop_rmw(unsigned long n)
{
	unsigned char old;

	while (n--) {
		old = 0;
		asm volatile("lock cmpxchgb %2, %1"
			     : "+a"(old), "+m"(word) : "q"((unsigned char)1) : "memory", "cc");
		old = 1;
		asm volatile("lock cmpxchgb %2, %1"
			     : "+a"(old), "+m"(word) : "q"((unsigned char)0) : "memory", "cc");
	}
}

static void loop_store(unsigned long n)
{
	while (n--) {
		asm volatile("movb $1, %0" : "=m"(word) : : "memory");
		asm volatile("movb $0, %0" : "=m"(word) : : "memory");
	}
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median_ns(void (*fn)(unsigned long))
{
	double t[RUNS], t0;
	int i;

	fn(PAIRS / 10);				/* warm up */
	for (i = 0; i < RUNS; i++) {
		t0 = now();
		fn(PAIRS);
		t[i] = (now() - t0) / PAIRS;
	}
	qsort(t, RUNS, sizeof(t[0]), cmp);
	return t[RUNS / 2];
}

int main(void)
{
	double native = median_ns(loop_native);
	double rmw = median_ns(loop_rmw);
	double store = median_ns(loop_store);

	printf("lockcost native=%.2f rmw=%.2f store=%.2f rmw_over_native=%.3f\n",
	       native, rmw, store, rmw / native);
	return 0;
}
