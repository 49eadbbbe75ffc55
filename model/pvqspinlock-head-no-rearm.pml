/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-head-no-rearm.pml: MUST FAIL the stealers' assertion.
 *
 * The spinning queue head does not set the pending bit again when it
 * finds it clear:
 *
 *	 		if (trylock_clear_pending(lock))
 *	 			goto gotlock;
 *	-		if (!(atomic_read(&lock->val) & _Q_PENDING_MASK))
 *	-			set_pending(lock);
 *
 * The head sets the bit once when it starts to spin, but a pending waiter
 * that set it before the queue formed clears it when its cmpxchg takes the
 * lock (or when it gives up).  For the rest of the head's spin the bit
 * stays clear and every release is a race between the head and the lock
 * stealers in pv_hybrid_queued_unfair_trylock(): a running head can be
 * starved.  The trail: cpu1 takes the lock through the pending bit while
 * the head spins, then comes back as a stealer and reads the bit clear.
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-head-no-rearm.pml"
#include "pvqspinlock.pml"
#else
#define PV_HEAD_REARM_DEFINED
inline pv_head_rearm()
{
	atomic { head_rearmed = 1;	/* the head saw the bit clear and left it so */
	printf("cpu%d: pv_wait_head_or_lock: pending bit clear, left so\n", me) }
}
#endif
