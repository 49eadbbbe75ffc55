/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-kick-before-release.pml: MUST FAIL with a lost wakeup.
 *
 * The unlock slowpath kicks the head before it releases the lock:
 *
 *	-	smp_store_release(&lock->locked, 0);
 *		pv_kick(cpu);
 *	+	smp_store_release(&lock->locked, 0);
 *
 * The kick reaches the head while the lock byte is still _Q_SLOW_VAL: the
 * head wakes (or its next halt returns at once), finds the lock taken,
 * goes round (it has marked the lock already: it only sets vcpu_marked;
 * with -DHEAD_MARKS_EVERY_ROUND it marks it again) and halts on
 * _Q_SLOW_VAL; then the lock is released and nobody kicks the head.
 *
 * EXPECT: invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-kick-before-release.pml"
#include "pvqspinlock.pml"
#else
#define RELEASE_AND_KICK_DEFINED
inline release_and_kick(cpu)
{
	pv_kick(cpu);				/* pv_kick(cpu) */
	atomic { lock_locked = 0;		/* smp_store_release(&lock->locked, 0) */
	printf("cpu%d: unlock slowpath: lock->locked = 0\n", me) }
}
#endif
