/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock.pml: the series' PV qspinlock protocol, as written in
 *   kernel/locking/qspinlock_paravirt.h  the pv_* hooks and the unlock
 *   kernel/locking/qspinlock.c           the slowpath with pv_enabled()
 * for NCPU vCPUs sharing one lock.  README.md maps each step to the C by
 * function and quoted code; scripts/run-model runs this model and its
 * mutants.  The step comments quote the C as the series' earlier 6.12
 * version spelled it where the names differ (pv_decode(), ->head for the
 * hint, ->tail for the node's code, node->cpu); README.md gives today's
 * names.
 *
 * A step is one Promela statement: one load or one store.  An atomic { }
 * block is one locked instruction (xchg, cmpxchg) or a step together with
 * its ghost bookkeeping and its printf for the trail.  A spin loop that
 * would only read the same value again is written as a wait for the value
 * that ends it; a loop with a bounded number of spins (SPIN_THRESHOLD) is a
 * choice: the value it was waiting for, or give up now.
 *
 * Memory model: sequential consistency, plus the x86 store buffer where a
 * later load can pass an earlier store (TSO) in the two Dekker pairs of
 * the halt/kick handshake.  The MCS hand-over next->locked = 1 goes to
 * this vCPU's store buffer (sb_mcs_locked) and becomes visible when the
 * buffer drains; pv_wait_node()'s smp_store_mb() is written in program
 * order.  Each barrier has a mutant that lets the load pass the store.
 *
 * Mutants (pvqspinlock-*.pml, beside this file) replace one step or one
 * function each: a mutant #defines MUTANT to its own name and #includes
 * this file, which includes it again below the declarations
 * (PVQSPINLOCK_PML is then defined); there the mutant defines its version
 * of the inline and NAME_DEFINED, which skips ours.
 *
 * Properties (scripts/run-model):
 *   safety    assert: mutual exclusion; the unlock finds _Q_SLOW_VAL and a
 *             non-empty queue; the walk never reads the prev of a node
 *             that has not linked it, takes fewer hops than there are
 *             other vCPUs and ends at the queue head, also when it takes a
 *             head hint (which may name a node that left and is reused).
 *             invalid end state: a vCPU blocked forever (halted with no
 *             kick to come, or spinning on a lock nobody releases).
 *   liveness  ltl all_acquire under weak fairness: every vCPU gets the
 *             lock each round it asks for it and finishes.
 */

#define PVQSPINLOCK_PML

#ifndef NCPU
#define NCPU		3	/* vCPUs */
#endif
#ifndef NITER
#define NITER		2	/* lock/unlock rounds of cpu1: its node is reused */
#endif
#ifndef NITER_OTHERS
#define NITER_OTHERS	1	/* lock/unlock rounds of the other vCPUs */
#endif
#ifndef NITER2
#define NITER2		NITER_OTHERS	/* lock/unlock rounds of cpu2 */
#endif
#ifndef NINTERRUPTS
#define NINTERRUPTS	2	/* spurious wakeups + kicks consumed by nested halts */
#endif

#define NULL		0

/* A local that is dead from here on: reset it, so that it splits no states. */
#define forget(a)		a = 0
#define forget2(a, b)		atomic { a = 0; b = 0 }
#define forget3(a, b, c)	atomic { a = 0; b = 0; c = 0 }

/* lock->locked */
#define _Q_LOCKED_VAL	1
#define _Q_SLOW_VAL	3

/* enum vcpu_state */
#define vcpu_running	0
#define vcpu_halted	1
#define vcpu_marked	2

/*
 * struct qspinlock: (tail, pending, locked).  One node per vCPU (qnodes[0]:
 * no nesting), so the tail code encode_tail(cpu, 0) is the vCPU number
 * 1..NCPU, which also names its node; 0 is the empty queue.
 */
byte lock_locked;		/* lock->locked: 0, _Q_LOCKED_VAL, _Q_SLOW_VAL */
bit  lock_pending;		/* lock->pending */
byte lock_tail;			/* lock->tail */

/* struct pv_node of each vCPU; qn[NULL] is not used */
typedef pv_node {
	bit  locked;		/* mcs.locked */
	byte next;		/* mcs.next */
	byte prev;		/* prev */
	byte state;		/* state */
	byte head;		/* head: the head hint, a tail code or NULL */
	bit  onlock;		/* lock == this lock (else NULL: not queued) */
	bit  linked;		/* ghost: prev written since pv_init_node() */
};
pv_node qn[NCPU + 1];

/*
 * The hypervisor, as KVM does it: halted[] is a vCPU in HLT; pv_unhalted[]
 * is a kick that came while the vCPU was running: its next halt returns
 * at once.  (vCPU preemption by the host needs no model: any vCPU may be
 * left unscheduled at any step.)
 */
bit  halted[NCPU + 1];
bit  pv_unhalted[NCPU + 1];
byte interrupts = NINTERRUPTS;	/* budget shared by all vCPUs */

/* ghosts */
byte in_cs;			/* vCPUs in the critical section */
byte qhead;			/* the node at the head of the queue, or NULL */
byte nr_done;			/* vCPUs that finished all their rounds */
bit  head_rearmed;		/* the spinning head set the pending bit again */

#ifdef MODE_SWITCH
/*
 * -DMODE_SWITCH: the lock switches between native and PV at run time
 * (the series' pv_lock_switch(), arch/x86/kernel/paravirt-spinlocks.c).
 * Three slowpaths, chosen by
 * static_call(queued_spin_lock_slowpath) when a vCPU enters the slowpath:
 * the native one, the PV one, and the transition one, which only retries
 * the fast path's cmpxchg (lock word 0 -> _Q_LOCKED_VAL) until the switch
 * is done and then enters the new mode's slowpath.  The unlock is
 * static_call(queued_spin_unlock): PV's, or the native store patched
 * inline.  The switcher (proctype switcher below, a work item in the C)
 * changes them in the order that keeps the native and the PV slowpath
 * apart and a native unlock away from a slow mark:
 *
 *   arm:    unlock = PV; slowpath = transition; mode = SWITCHING;
 *           synchronize_rcu(); mode = PV; slowpath = PV
 *   disarm: slowpath = transition; mode = SWITCHING;
 *           synchronize_rcu(); mode = NATIVE; unlock = native;
 *           slowpath = native
 *
 * synchronize_rcu() waits for every preempt-disabled region that began
 * before it: a region is a vCPU's lock, critical section and unlock
 * (in_region, region_gen; a halted vCPU is still in its region).  The C
 * uses synchronize_rcu() too; a switcher work item stands for the
 * switcher process.
 * SWITCH_SEQ: 1 disarm, 2 arm, 3 disarm then arm, 4 arm then disarm.
 */
#define SP_NATIVE	0
#define SP_TAS		1	/* the transition slowpath; as pv_lock_mode: SWITCHING */
#define SP_PV		2
#ifndef SWITCH_SEQ
#define SWITCH_SEQ	1
#endif
#if SWITCH_SEQ == 1 || SWITCH_SEQ == 3
byte sp_call = SP_PV;		/* static_call(queued_spin_lock_slowpath) */
bit  unlock_pv = 1;		/* static_call(queued_spin_unlock) is PV's */
byte pv_lock_mode = SP_PV;	/* the mode a transition waiter moves to */
#else
byte sp_call = SP_NATIVE;
bit  unlock_pv = 0;
byte pv_lock_mode = SP_NATIVE;
#endif
bit  in_region[NCPU + 1];	/* preempt_disable() .. preempt_enable() around lock + unlock */
byte region_gen[NCPU + 1];	/* regions this vCPU has left */
bit  switch_done;		/* ghost: the switcher finished */
#endif

/*
 * pv_wait(ptr, val), KVM's kvm_wait(): halt unless *ptr != val; a kick
 * sent before the halt is not lost (pv_unhalted).  An interrupt can end
 * the halt (safe_halt() enables interrupts), and the halt of a nested
 * context (an interrupt handler waiting for another lock) can consume a
 * kick meant for us before we get here; both spend `interrupts'.
 */
inline pv_wait(ptr, val)
{
	if
	:: atomic { pv_unhalted[me] && interrupts > 0 ->
		interrupts--; pv_unhalted[me] = 0;
		printf("cpu%d: interrupt: a nested halt consumed our kick\n", me) }
	:: true
	fi;
	atomic {
		if
		:: ptr != val ->		/* if (READ_ONCE(*ptr) != val) return */
			printf("cpu%d: pv_wait: value changed, no halt\n", me)
		:: else ->
			if
			:: pv_unhalted[me] -> pv_unhalted[me] = 0;
				printf("cpu%d: pv_wait: kicked before the halt, no halt\n", me)
			:: else -> halted[me] = 1;	/* halt() */
				printf("cpu%d: pv_wait: halted\n", me)
			fi
		fi
	}
	if					/* halted until pv_kick() or an interrupt */
	:: atomic { halted[me] && interrupts > 0 ->
		interrupts--; halted[me] = 0;
		printf("cpu%d: pv_wait: spurious wakeup (interrupt)\n", me) }
	:: !halted[me]		/* pv_wait(): halted until pv_kick() (if halted) */
	fi
}

/* pv_kick(cpu), KVM_HC_KICK_CPU */
inline pv_kick(cpu)
{
	atomic {
		if
		:: halted[cpu] -> halted[cpu] = 0;
			printf("cpu%d: pv_kick(cpu%d): wakes it\n", me, cpu)
		:: else -> pv_unhalted[cpu] = 1;
			printf("cpu%d: pv_kick(cpu%d): not halted, pv_unhalted = 1\n", me, cpu)
		fi
	}
}

/*
 * The x86 store buffer of this vCPU, for the MCS hand-over:
 * arch_mcs_spin_unlock_contended() is smp_store_release(), a plain store
 * on x86, visible to others only when the buffer drains: at the latest at
 * the next locked instruction or full barrier.
 */
inline arch_mcs_spin_unlock_contended(n)
{
	sb_mcs_locked = n			/* [S] next->locked = 1 (buffered) */
}

inline sb_drain()
{
	atomic {
		if
		:: sb_mcs_locked != NULL ->
			qn[sb_mcs_locked].locked = 1;
			qhead = sb_mcs_locked;	/* ghost: the new queue head */
			printf("cpu%d: next->locked = 1 visible: cpu%d is the queue head\n", me, sb_mcs_locked);
			sb_mcs_locked = NULL
		:: else
		fi
	}
}

#ifdef MUTANT
#include MUTANT
#endif

/*
 * The steps that the mutants change, one inline each.
 */

/* pv_wait_node(): [S] pn->state = vcpu_halted; MB; [L] node->locked */
#ifndef SMP_STORE_MB_STATE_HALTED_DEFINED
inline smp_store_mb_state_halted(l)
{
	atomic { qn[me].state = vcpu_halted;	/* smp_store_mb(pn->state, vcpu_halted) */
	printf("cpu%d: pv_wait_node: pn->state = vcpu_halted; MB\n", me) }
	l = qn[me].locked			/* READ_ONCE(node->locked) */
}
#endif

/* pv_kick_node(): [S] next->locked = 1; MB; [RmW] pn->state */
#ifndef SMP_MB__BEFORE_ATOMIC_DEFINED
inline smp_mb__before_atomic()
{
	sb_drain()				/* and the LOCK prefix of the cmpxchg */
}
#endif

/* pv_wait_head_or_lock(): mark the lock, find out whether it was free */
#ifndef XCHG_LOCKED_SLOW_DEFINED
inline xchg_locked_slow(old)
{
	atomic {				/* old = xchg(&lock->locked, _Q_SLOW_VAL) */
		old = lock_locked; lock_locked = _Q_SLOW_VAL;
		printf("cpu%d: pv_wait_head_or_lock: xchg(&lock->locked, _Q_SLOW_VAL) = %d\n", me, old)
	}
}
#endif

/* __pv_queued_spin_unlock(): release a lock byte of _Q_LOCKED_VAL */
#ifndef TRY_CMPXCHG_RELEASE_LOCKED_DEFINED
inline try_cmpxchg_release_locked(old)
{
	atomic {				/* try_cmpxchg_release(&lock->locked, &locked, 0) */
		old = lock_locked;
		if
		:: lock_locked == _Q_LOCKED_VAL -> lock_locked = 0;
			printf("cpu%d: unlock: fast path\n", me)
		:: else
		fi
	}
}
#endif

/* __pv_queued_spin_unlock_slowpath(): release, then kick the head */
#ifndef RELEASE_AND_KICK_DEFINED
inline release_and_kick(cpu)
{
	atomic { lock_locked = 0;		/* smp_store_release(&lock->locked, 0) */
	printf("cpu%d: unlock slowpath: lock->locked = 0\n", me) }
	pv_kick(cpu)				/* pv_kick(cpu) */
}
#endif

/*
 * pv_hybrid_queued_unfair_trylock(), queued_spin_trylock() in the PV
 * slowpath.  A read of the lock word that would only cpu_relax() and read
 * again (locked, queue not empty, pending clear) waits instead.
 */
inline pv_hybrid_queued_unfair_trylock(ret)
{
	do
	:: atomic {				/* val = atomic_read(&lock->val) */
		!(lock_locked != 0 && lock_tail != NULL && !lock_pending) ->
		/* no stealer reads the bit clear once the spinning head has set it again after the last clear */
		assert(!(head_rearmed && !lock_pending));
		v_lp = (lock_locked != 0 || lock_pending); v_tail = lock_tail; v_pending = lock_pending }
		if
		:: !v_lp ->			/* try_cmpxchg_acquire(&lock->locked, 0, _Q_LOCKED_VAL) */
			atomic {
				if
				:: lock_locked == 0 -> lock_locked = _Q_LOCKED_VAL; ret = 1;
					printf("cpu%d: pv_hybrid_queued_unfair_trylock: got the lock (tail %d)\n", me, v_tail)
				:: else -> ret = 0
				fi
			}
		:: else -> ret = 0
		fi;
		if
		:: ret -> break			/* return true */
		:: !ret && (v_tail == NULL || v_pending) -> break	/* return false */
		:: else				/* cpu_relax() */
		fi
	od;
	forget3(v_lp, v_tail, v_pending)
}

/*
 * pv_pending_lock(): with an owner and nobody waiting, set the pending bit
 * and spin (bounded) for the lock byte to clear; take the lock with a
 * cmpxchg that also clears the bit; give up, clearing the bit, when the
 * spin threshold runs out; queue when the bit is gone.  (The bounded wait
 * for a pending hand-over in progress is only a delay: not modeled.)
 */
#ifndef PV_PENDING_LOCK_DEFINED
inline pv_pending_lock(ret)
{
	atomic {				/* atomic_try_cmpxchg_relaxed(&lock->val, &val, val | _Q_PENDING_VAL), */
		if				/* while !(val & ~_Q_LOCKED_MASK) */
		:: lock_tail == NULL && !lock_pending -> lock_pending = 1; ret = 1;
			printf("cpu%d: pv_pending_lock: pending set\n", me)
		:: else -> ret = 0
		fi
	}
	if
	:: ret ->
		ret = 0;
		do				/* for (loop = PV_PENDING_SPIN_THRESHOLD; loop; loop--) */
		:: !lock_pending -> break	/* val = atomic_read(); if (!(val & _Q_PENDING_MASK)) return false */
		:: atomic {			/* !(val & _Q_LOCKED_MASK) && atomic_try_cmpxchg_acquire(): *,1,0 -> *,0,1 */
			lock_pending && lock_locked == 0 ->
			lock_pending = 0; head_rearmed = 0; lock_locked = _Q_LOCKED_VAL; ret = 1;
			printf("cpu%d: pv_pending_lock: got the lock\n", me) }
			break
		:: atomic { old = 1; printf("cpu%d: pv_pending_lock: spin threshold\n", me) }
			break			/* the spin threshold */
		od;
		if
		:: old ->			/* clear_pending(lock): may be the head's bit by now */
			atomic { lock_pending = 0; head_rearmed = 0; old = 0 }
		:: else
		fi
	:: else
	fi
}
#endif

/*
 * pv_link_tail(): link the node to the current tail, then publish it,
 * p,*,* -> n,*,*; link again and retry when the tail moved.
 */
#ifndef PV_XCHG_TAIL_DEFINED
inline pv_link_tail(old)
{
	old = lock_tail;			/* old = READ_ONCE(lock->tail) */
	do
	:: atomic {				/* WRITE_ONCE(pn->prev, old) */
		qn[me].prev = old; qn[me].linked = 1 }
		if				/* WRITE_ONCE(pn->head, old ? 0 : pn->tail) */
		:: old == NULL -> qn[me].head = me
		:: else -> qn[me].head = NULL
		fi;
		atomic {			/* try_cmpxchg_release(&lock->tail, &old, tail) */
			if
			:: lock_tail == old -> lock_tail = me;
				if
				:: old == NULL -> qhead = me	/* ghost */
				:: else
				fi;
				printf("cpu%d: pv_link_tail: lock->tail %d -> %d (prev linked first)\n", me, old, me);
				break
			:: else -> old = lock_tail
			fi
		}
	od;
	qn[me].onlock = 1			/* smp_store_release(&pn->lock, lock) */
}
#endif

/*
 * pv_hint_head(): name the head h in the hint of the tail node.
 */
inline pv_hint_head(h)
{
	t = lock_tail;				/* tail = READ_ONCE(lock->tail) */
	if
	:: t != h -> atomic { qn[t].head = h;	/* WRITE_ONCE(pv_decode(tail)->head, head->tail) */
		printf("cpu%d: pv_hint_head: hint of tail cpu%d = cpu%d\n", me, t, h) }
	:: else
	fi;
	forget(t)
}

/*
 * pv_wait_node(): wait for the MCS lock, spin and then halt on the node's
 * state.  pv_wait_early() only ends the spin sooner.
 */
#ifndef PV_WAIT_NODE_DEFINED
inline pv_wait_node()
{
	do
	:: qn[me].locked -> break		/* if (READ_ONCE(node->locked)) return; */
	:: !qn[me].locked ->			/* SPIN_THRESHOLD spins or pv_wait_early() */
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
			ret = 0
		}
	od
}
#endif

