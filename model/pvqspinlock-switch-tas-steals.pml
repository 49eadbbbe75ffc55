/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-tas-steals.pml: MUST FAIL: a native queue head waits
 * forever.
 *
 * The transition slowpath of the run-time switch (-DMODE_SWITCH) takes a
 * free lock whatever the queue, as PV's hybrid unfair trylock does
 * (locked and pending 0, tail ignored), instead of only the whole word 0:
 *
 *	-	if (!val && atomic_try_cmpxchg_acquire(&lock->val, &val, _Q_LOCKED_VAL))
 *	+	if (!(val & _Q_LOCKED_PENDING_MASK) &&
 *	+	    cmpxchg_acquire(&lock->locked, 0, _Q_LOCKED_VAL) == 0)
 *
 * While arming, native slowpaths are still running, and a native queue
 * head takes a free lock with set_locked(), a plain store, after its
 * wait for locked and pending 0: at once when a successor is queued
 * behind it, and after a failed cmpxchg of the whole word when it was the
 * tail.  A steal between that wait and the store hands the lock out
 * twice.  The shortest trail (3 vCPUs): the head, alone, fails its
 * cmpxchg on the stolen word, sets the lock byte once the stealer has
 * gone, and waits forever for a successor that is not coming.  With 4
 * vCPUs, cpu1 taking the lock twice (`-DNCPU=4`, `pan -E` with a random
 * bitstate search, `-DBITSTATE -DT_RAND -DP_RAND`, `-RS7`): the head with
 * a successor sets the lock byte over the stealer's lock and both are
 * inside, `assert(in_cs == 1)`.  Stealing is safe beside the PV slowpath
 * only.
 *
 * EXPECT: invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define MUTANT "pvqspinlock-switch-tas-steals.pml"
#include "pvqspinlock.pml"
#else
#define TRANSITION_SLOWPATH_DEFINED
inline transition_slowpath(ret)
{
	do
	:: pv_lock_mode != SP_TAS ->
		atomic { sp = pv_lock_mode; ret = 0 }
		break
	:: atomic {
		lock_locked == 0 && !lock_pending ->	/* the tail ignored */
		lock_locked = _Q_LOCKED_VAL; ret = 1;
		printf("cpu%d: transition: stole the lock (tail %d)\n", me, lock_tail) }
		break
	od
}
#endif
