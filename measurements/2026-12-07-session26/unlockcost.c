// SPDX-License-Identifier: GPL-2.0
/*
 * unlockcost (session 26, a measurement, not tooling): where target 1's
 * one-task cost goes.  tools/lockcost.c's bare loops, plus the armed PV
 * unlock as an x86-64 guest runs it: a direct call of a thunk with the
 * body of 7.3's PV_UNLOCK_ASM (push %rdx; mov $1,%eax; xor %edx,%edx;
 * lock cmpxchg %dl,(%rdi); jne; pop %rdx; ret), and the same call of a
 * thunk that unlocks with the plain store, to part the call's cost from
 * the locked RmW's.  One task, the lock word in L1; ns per lock+unlock
 * pair, the median of 7 runs of 20M pairs; printed in one line.
 * Build: gcc -O2 -mno-red-zone -o unlockcost unlockcost.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define PAIRS	20000000UL
#define RUNS	7

static volatile unsigned char word;

asm(".pushsection .text\n"
    ".balign 16\n"
    "thunk_rmw:\n\t"
    "push %rdx\n\t"
    "mov $1,%eax\n\t"
    "xor %edx,%edx\n\t"
    "lock; cmpxchg %dl,(%rdi)\n\t"
    "jne 1f\n\t"
    "pop %rdx\n\t"
    "ret\n"
    "1:\tud2\n"
    ".balign 16\n"
    "thunk_store:\n\t"
    "movb $0,(%rdi)\n\t"
    "ret\n"
    ".popsection");

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static inline void lock(void)
{
	unsigned char old = 0;

	asm volatile("lock cmpxchgb %2, %1"
		     : "+a"(old), "+m"(word) : "q"((unsigned char)1) : "memory", "cc");
}

static void loop_native(unsigned long n)
{
	while (n--) {
		lock();
		asm volatile("movb $0, %0" : "=m"(word) : : "memory");
	}
}

static void loop_rmw(unsigned long n)
{
	unsigned char old;

	while (n--) {
		lock();
		old = 1;
		asm volatile("lock cmpxchgb %2, %1"
			     : "+a"(old), "+m"(word) : "q"((unsigned char)0) : "memory", "cc");
	}
}

static void loop_call_store(unsigned long n)
{
	unsigned long rax;

	while (n--) {
		lock();
		asm volatile("call thunk_store" : "=a"(rax) : "D"(&word) : "memory", "cc");
	}
}

static void loop_call_rmw(unsigned long n)
{
	unsigned long rax;

	while (n--) {
		lock();
		asm volatile("call thunk_rmw" : "=a"(rax) : "D"(&word) : "memory", "cc");
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

	fn(PAIRS / 10);
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
	double cstore = median_ns(loop_call_store);
	double crmw = median_ns(loop_call_rmw);

	printf("unlockcost native=%.2f rmw=%.2f call_store=%.2f call_rmw=%.2f"
	       " rmw/native=%.3f call_store/native=%.3f call_rmw/native=%.3f\n",
	       native, rmw, cstore, crmw, rmw / native, cstore / native, crmw / native);
	return 0;
}