/*
 * pv_kick_node(): we just passed the MCS lock to the node; if it is
 * halted, mark it and the lock so that our unlock kicks it.
 */
#ifndef PV_KICK_NODE_DEFINED
inline pv_kick_node(n)
{
	smp_mb__before_atomic();		/* smp_mb__before_atomic() */
	atomic {				/* try_cmpxchg_relaxed(&pn->state, vcpu_halted, vcpu_marked) */
		if
		:: qn[n].state == vcpu_halted -> qn[n].state = vcpu_marked; ret = 1
		:: else -> ret = 0;
			printf("cpu%d: pv_kick_node: cpu%d not halted, no mark\n", me, n)
		fi
	}
	sb_drain();				/* (empty here: TSO drains stores in order) */
	if
	:: ret ->
		pv_hint_head(n);		/* pv_hint_head(lock, pn) */
		atomic { lock_locked = _Q_SLOW_VAL;	/* WRITE_ONCE(lock->locked, _Q_SLOW_VAL) */
		printf("cpu%d: pv_kick_node: cpu%d halted -> marked, lock->locked = _Q_SLOW_VAL\n", me, n) }
	:: else
	fi
}
#endif

/*
 * The spinning head found the pending bit clear: a pending waiter that set
 * it before the head queued took the lock or gave up (and its
 * clear_pending() may clear a bit that is no longer its own).  Set it
 * again, so that lock stealers stay away.  head_rearmed is the ghost for
 * the stealers' assertion: every store of pending = 0 resets it, the
 * head's store sets it.
 */
