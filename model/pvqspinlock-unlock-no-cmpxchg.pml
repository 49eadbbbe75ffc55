/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-unlock-no-cmpxchg.pml: MUST FAIL with a lost wakeup.
 *
 * The unlock fast path with a load and a store instead of the cmpxchg:
 *
 *	-	if (try_cmpxchg_release(&lock->locked, &locked, 0))
 *	-		return;
 *	+	locked = READ_ONCE(lock->locked);
 *	+	if (locked == _Q_LOCKED_VAL) {
 *	+		smp_store_release(&lock->locked, 0);
 *	+		return;
 *	+	}
 *
 * The queue head's xchg(&lock->locked, _Q_SLOW_VAL) gets in between: it
 * finds the lock held and halts, the unlock overwrites _Q_SLOW_VAL with 0
 * and takes the fast path; nobody kicks the head.  The two read-modify-
 * writes on the lock byte are what orders the mark against the release.
 *
 * EXPECT: invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-unlock-no-cmpxchg.pml"
#include "pvqspinlock.pml"
#else
#define TRY_CMPXCHG_RELEASE_LOCKED_DEFINED
inline try_cmpxchg_release_locked(old)
{
	atomic { old = lock_locked;		/* locked = READ_ONCE(lock->locked) */
	printf("cpu%d: unlock: reads lock->locked = %d\n", me, old) }
	if
	:: old == _Q_LOCKED_VAL ->
		atomic { lock_locked = 0;	/* smp_store_release(&lock->locked, 0) */
		printf("cpu%d: unlock: fast path, lock->locked = 0\n", me) }
	:: else
	fi
}
#endif
