/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-nomb-wait-node.pml: MUST FAIL with a lost wakeup.
 *
 * pv_wait_node() without the barrier of smp_store_mb():
 *
 *	-	smp_store_mb(pn->state, vcpu_halted);
 *	+	WRITE_ONCE(pn->state, vcpu_halted);
 *		if (!READ_ONCE(node->locked))
 *			pv_wait(&pn->state, vcpu_halted);
 *
 * On x86 the store of vcpu_halted waits in the store buffer while the load
 * of node->locked reads 0; meanwhile the new owner stores node->locked = 1
 * and its pv_kick_node() reads vcpu_running, so it does not mark the lock.
 * We halt, the unlock takes the fast path, and nobody kicks us.  (The store
 * drains by the VM exit of pv_wait() at the latest.)
 *
 * EXPECT: invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-nomb-wait-node.pml"
#include "pvqspinlock.pml"
#else
#define SMP_STORE_MB_STATE_HALTED_DEFINED
inline smp_store_mb_state_halted(l)
{
	if
	:: atomic { qn[me].state = vcpu_halted;	/* WRITE_ONCE(pn->state, vcpu_halted) */
		printf("cpu%d: pv_wait_node: pn->state = vcpu_halted (drains at once)\n", me) }
		l = qn[me].locked		/* READ_ONCE(node->locked) */
	:: atomic { l = qn[me].locked;		/* READ_ONCE(node->locked) passes the store */
		printf("cpu%d: pv_wait_node: reads node->locked = %d; pn->state = vcpu_halted still in the store buffer\n", me, l) }
		atomic { qn[me].state = vcpu_halted;	/* the store drains */
		printf("cpu%d: pv_wait_node: store buffer drains: pn->state = vcpu_halted\n", me) }
	fi
}
#endif