#ifndef PV_HEAD_REARM_DEFINED
inline pv_head_rearm()
{
	atomic { lock_pending = 1; head_rearmed = 1;	/* set_pending(lock) */
	printf("cpu%d: pv_wait_head_or_lock: pending bit set again\n", me) }
}
#endif

/*
 * pv_wait_head_or_lock(): the queue head spins with the pending bit set,
 * then marks the lock _Q_SLOW_VAL and halts on the lock byte.
 *
 * The head of the series (patch 5, as upstream's hash-table code): it marks
 * the lock only once per queueing, and not at all when pv_kick_node()
 * marked it on its behalf (its state is vcpu_marked on entry); on later
 * rounds (its lock stolen after the kick) it sets vcpu_marked and
 * pv_wait() returns at once unless the byte is _Q_SLOW_VAL.
 * -DHEAD_MARKS_EVERY_ROUND: the head of the series' earlier 6.12 version,
 * which marks on every round (a policy the series may take up again).
 */
inline pv_wait_head_or_lock()
{
#ifndef HEAD_MARKS_EVERY_ROUND
	hmarked = (qn[me].state == vcpu_marked);	/* if (READ_ONCE(pn->state) == VCPU_MARKED) marked = true */
#endif
	do
	:: qn[me].state = vcpu_running;		/* WRITE_ONCE(pn->state, vcpu_running) */
		lock_pending = 1;		/* set_pending(lock) */
		do				/* for (loop = PV_HEAD_SPIN_THRESHOLD; loop; loop--) */
		:: lock_locked == 0 ->		/* trylock_clear_pending(): old = READ_ONCE(lock->locked_pending), locked 0 */
			atomic {		/* try_cmpxchg_acquire(&lock->locked_pending, &old, _Q_LOCKED_VAL) */
				if
				:: lock_locked == 0 ->
					lock_pending = 0; head_rearmed = 0; lock_locked = _Q_LOCKED_VAL; ret = 1;
					printf("cpu%d: pv_wait_head_or_lock: trylock_clear_pending() got the lock\n", me)
				:: else
				fi
			}
			if
			:: ret -> break		/* goto gotlock */
			:: else
			fi
		:: !lock_pending ->		/* if (!(atomic_read(&lock->val) & _Q_PENDING_MASK)) */
			pv_head_rearm()
#ifndef HEAD_MARKS_EVERY_ROUND
		/*
		 * The spin threshold: its last trylock_clear_pending() saw the
		 * lock held.  (Without this guard a head that no longer marks
		 * could give up every spin on a free lock forever, which the
		 * thousands of polls of a real spin cannot do.)
		 */
		:: lock_locked != 0 -> break
#else
		:: break			/* the spin threshold */
#endif
		od;
		if
		:: ret -> break
		:: else
		fi;
		atomic { lock_pending = 0; head_rearmed = 0 }	/* clear_pending(lock) */
#ifndef HEAD_MARKS_EVERY_ROUND
		if
		:: !hmarked ->			/* if (!marked) { marked = true; */
			hmarked = 1;
			pv_hint_head(me);	/* pv_set_head_hint(lock, pn) */
			xchg_locked_slow(old);	/* if (xchg(&lock->locked, _Q_SLOW_VAL) == 0) */
			if
			:: old == 0 ->		/* 0,0,0 -> *,0,3 -> *,0,1 */
				atomic { lock_locked = _Q_LOCKED_VAL;	/* WRITE_ONCE(lock->locked, _Q_LOCKED_VAL) */
				printf("cpu%d: pv_wait_head_or_lock: the lock was free, it is ours\n", me) }
				break		/* goto gotlock */
			:: else
			fi
		:: else
		fi;
		qn[me].state = vcpu_marked;	/* WRITE_ONCE(pn->state, VCPU_MARKED) */
		pv_wait(lock_locked, _Q_SLOW_VAL)	/* pv_wait(&lock->locked, _Q_SLOW_VAL) */
#else
		qn[me].state = vcpu_halted;	/* WRITE_ONCE(pn->state, vcpu_halted) */
		pv_hint_head(me);		/* pv_hint_head(lock, pn) */
		xchg_locked_slow(old);		/* if (xchg(&lock->locked, _Q_SLOW_VAL) == 0) */
		if
		:: old == 0 ->			/* 0,0,0 -> *,0,3 -> *,0,1 */
			atomic { lock_locked = _Q_LOCKED_VAL;	/* WRITE_ONCE(lock->locked, _Q_LOCKED_VAL) */
			printf("cpu%d: pv_wait_head_or_lock: the lock was free, it is ours\n", me) }
			qn[me].state = vcpu_running;	/* WRITE_ONCE(pn->state, vcpu_running) */
			break			/* goto gotlock */
		:: else ->
			pv_wait(lock_locked, _Q_SLOW_VAL)	/* pv_wait(&lock->locked, _Q_SLOW_VAL) */
		fi
#endif
	od;
	qn[me].onlock = 0;			/* gotlock: WRITE_ONCE(pn->lock, NULL) */
#ifndef HEAD_MARKS_EVERY_ROUND
	forget(hmarked);
#endif
	forget2(old, ret)
}

