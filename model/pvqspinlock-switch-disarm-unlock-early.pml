/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-disarm-unlock-early.pml: MUST FAIL: a native unlock
 * meets a slow mark.
 *
 * The run-time switch (-DMODE_SWITCH, see pvqspinlock.pml) disarms with
 * the native unlock patched in before the grace period instead of after it:
 *
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	 	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *	+	static_call_update(queued_spin_unlock, native);
 *	 	synchronize_rcu();
 *	-	static_call_update(queued_spin_unlock, native);
 *
 * A PV queue head that entered the slowpath before the switch can still
 * mark the lock _Q_SLOW_VAL and halt; the owner's unlock, now the plain
 * store, clears the mark and kicks nobody.  The native unlock is safe only
 * once every PV slowpath (and every critical section behind one) has
 * ended: after synchronize_rcu().
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 1
#define MUTANT "pvqspinlock-switch-disarm-unlock-early.pml"
#include "pvqspinlock.pml"
#else
#define PV_LOCK_DISARM_DEFINED
inline pv_lock_disarm()
{
	sp_call = SP_TAS;
	pv_lock_mode = SP_TAS;
	unlock_pv = 0;				/* the native unlock before the grace period */
	printf("switcher: disarm: slowpath transition, unlock native\n");
	synchronize_rcu();
	pv_lock_mode = SP_NATIVE;
	sp_call = SP_NATIVE;
	printf("switcher: disarmed\n")
}
#endif
