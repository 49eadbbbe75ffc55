/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-nomb-kick-node.pml: MUST FAIL with a lost wakeup.
 *
 * pv_kick_node() with no full barrier between the MCS hand-over and the
 * load of the node's state:
 *
 *		arch_mcs_spin_unlock_contended(&next->locked);
 *		...
 *	-	smp_mb__before_atomic();
 *		if (!try_cmpxchg_relaxed(&pn->state, &old, vcpu_marked))
 *
 * On x86 the LOCK prefix of the cmpxchg is a full barrier by itself and
 * smp_mb__before_atomic() is only a compiler barrier: this mutant is the
 * code on an architecture whose relaxed cmpxchg does not order an earlier
 * store (or with a plain load of pn->state in front of the cmpxchg).  The
 * cmpxchg reads vcpu_running while node->locked = 1 is still in the store
 * buffer; the waiter stores vcpu_halted, reads node->locked == 0 and
 * halts; nothing marked the lock, the unlock takes the fast path.
 *
 * EXPECT: invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-nomb-kick-node.pml"
#include "pvqspinlock.pml"
#else
#define SMP_MB__BEFORE_ATOMIC_DEFINED
inline smp_mb__before_atomic()
{
	if
	:: sb_drain()				/* the store happens to drain now */
	:: atomic { sb_mcs_locked != NULL ->	/* or stays in the store buffer */
		printf("cpu%d: pv_kick_node: no barrier, next->locked = 1 still in the store buffer\n", me) }
	fi
}
#endif