/*
 * pv_head_hint(): the node the hint of node n names, in h, if it is the
 * head of this lock's queue, else h = NULL.
 */
#ifndef PV_HEAD_HINT_DEFINED
inline pv_head_hint(n, h)
{
	h = qn[n].head;				/* hint = READ_ONCE(node->head) */
	if
	:: h == NULL || h == n -> h = NULL
	:: else ->
		if
		:: !qn[h].onlock -> h = NULL	/* smp_load_acquire(&head->lock) != lock */
		:: else ->
			if
			:: qn[h].locked		/* pv_node_is_head(head): mcs.locked */
			:: else ->
				atomic {	/* || !prev */
					assert(qn[h].linked);
					if
					:: qn[h].prev != NULL -> h = NULL
					:: else
					fi
				}
			fi
		fi
	fi
}
#endif

/*
 * queued_spin_unlock(): __pv_queued_spin_unlock() and
 * __pv_queued_spin_unlock_slowpath().
 */
inline pv_queued_spin_unlock()
{
	try_cmpxchg_release_locked(old);	/* if (try_cmpxchg_release(&lock->locked, &locked, 0)) */
	if
	:: old == _Q_LOCKED_VAL			/* return */
	:: else ->				/* __pv_queued_spin_unlock_slowpath(lock, locked) */
		assert(old == _Q_SLOW_VAL);	/* WARN "corrupted value" */
		atomic { n = lock_tail;		/* smp_rmb(); tail = atomic_read(&lock->val) & _Q_TAIL_MASK */
		printf("cpu%d: unlock slowpath: lock->locked = %d, walk from the tail cpu%d\n", me, old, n) }
		assert(n != NULL);		/* WARN "marked slow with an empty queue" */
		do				/* while (!pv_node_is_head(node)) */
		:: qn[n].locked -> break	/* READ_ONCE(node->mcs.locked) */
		:: else ->
			atomic {		/* !READ_ONCE(node->prev) */
				assert(qn[n].linked);	/* never read a prev not linked yet */
				p = qn[n].prev
			}
			if
			:: p == NULL -> break
			:: else
			fi;
			pv_head_hint(n, h);	/* head = pv_head_hint(lock, node) */
			if
			:: h != NULL ->		/* if (head) { node = head; break; } */
				atomic { n = h; h = NULL;
				printf("cpu%d: unlock slowpath: head hint taken\n", me) }
				break
			:: else
			fi;
			atomic {		/* node = READ_ONCE(node->prev) */
				assert(qn[n].linked);
				n = qn[n].prev;
				hops++;		/* if (++hops > MAX_NODES * nr_cpu_ids) WARN */
				assert(hops < NCPU - 1)	/* the unlocker itself is not queued */
			}
		od;
		atomic {			/* cpu = READ_ONCE(node->cpu) */
			assert(n == qhead);	/* the walk ends at the queue head */
			c = n;
			printf("cpu%d: unlock slowpath: walked %d hops from the tail to the head cpu%d\n", me, hops, c);
			n = 0; p = 0; hops = 0
		}
		release_and_kick(c);		/* smp_store_release(&lock->locked, 0); pv_kick(cpu) */
		forget(c)
	fi;
	forget(old)
}

