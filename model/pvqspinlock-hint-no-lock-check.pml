/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-hint-no-lock-check.pml: MUST FAIL: the unlock kicks a node
 * that is no longer the queue head, and the head is never woken.
 *
 * The head hint taken on the strength of pv_node_is_head() alone, without
 * the check that the named node is still queued on this lock:
 *
 *	-	if (smp_load_acquire(&head->lock) != lock)
 *	-		return NULL;
 *		return pv_node_is_head(head) ? head : NULL;
 *
 * A node keeps mcs.locked == 1 (or prev == NULL) after it took the lock
 * and left the queue, until it queues again; a hint copied along the queue
 * may still name it.  The walk takes it, kicks its vCPU, and the real head,
 * halted on the lock byte, waits forever.
 *
 * EXPECT: assertion violated \(n==qhead\)|invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-hint-no-lock-check.pml"
#include "pvqspinlock.pml"
#else
#define PV_HEAD_HINT_DEFINED
inline pv_head_hint(n, h)
{
	h = qn[n].head;				/* hint = READ_ONCE(node->head) */
	if
	:: h == NULL || h == n -> h = NULL
	:: else ->
		if
		:: qn[h].locked			/* pv_node_is_head(head): mcs.locked */
		:: else ->
			atomic {		/* || !prev (not linked yet: stale) */
				if
				:: qn[h].prev != NULL -> h = NULL
				:: else
				fi
			}
		fi
	fi
}
#endif
