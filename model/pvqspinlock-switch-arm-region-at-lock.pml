/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-arm-region-at-lock.pml: MUST FAIL: a native unlock
 * meets a slow mark.
 *
 * The run-time switch (-DMODE_SWITCH) as designed, but the grace period
 * covers only the lock's acquisition, not the unlock behind it: a vCPU's
 * region ends when it has the lock (as if synchronize_rcu() waited only
 * for slowpaths in flight).  Arming then waits for no vCPU that took the
 * lock before it and still holds it: that vCPU chose the native unlock
 * (read the static call) before the arm and runs it after a PV head has
 * marked the lock.  The arm needs every call of the native unlock chosen
 * before it to be done: the unlock inside the region, which in the C is
 * the spinlock's preempt-disabled section.  (Disarming does not need it:
 * a PV unlock is safe on any lock.)
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define MUTANT "pvqspinlock-switch-arm-region-at-lock.pml"
#include "pvqspinlock.pml"
#else
#define REGION_DEFINED
inline region_locked()
{
	atomic { region_gen[me]++; in_region[me] = 0 }	/* the region ends with the lock taken */
}

inline region_unlocked()
{
	skip
}
#endif