#ifdef MODE_SWITCH
/*
 * native_queued_spin_lock_slowpath(): qspinlock.c without pv_enabled().
 * The wait for a pending hand-over in progress (val == _Q_PENDING_VAL) is
 * only a delay: not modeled.  The native node keeps its PV fields (prev,
 * state, head, lock) from an earlier PV queueing: only a PV walker reads
 * them, and none may meet a native node (linked = 0 makes it assert).
 */
#ifndef NATIVE_SLOWPATH_DEFINED
inline native_queued_spin_lock_slowpath(ret)
{
	atomic {				/* val = queued_fetch_set_pending_acquire(lock) */
		v_tail = lock_tail; v_pending = lock_pending; lock_pending = 1 }
	if
	:: v_tail != NULL || v_pending ->	/* if (unlikely(val & ~_Q_LOCKED_MASK)) */
		if
		:: !v_pending ->		/* if (!(val & _Q_PENDING_MASK)) clear_pending(lock) */
			atomic { lock_pending = 0; head_rearmed = 0 }
		:: else
		fi;
		forget2(v_tail, v_pending);
		goto native_queue
	:: else
	fi;
	lock_locked == 0;			/* smp_cond_load_acquire(&lock->locked, !VAL) */
	atomic {				/* clear_pending_set_locked(lock): a plain store */
		lock_pending = 0; head_rearmed = 0; lock_locked = _Q_LOCKED_VAL;
		printf("cpu%d: native: pending waiter takes the lock\n", me) }
	ret = 1;
	goto native_done;
native_queue:
	atomic {				/* node->locked = 0; node->next = NULL */
		qn[me].locked = 0; qn[me].next = NULL; qn[me].linked = 0 }
	atomic {				/* queued_spin_trylock(lock): lock word 0 -> _Q_LOCKED_VAL */
		if
		:: lock_locked == 0 && !lock_pending && lock_tail == NULL ->
			lock_locked = _Q_LOCKED_VAL; ret = 1
		:: else -> ret = 0
		fi
	}
	if
	:: ret -> goto native_done
	:: else
	fi;
	atomic {				/* old = xchg_tail(lock, tail) */
		old = lock_tail; lock_tail = me;
		if
		:: old == NULL -> qhead = me
		:: else
		fi;
		printf("cpu%d: native: lock->tail %d -> %d\n", me, old, me) }
	next = NULL;
	if
	:: old != NULL ->
		qn[old].next = me;		/* WRITE_ONCE(prev->next, node) */
		forget(old);
		qn[me].locked;			/* arch_mcs_spin_lock_contended(&node->locked) */
		next = qn[me].next		/* next = READ_ONCE(node->next) */
	:: else
	fi;
	atomic {				/* val = atomic_cond_read_acquire(&lock->val, !(VAL & _Q_LOCKED_PENDING_MASK)) */
		lock_locked == 0 && !lock_pending -> val_tail = lock_tail }
	if
	:: val_tail == me ->			/* atomic_try_cmpxchg_relaxed(&lock->val, &val, _Q_LOCKED_VAL) */
		atomic {
			if
			:: lock_tail == me && lock_locked == 0 && !lock_pending ->
				lock_tail = NULL; lock_locked = _Q_LOCKED_VAL; qhead = NULL; ret = 1
			:: else
			fi
		}
	:: else
	fi;
	forget(val_tail);
	if
	:: ret -> goto native_done
	:: else
	fi;
	atomic { lock_locked = _Q_LOCKED_VAL;	/* set_locked(lock): a plain store */
	printf("cpu%d: native: queue head sets the lock byte\n", me) }
#ifdef PROBE_NATIVE_SET_LOCKED
	assert(0);				/* coverage probe: set_locked() is reached */
#endif
	if
	:: next == NULL ->			/* next = smp_cond_load_relaxed(&node->next, (VAL)) */
		atomic { qn[me].next != NULL -> next = qn[me].next }
	:: else
	fi;
	atomic { qn[next].locked = 1; qhead = next;	/* arch_mcs_spin_unlock_contended(&next->locked) */
	printf("cpu%d: native: MCS lock passed to cpu%d (no kick)\n", me, next) }
#ifdef PROBE_NATIVE_HANDOVER
	assert(0);				/* coverage probe: the native MCS hand-over is reached */
#endif
	forget(next);
	ret = 1;
native_done:
	skip
}
#endif

