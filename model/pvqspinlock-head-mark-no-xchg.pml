/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-head-mark-no-xchg.pml: MUST FAIL: the lock taken twice, or a lost wakeup.
 *
 * The queue head marks the lock with a load and a store instead of xchg():
 *
 *	-	if (xchg(&lock->locked, _Q_SLOW_VAL) == 0) {
 *	+	old = READ_ONCE(lock->locked);
 *	+	WRITE_ONCE(lock->locked, _Q_SLOW_VAL);
 *	+	if (old == 0) {
 *
 * A lock stealer's cmpxchg (or the owner's unlock) gets in between: the
 * head reads the lock free, a stealer takes it, the head overwrites its
 * _Q_LOCKED_VAL and believes the lock is ours too.  (Or: the head reads
 * the lock held, the owner releases it, the head marks the free lock and
 * halts, and nobody will ever unlock it.)
 *
 * EXPECT: invalid end state|assertion violated \(in_cs==1\)
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-head-mark-no-xchg.pml"
#include "pvqspinlock.pml"
#else
#define XCHG_LOCKED_SLOW_DEFINED
inline xchg_locked_slow(old)
{
	atomic { old = lock_locked;		/* old = READ_ONCE(lock->locked) */
	printf("cpu%d: pv_wait_head_or_lock: reads lock->locked = %d\n", me, old) }
	atomic { lock_locked = _Q_SLOW_VAL;	/* WRITE_ONCE(lock->locked, _Q_SLOW_VAL) */
	printf("cpu%d: pv_wait_head_or_lock: lock->locked = _Q_SLOW_VAL\n", me) }
}
#endif
