/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-mayhalt.pml: MUST FAIL with a lost wakeup.
 *
 * The "mayhalt" heuristic of the reference patch (v9 17/19,
 * pv_queue_spin_check() and pv_halt_check()): a waiter sets pv->mayhalt,
 * with a barrier, some spins (MAYHALT_THRESHOLD) before it halts; the new
 * owner checks the waiter's state, and pays for the barrier, only if it
 * sees mayhalt set:
 *
 *	pv_kick_node()
 *	-	smp_mb__before_atomic();
 *	-	if (!try_cmpxchg_relaxed(&pn->state, &old, vcpu_marked))
 *	-		return;
 *	+	if (!READ_ONCE(pn->mayhalt))
 *	+		return;
 *	+	smp_mb();
 *	+	if (!try_cmpxchg_relaxed(&pn->state, &old, vcpu_marked))
 *	+		return;
 *
 *	pv_wait_node()
 *	+	pn->mayhalt = true; smp_mb();	(at MAYHALT_THRESHOLD)
 *		... spin up to SPIN_THRESHOLD ...
 *		smp_store_mb(pn->state, vcpu_halted);
 *
 * The load of mayhalt has no barrier in front of it: it can pass the
 * store node->locked = 1 in the store buffer.  "It is highly unlikely that
 * the actual writing to the qhead flag will be more than 0x10 iterations
 * later than the reading of the mayhalt flag" -- unlikely, not impossible:
 * the owner reads mayhalt == 0, the waiter sets mayhalt, halts and reads
 * node->locked == 0 (still buffered), and nobody marks the lock.
 *
 * EXPECT: invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MUTANT "pvqspinlock-mayhalt.pml"
#include "pvqspinlock.pml"
#else
bit mayhalt[NCPU + 1];			/* pv->mayhalt */

#define PV_WAIT_NODE_DEFINED
inline pv_wait_node()
{
	do
	:: qn[me].locked -> break		/* if (READ_ONCE(node->locked)) return; */
	:: !qn[me].locked ->			/* count == MAYHALT_THRESHOLD */
		atomic { mayhalt[me] = 1;	/* pv->mayhalt = true; smp_mb() */
		printf("cpu%d: pv_wait_node: mayhalt = true; MB\n", me) }
		if
		:: qn[me].locked -> break	/* the last 0x10 spins */
		:: !qn[me].locked		/* count >= QSPIN_THRESHOLD */
		fi;
		smp_store_mb_state_halted(ret);
		if
		:: !ret ->			/* if (!READ_ONCE(node->locked)) */
			pv_wait(qn[me].state, vcpu_halted)
		:: else
		fi;
		atomic {			/* cmpxchg(&pn->state, vcpu_halted, vcpu_running) */
			if
			:: qn[me].state == vcpu_halted -> qn[me].state = vcpu_running
			:: else
			fi;
			mayhalt[me] = 0;	/* pv->mayhalt = false */
			ret = 0
		}
	od
}

#define PV_KICK_NODE_DEFINED
inline pv_kick_node(n)
{
	atomic {				/* if (READ_ONCE(pn->mayhalt)), no barrier before */
		if
		:: mayhalt[n] -> ret = 1
		:: else -> ret = 0;
			printf("cpu%d: pv_kick_node: cpu%d mayhalt == false, no check\n", me, n)
		fi
	}
	if
	:: ret ->
		smp_mb__before_atomic();	/* smp_mb() */
		atomic {			/* try_cmpxchg_relaxed(&pn->state, vcpu_halted, vcpu_marked) */
			if
			:: qn[n].state == vcpu_halted -> qn[n].state = vcpu_marked
			:: else -> ret = 0
			fi
		}
	:: else
	fi;
	sb_drain();				/* drains before the store below */
	if
	:: ret ->
		pv_hint_head(n);		/* pv_hint_head(lock, pn) */
		atomic { lock_locked = _Q_SLOW_VAL;	/* WRITE_ONCE(lock->locked, _Q_SLOW_VAL) */
		printf("cpu%d: pv_kick_node: cpu%d halted -> marked, lock->locked = _Q_SLOW_VAL\n", me, n) }
	:: else
	fi
}
#endif