/*
 * The transition slowpath: the fast path's cmpxchg, retried, which every
 * slowpath already runs beside; it queues on nothing, sets no pending bit,
 * marks nothing and never halts.  While the mode is not SWITCHING it
 * returns the mode's slowpath in sp (ret = 0): the old mode's before the
 * switcher writes SWITCHING (the transition is installed first), the new
 * mode's once the switch is done.  The model is sequentially consistent:
 * it checks the interleavings of these steps, not the C's memory-ordering
 * argument (the comments in arch/x86/kernel/paravirt-spinlocks.c).
 */
#ifndef TRANSITION_SLOWPATH_DEFINED
inline transition_slowpath(ret)
{
	do
	:: pv_lock_mode != SP_TAS ->		/* if (READ_ONCE(pv_lock_mode) != SWITCHING) */
		atomic { sp = pv_lock_mode; ret = 0;
		printf("cpu%d: transition: mode %d (not SWITCHING), into its slowpath\n", me, sp) }
#ifdef PROBE_TRANSITION_OLD_MODE
		assert(sp != SP_NATIVE);	/* coverage probe (arm): a transition caller read the old mode */
#endif
		break
	:: atomic {				/* atomic_try_cmpxchg_acquire(&lock->val, &val, _Q_LOCKED_VAL) */
		lock_locked == 0 && !lock_pending && lock_tail == NULL ->
		lock_locked = _Q_LOCKED_VAL; ret = 1;
		printf("cpu%d: transition: got the lock\n", me) }
		break
	od
}
#endif

