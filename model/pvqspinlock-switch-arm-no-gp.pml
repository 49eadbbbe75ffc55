/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-arm-no-gp.pml: MUST FAIL: the native and the PV
 * slowpath run at once.
 *
 * The run-time switch (-DMODE_SWITCH) arms without waiting for the native
 * slowpaths already running:
 *
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	 	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *	-	synchronize_rcu();
 *	 	smp_store_release(&pv_lock_mode, PV_LOCK_PV);
 *	 	static_call_update(queued_spin_lock_slowpath, PV);
 *
 * A native waiter in flight meets PV waiters on the same lock.  The trail:
 * a native pending waiter saw the lock byte 0 and takes the lock with
 * clear_pending_set_locked(), a plain store, after a PV waiter's hybrid
 * trylock took it with a cmpxchg of the byte: two owners.  (Other ways
 * the two slowpaths break each other, e.g. a native MCS hand-over to a
 * halted PV waiter without pv_kick_node(), are not what this trail shows.)
 * Only the transition slowpath (the fast path's cmpxchg) runs beside both.
 *
 * EXPECT: assertion violated|invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define MUTANT "pvqspinlock-switch-arm-no-gp.pml"
#include "pvqspinlock.pml"
#else
#define PV_LOCK_ARM_DEFINED
inline pv_lock_arm()
{
	unlock_pv = 1;
	sp_call = SP_TAS;
	pv_lock_mode = SP_TAS;
	printf("switcher: arm: unlock PV, slowpath transition\n");
						/* no synchronize_rcu() */
	pv_lock_mode = SP_PV;
	sp_call = SP_PV;
	printf("switcher: armed\n")
}
#endif
