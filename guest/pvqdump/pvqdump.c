// SPDX-License-Identifier: GPL-2.0
/*
 * pvqdump: where a stuck test guest's vCPUs are, on an NMI.
 *
 * Project tooling, not part of the series: the guest's init loads it
 * before the test, and the host side (boot-guest, or the nested host's
 * l1-init) injects an NMI into every vCPU through the QEMU monitor when a
 * guest does not finish in time.  On that NMI every CPU prints its
 * backtrace (dump_stack() from NMI context shows the interrupted context
 * after the <NMI> frames); the first CPU waits for the others, then
 * prints the lock word and the state of every qspinlock queue node of
 * every CPU and nesting level, and panics, which flushes the console
 * even when every vCPU sits halted with interrupts disabled (an NMI's
 * printk is only stored; its console output needs an interrupt or a
 * panic).
 *
 * The queue nodes are static per-cpu data of kernel/locking/qspinlock.c;
 * their address comes from System.map as a module parameter (qnodes=).
 * Their layout is the series' struct pv_node (layout=series) or 6.12's
 * (layout=upstream, with its lock -> node hash table: hash=, hash_bits=).
 * The decoding below mirrors those structs; the raw words are printed as
 * well, so a layout that drifts stays readable.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/percpu.h>
#include <linux/cpumask.h>
#include <linux/delay.h>
#include <linux/atomic.h>
#include <linux/uaccess.h>
#include <asm/nmi.h>

static unsigned long qnodes;
module_param(qnodes, ulong, 0444);
MODULE_PARM_DESC(qnodes, "address of the per-cpu qnodes array (System.map)");
static unsigned long hash;
module_param(hash, ulong, 0444);
MODULE_PARM_DESC(hash, "address of pv_lock_hash (6.12's hash table pointer)");
static unsigned long hash_bits;
module_param(hash_bits, ulong, 0444);
MODULE_PARM_DESC(hash_bits, "address of pv_lock_hash_bits");
static char *layout = "series";
module_param(layout, charp, 0444);
MODULE_PARM_DESC(layout, "series or upstream");
static int nodes = 4;
module_param(nodes, int, 0444);
MODULE_PARM_DESC(nodes, "queue nodes per CPU (MAX_NODES, at most 4)");
static int node_size = 32;
module_param(node_size, int, 0444);
MODULE_PARM_DESC(node_size, "sizeof(struct qnode)");

struct mcs_mirror {
	void *next;
	int locked;
	int count;
};

struct series_node {		/* the series' struct pv_node */
	struct mcs_mirror mcs;
	u32 *lock;
	u16 tail;
	u16 prev;
	u16 head;
	u8 state;
	u8 kicked;
};

struct upstream_node {		/* 6.12's struct pv_node */
	struct mcs_mirror mcs;
	int cpu;
	u8 state;
};

struct hash_entry {		/* 6.12's struct pv_hash_entry */
	u32 *lock;
	struct upstream_node *node;
};

static atomic_t printed = ATOMIC_INIT(0);
static struct cpumask answered;
static atomic_t dumper = ATOMIC_INIT(-1);

static const char *state_name(u8 s)
{
	bool series = !strcmp(layout, "series");

	switch (s) {
	case 0: return "running";
	case 1: return "halted";
	case 2: return series ? "marked" : "hashed";
	default: return "?";
	}
}

static void print_lock_word(const char *what, u32 *lock)
{
	u32 v;

	if (!lock)
		return;
	/* A stale pointer must not fault in NMI context. */
	if (get_kernel_nofault(v, lock)) {
		pr_emerg("pvqdump:   %s %px: unreadable\n", what, lock);
		return;
	}
	pr_emerg("pvqdump:   %s %px = 0x%08x (locked 0x%02x pending %u tail cpu %d idx %u)\n",
		 what, lock, v, v & 0xff, (v >> 8) & 0xff,
		 (int)(v >> 18) - 1, (v >> 16) & 3);
}