/* native_queued_spin_unlock(): the inline store; no slow mark may exist */
#ifndef NATIVE_UNLOCK_DEFINED
inline native_queued_spin_unlock()
{
	atomic {				/* smp_store_release(&lock->locked, 0) */
		assert(lock_locked == _Q_LOCKED_VAL);	/* a native unlock never meets a slow mark */
		lock_locked = 0;
		printf("cpu%d: native unlock\n", me) }
}
#endif

/*
 * The region synchronize_rcu() waits for ends after the unlock: the
 * unlock's target, chosen before a switch, runs inside it.  The mutant
 * switch-arm-region-at-lock ends it when the lock is taken instead.
 */
#ifndef REGION_DEFINED
inline region_locked()
{
	skip
}

inline region_unlocked()
{
	atomic { region_gen[me]++; in_region[me] = 0 }
}
#endif

/* synchronize_rcu(): wait for every region that began before it to end */
inline synchronize_rcu()
{
	for (c : 1 .. NCPU) {
		atomic { g = region_gen[c]; w = in_region[c] }
		if
		:: w -> region_gen[c] != g	/* vCPU c left the region it was in */
		:: else
		fi
	}
	forget3(c, g, w)
}

#ifndef PV_LOCK_ARM_DEFINED
inline pv_lock_arm()
{
	unlock_pv = 1;				/* static_call_update(queued_spin_unlock, PV) */
	sp_call = SP_TAS;			/* static_call_update(queued_spin_lock_slowpath, transition) */
	pv_lock_mode = SP_TAS;			/* WRITE_ONCE(pv_lock_mode, SWITCHING) */
	printf("switcher: arm: unlock PV, slowpath transition\n");
	synchronize_rcu();
	pv_lock_mode = SP_PV;			/* smp_store_release(&pv_lock_mode, PV) */
	sp_call = SP_PV;			/* static_call_update(queued_spin_lock_slowpath, PV) */
	printf("switcher: armed\n")
}
#endif

#ifndef PV_LOCK_DISARM_DEFINED
inline pv_lock_disarm()
{
	sp_call = SP_TAS;			/* static_call_update(queued_spin_lock_slowpath, transition) */
	pv_lock_mode = SP_TAS;			/* WRITE_ONCE(pv_lock_mode, SWITCHING) */
	printf("switcher: disarm: slowpath transition\n");
	synchronize_rcu();
	pv_lock_mode = SP_NATIVE;		/* smp_store_release(&pv_lock_mode, NATIVE) */
	unlock_pv = 0;				/* static_call_update(queued_spin_unlock, native) */
	sp_call = SP_NATIVE;			/* static_call_update(queued_spin_lock_slowpath, native) */
	printf("switcher: disarmed\n")
}
#endif

#endif /* MODE_SWITCH */

