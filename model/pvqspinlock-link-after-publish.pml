/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-link-after-publish.pml: MUST FAIL: the walk reads the prev
 * of a node that has not linked it yet.
 *
 * The order of the reference patch and of upstream's MCS queue: publish
 * the node as the new tail with xchg_tail(), then link it to the old tail:
 *
 *	-	old = pv_link_tail(lock, node, tail);
 *	+	old = xchg_tail(lock, tail);
 *	+	WRITE_ONCE(pn->prev, decode_tail(old));
 *
 * An unlock slowpath that runs in between reads the new tail and walks on
 * a node whose prev is still NULL (pv_node_is_head() then takes it for the
 * head, and the real head is never kicked) or is left over from the node's
 * last use (the walk goes to a node that is no longer queued).
 *
 * EXPECT: assertion violated qn\[n\]\.linked
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-link-after-publish.pml"
#include "pvqspinlock.pml"
#else
#define PV_XCHG_TAIL_DEFINED
inline pv_link_tail(old)
{
	atomic {				/* old = xchg_tail(lock, tail) */
		old = lock_tail; lock_tail = me;
		if
		:: old == NULL -> qhead = me	/* ghost */
		:: else
		fi;
		printf("cpu%d: xchg_tail: lock->tail %d -> %d, prev not linked yet\n", me, old, me)
	}
	atomic {				/* WRITE_ONCE(pn->prev, decode_tail(old)) */
		qn[me].prev = old; qn[me].linked = 1 }
	if				/* WRITE_ONCE(pn->head, old ? 0 : pn->tail) */
	:: old == NULL -> qn[me].head = me
	:: else -> qn[me].head = NULL
	fi;
	qn[me].onlock = 1			/* smp_store_release(&pn->lock, lock) */
}
#endif
