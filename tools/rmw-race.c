// SPDX-License-Identifier: GPL-2.0
/*
 * rmw-race: can two threads lose each other's bits in a word they both
 * update with a read-modify-write that has no lock prefix?  The premise
 * of running the nested host's L0 QEMU on one host CPU (issue 17):
 *
 * QEMU 7.2's helper_vmrun() sets CPU_INTERRUPT_VIRQ in
 * cpu->interrupt_request with one unlocked `orl $0x100, mem` in the vCPU
 * thread, without the iothread lock, while the iothread sets
 * CPU_INTERRUPT_POLL in the same word (`or %ebp, mem` in
 * tcg_handle_interrupt(), accel-tcg-x86_64.so, under that lock) when the
 * APIC timer fires.  On two CPUs the vCPU's or can read the
 * word before the iothread's or and write it back after, and POLL is
 * gone.  On one CPU an instruction is never split by a context switch,
 * so two one-instruction RmWs cannot lose each other's bits; an RmW of
 * three instructions (load, or, store) still can, which is the control
 * that shows this test sees a loss when one happens.
 *
 * usage: rmw-race insn|split|tight CPU_A CPU_B SECONDS
 * Two threads, pinned to CPU_A and CPU_B (the same CPU for the one-CPU
 * case), each set their own bit, wait a few hundred cycles, check that
 * the bit is still set and clear it, in a loop; the split RmW waits as
 * long between its load and its store, so that a context switch on one
 * CPU lands in its window about as often as in the check's.  tight is
 * insn without the wait: the most contention, to show the two-CPU loss.
 * Prints "rmw-race op=OP cpus=A,B secs=S ops=N lost=L" and exits 0;
 * exit 2 on bad arguments or when a thread cannot be pinned.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if !defined(__x86_64__)
#error "rmw-race: x86-64 only"
#endif

static unsigned int word;
static int stop;
static int split, tight;

struct worker {
	int cpu;
	unsigned int bit;
	unsigned long ops, lost;
	int pinned;
};

static inline void set_bit_insn(unsigned int bit)
{
	asm volatile("orl %1, %0" : "+m" (word) : "ir" (bit));
}

static inline void clear_bit_insn(unsigned int bit)
{
	asm volatile("andl %1, %0" : "+m" (word) : "ir" (~bit));
}

/* A few hundred cycles: the windows the test looks into. */
static inline void delay(void)
{
	int i;

	for (i = 0; i < 50; i++)
		asm volatile("pause" ::: "memory");
}

/* load, (delay), or, store: a read-modify-write that a switch can split. */
static inline void set_bit_split(unsigned int bit)
{
	unsigned int tmp;

	asm volatile("movl %0, %1" : "=r" (tmp) : "m" (word));
	delay();
	asm volatile("orl %2, %1\n\tmovl %1, %0"
		     : "=m" (word), "+r" (tmp) : "ir" (bit));
}

static inline void clear_bit_split(unsigned int bit)
{
	unsigned int tmp;

	asm volatile("movl %0, %1\n\tandl %2, %1\n\tmovl %1, %0"
		     : "+m" (word), "=&r" (tmp) : "ir" (~bit));
}

static void *run(void *arg)
{
	struct worker *w = arg;
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(w->cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		return NULL;
	w->pinned = 1;
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
		unsigned int seen;

		if (split)
			set_bit_split(w->bit);
		else
			set_bit_insn(w->bit);
		/* The other thread's stale write can land here. */
		if (!tight)
			delay();
		asm volatile("movl %1, %0" : "=r" (seen) : "m" (word));
		if (!(seen & w->bit))
			w->lost++;
		if (split)
			clear_bit_split(w->bit);
		else
			clear_bit_insn(w->bit);
		w->ops++;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	struct worker w[2] = { { .bit = 0x100 }, { .bit = 0x10 } };
	pthread_t t[2];
	struct timespec d;
	double secs;
	int i;

	if (argc != 5 || (strcmp(argv[1], "insn") && strcmp(argv[1], "split") &&
			  strcmp(argv[1], "tight"))) {
		fprintf(stderr, "usage: rmw-race insn|split|tight CPU_A CPU_B SECONDS\n");
		return 2;
	}
	split = !strcmp(argv[1], "split");
	tight = !strcmp(argv[1], "tight");
	w[0].cpu = atoi(argv[2]);
	w[1].cpu = atoi(argv[3]);
	secs = atof(argv[4]);
	if (secs <= 0 || secs > 600) {
		fprintf(stderr, "rmw-race: SECONDS must be in (0, 600]\n");
		return 2;
	}
	for (i = 0; i < 2; i++)
		if (pthread_create(&t[i], NULL, run, &w[i])) {
			fprintf(stderr, "rmw-race: cannot start a thread\n");
			return 2;
		}
	d.tv_sec = (time_t)secs;
	d.tv_nsec = (long)((secs - (double)d.tv_sec) * 1e9);
	nanosleep(&d, NULL);
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	for (i = 0; i < 2; i++)
		if (!w[i].pinned) {
			fprintf(stderr, "rmw-race: cannot pin a thread to CPU %d\n", w[i].cpu);
			return 2;
		}
	printf("rmw-race op=%s cpus=%d,%d secs=%g ops=%lu lost=%lu\n", argv[1],
	       w[0].cpu, w[1].cpu, secs, w[0].ops + w[1].ops, w[0].lost + w[1].lost);
	return 0;
}
