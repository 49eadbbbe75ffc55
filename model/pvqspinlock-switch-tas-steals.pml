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
 * While arming, native slowpaths are still running.  A native queue head
 * that saw the lock free and itself the tail tries to take the whole word
 * with a cmpxchg; after a steal it fails, and the native code, which
 * knows no stealers, reads the failure as a waiter queued behind it: it
 * sets the lock byte with set_locked(), a plain store, over the
 * stealer's lock and waits for a successor that is not coming.  (That
 * plain store after a steal could also make two owners when a successor
 * does come; the model did not show it at 4 vCPUs with one round each.)
 * Stealing is safe beside the PV slowpath only.
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