active [NCPU] proctype vcpu()
{
	byte me = _pid + 1;	/* smp_processor_id() + 1: our node and our tail code */
	byte iter;
	byte old, next, n, p, c, hops, h, t;
	bit  ret, v_lp, v_pending;
	bit  hmarked;		/* the head's "marked" (not with HEAD_MARKS_EVERY_ROUND) */
	byte v_tail, val_tail, val_locked;
	bit  val_pending;
	byte sb_mcs_locked;	/* store buffer: next->locked = 1 not visible yet */
#ifdef MODE_SWITCH
	byte sp;		/* the slowpath this vCPU runs */
#endif

	for (iter : 1 .. (me == 1 -> NITER : (me == 2 -> NITER2 : NITER_OTHERS))) {
#ifdef MODE_SWITCH
		in_region[me] = 1;		/* preempt_disable() */
#endif
		atomic {			/* queued_spin_lock(): atomic_try_cmpxchg_acquire(&lock->val, 0, _Q_LOCKED_VAL) */
			if
			:: lock_locked == 0 && !lock_pending && lock_tail == NULL ->
				lock_locked = _Q_LOCKED_VAL; ret = 1;
				printf("cpu%d: queued_spin_lock: fast path\n", me)
			:: else -> ret = 0
			fi
		}
		if
		:: ret -> goto release
		:: else
		fi;

#ifdef MODE_SWITCH
		sp = sp_call;			/* static_call(queued_spin_lock_slowpath)(lock, val) */
slowpath_call:
		if
		:: sp == SP_NATIVE ->
			native_queued_spin_lock_slowpath(ret);
			goto release
		:: sp == SP_TAS ->
			transition_slowpath(ret);
			if
			:: ret -> goto release
			:: else -> goto slowpath_call
			fi
		:: sp == SP_PV
		fi;
#endif
		/* __pv_queued_spin_lock_slowpath(): if (pv_enabled()) { if (pv_pending_lock()) return; goto pv_queue; } */
		pv_pending_lock(ret);
		if
		:: ret -> goto release
		:: else
		fi;
pv_queue:
		atomic {			/* node->locked = 0; node->next = NULL; pv_init_node(node) */
			qn[me].locked = 0; qn[me].next = NULL;
			qn[me].state = vcpu_running; qn[me].linked = 0
		}
		pv_hybrid_queued_unfair_trylock(ret);	/* if (queued_spin_trylock(lock)) */
		if
		:: ret -> goto release		/* goto release */
		:: else
		fi;
						/* smp_wmb() */
		pv_link_tail(old);		/* old = pv_link_tail(lock, node, tail) */
		next = NULL;
		if
		:: old != NULL ->		/* if (old & _Q_TAIL_MASK) */
			qn[old].next = me;	/* WRITE_ONCE(prev->next, node) */
			if			/* pv_wait_node(): if (!READ_ONCE(pn->head)) */
			:: qn[me].head == NULL ->
				h = qn[old].head;	/* WRITE_ONCE(pn->head, READ_ONCE(pp->head)) */
				atomic { qn[me].head = h; h = NULL }
			:: else
			fi;
			forget(old);
			pv_wait_node();		/* pv_wait_node(node, prev) */
			qn[me].locked;		/* arch_mcs_spin_lock_contended(&node->locked) */
			next = qn[me].next	/* next = READ_ONCE(node->next) */
		:: else
		fi;
		pv_wait_head_or_lock();		/* if ((val = pv_wait_head_or_lock(lock, node))) */
		atomic {			/* gotlock: return atomic_read(&lock->val) | _Q_LOCKED_VAL */
			val_tail = lock_tail; val_pending = lock_pending;
			val_locked = lock_locked | _Q_LOCKED_VAL
		}
						/* goto locked */
		if
		:: val_tail == me ->		/* if ((val & _Q_TAIL_MASK) == tail) */
			atomic {		/* atomic_try_cmpxchg_relaxed(&lock->val, &val, _Q_LOCKED_VAL) */
				if
				:: lock_tail == val_tail && lock_pending == val_pending &&
				   lock_locked == val_locked ->
					lock_tail = NULL; lock_pending = 0; head_rearmed = 0; lock_locked = _Q_LOCKED_VAL;
					qhead = NULL;	/* ghost: the queue is empty */
					ret = 1
				:: else
				fi
			}
		:: else
		fi;
		forget3(val_tail, val_pending, val_locked);
		if
		:: ret -> goto release		/* goto release; no contention */
		:: else
		fi;
		lock_locked = _Q_LOCKED_VAL;	/* set_locked(lock) */
		if
		:: next == NULL ->		/* next = smp_cond_load_relaxed(&node->next, (VAL)) */
			atomic { qn[me].next != NULL -> next = qn[me].next }
		:: else
		fi;
		arch_mcs_spin_unlock_contended(next);	/* arch_mcs_spin_unlock_contended(&next->locked) */
		pv_kick_node(next);		/* pv_kick_node(lock, next) */
		sb_drain();			/* (drained by the next locked instruction) */
		forget(next);

release:					/* the lock is ours */
		atomic { forget(ret); in_cs++;
		printf("cpu%d: critical section (round %d)\n", me, iter) }
		assert(in_cs == 1);		/* mutual exclusion */
		in_cs--;

#ifdef MODE_SWITCH
		region_locked();
		if				/* static_call(queued_spin_unlock)(lock) */
		:: unlock_pv -> pv_queued_spin_unlock()
		:: else -> native_queued_spin_unlock()
		fi;
		forget(sp);
		region_unlocked()		/* preempt_enable() */
#else
		pv_queued_spin_unlock()		/* queued_spin_unlock(lock) */
#endif
	}
	nr_done++
}

/* Every vCPU gets the lock each time it asks, so each finishes its rounds. */
#ifdef MODE_SWITCH
/* after the vCPUs, so that vCPU n is proc n-1 (me = _pid + 1) */
active proctype switcher()
{
	byte c, g;
	bit  w;
#if SWITCH_SEQ == 1
	pv_lock_disarm();
#elif SWITCH_SEQ == 2
	pv_lock_arm();
#elif SWITCH_SEQ == 3
	pv_lock_disarm();
	pv_lock_arm();
#else
	pv_lock_arm();
	pv_lock_disarm();
#endif
	switch_done = 1
}
ltl all_acquire { <> (nr_done == NCPU && switch_done) }
#else
ltl all_acquire { <> (nr_done == NCPU) }
#endif
