/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-arm-no-gp.pml: MUST FAIL: the native and the PV
 * slowpath run at once.
 *
 * The run-time switch (-DMODE_SWITCH) arms without waiting for the native
 * slowpaths already running:
 *
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	-	synchronize_rcu();
 *	 	static_call_update(queued_spin_lock_slowpath, PV);
 *
 * A native queue head in flight meets PV waiters: it passes the MCS lock
 * to a PV waiter halted in pv_wait_node() without pv_kick_node(), takes a
 * free lock with set_locked(), a plain store, while a PV waiter steals it
 * with a cmpxchg, or leaves a PV waiter's walk a node without prev.  The
 * two slowpaths share the lock word but not its rules; only the
 * transition slowpath (the fast path's cmpxchg) runs beside both.
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
	pv_lock_mode = SP_TAS;
	sp_call = SP_TAS;
	printf("switcher: arm: unlock PV, slowpath transition\n");
						/* no synchronize_rcu() */
	sp_call = SP_PV;
	pv_lock_mode = SP_PV;
	printf("switcher: armed\n")
}
#endif