static void dump_nodes(void)
{
	bool series = !strcmp(layout, "series");
	int cpu, idx;

	pr_emerg("pvqdump: queue nodes (layout %s, %d per CPU); tail code = (cpu + 1) << 2 | idx\n",
		 layout, nodes);
	/* Every possible CPU: one going up or down still takes spinlocks. */
	for_each_possible_cpu(cpu) {
		void *base = per_cpu_ptr((void __percpu *)qnodes, cpu);
		int depth = ((struct mcs_mirror *)base)->count;

		for (idx = 0; idx < nodes; idx++) {
			void *p = base + idx * node_size;
			u32 *w = p;

			if (series) {
				struct series_node *n = p;

				if (idx >= depth && !n->lock && !n->state)
					continue;
				pr_emerg("pvqdump: cpu %d node %d%s: locked %d next %px lock %px tail 0x%04x prev 0x%04x head 0x%04x state %u (%s) kicked %u\n",
					 cpu, idx, idx < depth ? " (in use)" : "",
					 n->mcs.locked, n->mcs.next, n->lock, n->tail,
					 n->prev, n->head, n->state, state_name(n->state),
					 n->kicked);
				print_lock_word("lock", n->lock);
			} else {
				struct upstream_node *n = p;

				if (idx >= depth && !n->state)
					continue;
				pr_emerg("pvqdump: cpu %d node %d%s: locked %d next %px cpu %d state %u (%s)\n",
					 cpu, idx, idx < depth ? " (in use)" : "",
					 n->mcs.locked, n->mcs.next, n->cpu, n->state,
					 state_name(n->state));
			}
			pr_emerg("pvqdump:   raw %*ph\n", min(node_size, 32), w);
		}
	}
	if (!series && hash && hash_bits) {
		struct hash_entry *h = *(struct hash_entry **)hash;
		unsigned int i, n = 1U << *(unsigned int *)hash_bits;

		pr_emerg("pvqdump: lock hash: %u entries\n", n);
		for (i = 0; h && i < n; i++) {
			struct hash_entry e;

			if (get_kernel_nofault(e, &h[i]) || !e.lock)
				continue;
			pr_emerg("pvqdump: hash[%u]: lock %px node %px\n", i, e.lock, e.node);
			print_lock_word("lock", e.lock);
		}
	}
}

static int pvqdump_nmi(unsigned int type, struct pt_regs *regs)
{
	int cpu = smp_processor_id();
	int first = -1;
	int i;

	atomic_try_cmpxchg(&dumper, &first, cpu);
	pr_emerg("pvqdump: CPU %d: NMI backtrace\n", cpu);
	dump_stack();
	cpumask_set_cpu(cpu, &answered);
	atomic_inc(&printed);
	if (first != -1)
		return NMI_HANDLED;	/* another CPU prints the nodes */

	/*
	 * Wait up to 10 s for the other CPUs' backtraces: nested, a halted
	 * vCPU's thread in the KVM host must be woken and scheduled on the
	 * host's one CPU first (2 s was not enough for three halted vCPUs).
	 */
	for (i = 0; i < 10000 && atomic_read(&printed) < num_online_cpus(); i++)
		mdelay(1);
	pr_emerg("pvqdump: %d of %d CPUs answered the NMI (answered: %*pbl)\n",
		 atomic_read(&printed), num_online_cpus(), cpumask_pr_args(&answered));
	if (qnodes)
		dump_nodes();
	else
		pr_emerg("pvqdump: no qnodes address given, no node dump\n");
	pr_emerg("pvqdump: end of dump\n");
	nmi_panic(regs, "pvqdump: dump done");
	return NMI_HANDLED;
}

static int __init pvqdump_init(void)
{
	int ret;

	if (strcmp(layout, "series") && strcmp(layout, "upstream")) {
		pr_err("pvqdump: layout must be series or upstream, not '%s'\n", layout);
		return -EINVAL;
	}
	if (nodes < 1 || nodes > 4 || node_size < (int)sizeof(struct series_node)) {
		pr_err("pvqdump: bad nodes=%d or node_size=%d\n", nodes, node_size);
		return -EINVAL;
	}
	ret = register_nmi_handler(NMI_UNKNOWN, pvqdump_nmi, 0, "pvqdump");
	if (ret)
		return ret;
	pr_info("pvqdump: ready (qnodes 0x%lx, layout %s)\n", qnodes, layout);
	return 0;
}

static void __exit pvqdump_exit(void)
{
	unregister_nmi_handler(NMI_UNKNOWN, "pvqdump");
}

module_init(pvqdump_init);
module_exit(pvqdump_exit);
MODULE_DESCRIPTION("Dump backtraces and qspinlock queue nodes on an NMI (pvqspinlock test tooling)");
MODULE_LICENSE("GPL");
