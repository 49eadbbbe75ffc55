/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-pending-plain-store.pml: MUST FAIL mutual exclusion.
 *
 * The PV pending waiter takes the lock the way the native slowpath does,
 * with clear_pending_set_locked(), a plain store, once it sees the lock
 * byte 0 and its pending bit set:
 *
 *	-	if (!(val & _Q_LOCKED_MASK) &&
 *	-	    atomic_try_cmpxchg_acquire(&lock->val, &val,
 *	-				       (val & ~_Q_PENDING_MASK) | _Q_LOCKED_VAL))
 *	+	if (!(val & _Q_LOCKED_MASK)) {
 *	+		clear_pending_set_locked(lock);
 *
 * In the PV slowpath the pending bit is not owned: the queue head takes a
 * free lock whatever the bit says (trylock_clear_pending(), or its
 * xchg() of the lock byte).  Between the pending waiter's load and its
 * store the head takes the lock, and the store hands it out a second
 * time.  Every PV acquisition has to be an atomic RmW on the lock byte.
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-pending-plain-store.pml"
#include "pvqspinlock.pml"
#else
#define PV_PENDING_LOCK_DEFINED
inline pv_pending_lock(ret)
{
	atomic {
		if
		:: lock_tail == NULL && !lock_pending -> lock_pending = 1; ret = 1;
			printf("cpu%d: pv_pending_lock: pending set\n", me)
		:: else -> ret = 0
		fi
	}
	if
	:: ret ->
		ret = 0;
		do
		:: !lock_pending -> break
		:: lock_pending && lock_locked == 0 ->	/* val = atomic_read(&lock->val) */
			atomic { lock_pending = 0; head_rearmed = 0; lock_locked = _Q_LOCKED_VAL; ret = 1;	/* clear_pending_set_locked() */
			printf("cpu%d: pv_pending_lock: plain store, the lock is ours\n", me) }
			break
		:: atomic { old = 1; printf("cpu%d: pv_pending_lock: spin threshold\n", me) }
			break
		od;
		if
		:: old -> atomic { lock_pending = 0; head_rearmed = 0; old = 0 }
		:: else
		fi
	:: else
	fi
}
#endif
