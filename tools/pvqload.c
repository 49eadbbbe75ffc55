// SPDX-License-Identifier: GPL-2.0
/*
 * pvqload: a lock-heavy workload for the test guest besides locktorture
 * (guest/init runs it for pvq.mode=load; scripts/bench-guest LOAD=NAME).
 *
 *   pvqload pipe TASKS   hackbench's pipe mode: groups of 4 senders and 4
 *                        receivers (processes); every sender writes
 *                        100-byte messages round robin to the pipes of
 *                        the 4 receivers of its group.  An operation is
 *                        one message written.  The pipes' wait queues
 *                        and the run queues' locks are the spinlocks.
 *   pvqload open TASKS   will-it-scale's open3 in threads: TASKS threads
 *                        of one process open and close one file.  An
 *                        operation is one open + close: the file table's
 *                        file_lock is the spinlock (and the dentry's
 *                        d_lock, where its lockref's cmpxchg keeps
 *                        failing).
 *
 * It runs until SIGUSR1 or SIGTERM (guest/init sends it when the test
 * time is up), and writes to /dev/kmsg (stdout when that cannot be
 * opened, or with PVQLOAD_STDOUT set), in the form
 * scripts/judge-console reads:
 *   pvq-load: start workload=NAME tasks=N interval=S
 *   pvq-load: stats total=N max=N min=N   every S seconds and at the end
 *                                         (operations so far: all tasks,
 *                                         the busiest and the idlest)
 *   pvq-load: end SUCCESS total=N         or end FAILURE: WHY
 * A FAILURE: a call of a task failed, a task exited or was killed before
 * the stop, or a counted task made no operation for STALL_INTERVALS
 * intervals in a row (a task asleep for good: a lost wakeup on a pipe,
 * say, which the other tasks' progress would hide).  Before the end line
 * of such a stall in pipe mode, "pvq-load: stuck: ..." lines say what the
 * stuck sender's group was doing while every task still lived: each
 * task's state and the system call it was in (/proc/PID/stat and
 * /proc/PID/syscall: the guest has no kallsyms for a wchan), and the bytes
 * queued in each of the group's pipes (FIONREAD on the read ends, which
 * this process holds too); and "a lost wakeup" when a receiver sleeps in
 * read() on a pipe that holds data, the same bytes, a second apart.
 * Built static (make-initramfs), so that the guest needs no libc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define INTERVAL	5	/* seconds between stats lines: locktorture's stat_interval */
#define STALL_INTERVALS	3	/* intervals without an operation that fail a task */
#define GROUP		4	/* senders and receivers per pipe group */
#define MSG		100	/* bytes per message, as hackbench */
#define MAX_TASKS	1024
#define OPEN_FILE	"/tmp/pvqload.file"

struct slot {			/* one task's count, a cache line each */
	volatile unsigned long ops;
	volatile int err;	/* errno of a failed call, 0 while fine */
	char pad[64 - sizeof(unsigned long) - sizeof(int)];
};

static struct slot *slots;	/* shared with forked tasks */
static volatile int *stopping;
static int ntasks;
static int kmsg = -1;
static volatile sig_atomic_t stop_signal;

static void say(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	n = snprintf(buf, sizeof(buf), "pvq-load: ");
	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf) - 1)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (kmsg < 0 || write(kmsg, buf, n) != n)
		(void)!write(1, buf, n);
}

static void on_stop(int sig)
{
	(void)sig;
	stop_signal = 1;
}

static void fail_slot(struct slot *s)
{
	s->err = errno ? errno : EIO;
}

static void sender(struct slot *s, const int *wfd)
{
	char msg[MSG];
	unsigned long i;

	memset(msg, 'p', sizeof(msg));
	for (i = 0; !*stopping; i++) {
		if (write(wfd[i % GROUP], msg, sizeof(msg)) != sizeof(msg)) {
			fail_slot(s);
			return;
		}
		s->ops++;
	}
}

static void receiver(struct slot *s, int rfd)
{
	char buf[MSG];

	for (;;) {
		if (read(rfd, buf, sizeof(buf)) <= 0) {
			fail_slot(s);
			return;
		}
	}
}

static pid_t pids[MAX_TASKS * 2];
static int npids;

/* fork a task that runs fn and then waits to be killed */
static int spawn(void (*body)(int, const int *), int a, const int *fds)
{
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		body(a, fds);
		for (;;)
			pause();
	}
	pids[npids++] = pid;
	return 0;
}

static int fds_all[MAX_TASKS / (2 * GROUP) + 1][GROUP][2];

static void run_sender(int idx, const int *wfd)
{
	sender(&slots[idx], wfd);
}

static void run_receiver(int g, const int *unused)
{
	(void)unused;
	/* g encodes group * GROUP + receiver */
	receiver(&slots[ntasks + g], fds_all[g / GROUP][g % GROUP][0]);
}

static int start_pipe(void)
{
	int groups = ntasks / GROUP, g, i;

	if (groups < 1) {
		errno = EINVAL;
		return -1;
	}
	for (g = 0; g < groups; g++)
		for (i = 0; i < GROUP; i++)
			if (pipe(fds_all[g][i]))
				return -1;
	for (g = 0; g < groups; g++) {
		int wfd[GROUP];

		for (i = 0; i < GROUP; i++)
			wfd[i] = fds_all[g][i][1];
		for (i = 0; i < GROUP; i++)
			if (spawn(run_receiver, g * GROUP + i, NULL) ||
			    spawn(run_sender, g * GROUP + i, wfd))
				return -1;
	}
	/* the senders are the counted tasks: slots[0 .. groups * GROUP) */
	ntasks = groups * GROUP;
	return 0;
}

static void *opener(void *arg)
{
	struct slot *s = arg;

	while (!*stopping) {
		int fd = open(OPEN_FILE, O_RDONLY);

		if (fd < 0 || close(fd)) {
			fail_slot(s);
			break;
		}
		s->ops++;
	}
	return NULL;
}

static pthread_t threads[MAX_TASKS];

static int start_open(void)
{
	int fd = open(OPEN_FILE, O_CREAT | O_WRONLY, 0600), i;

	if (fd < 0 || close(fd))
		return -1;
	for (i = 0; i < ntasks; i++) {
		int err = pthread_create(&threads[i], NULL, opener, &slots[i]);

		if (err) {
			errno = err;
			return -1;
		}
	}
	return 0;
}

static unsigned long last_ops[MAX_TASKS];
static int still[MAX_TASKS];	/* intervals in a row without an operation */

/*
 * The counted tasks' totals, one stats line.  Returns the first task's
 * error, or 0; *stalled is a task that made no operation for
 * STALL_INTERVALS intervals in a row (check_stall), else -1.
 */
static int stats(unsigned long *total, bool check_stall, int *stalled)
{
	unsigned long max = 0, min = ~0UL;
	int i, err = 0;

	*total = 0;
	*stalled = -1;
	for (i = 0; i < ntasks; i++) {
		unsigned long n = slots[i].ops;

		*total += n;
		if (n > max)
			max = n;
		if (n < min)
			min = n;
		if (check_stall) {
			still[i] = n == last_ops[i] ? still[i] + 1 : 0;
			last_ops[i] = n;
			if (still[i] >= STALL_INTERVALS && *stalled < 0)
				*stalled = i;
		}
	}
	for (i = 0; i < MAX_TASKS * 2 && !err; i++)
		err = slots[i].err;
	say("stats total=%lu max=%lu min=%lu", *total, max, min);
	return err;
}

/*
 * What task @pid is doing: its state letter (/proc/PID/stat) and, while it
 * sleeps, the system call it sleeps in (/proc/PID/syscall: the number and
 * the first argument, the fd for read() and write()).  @nr gets the
 * number, -1 when the task runs or the file says nothing.
 */
static void task_doing(pid_t pid, char *buf, size_t len, char *state, long *nr)
{
	char path[64], line[256], *p;
	unsigned long arg = 0;
	FILE *f;

	*state = '?';
	*nr = -1;
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	if (f) {
		if (fgets(line, sizeof(line), f)) {
			p = strrchr(line, ')');
			if (p && p[1] == ' ' && p[2])
				*state = p[2];
		}
		fclose(f);
	}
	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)pid);
	f = fopen(path, "r");
	if (f) {
		if (fgets(line, sizeof(line), f) &&
		    sscanf(line, "%ld 0x%lx", nr, &arg) != 2)
			*nr = -1;
		fclose(f);
	}
	if (*nr == 0 || *nr == 1)
		snprintf(buf, len, "state %c, in %s(fd %lu)", *state, *nr ? "write" : "read", arg);
	else if (*nr >= 0)
		snprintf(buf, len, "state %c, in system call %ld", *state, *nr);
	else
		snprintf(buf, len, "state %c, in no system call", *state);
}

/*
 * A stalled sender (pipe mode): its group's tasks and pipes, while all of
 * them still live (see the top of this file).
 */
static void report_stuck(int sender)
{
	int g = sender / GROUP, i, queued[GROUP], again[GROUP];
	bool asleep[GROUP];
	char what[128], state;
	long nr;

	/*
	 * "A lost wakeup" needs a receiver seen asleep in read() with the
	 * same bytes in its pipe twice, a second apart: one snapshot races
	 * with a receiver that drains its pipe and sleeps again.
	 */
	for (i = 0; i < GROUP; i++) {
		if (ioctl(fds_all[g][i][0], FIONREAD, &queued[i]))
			queued[i] = -1;
		task_doing(pids[2 * (g * GROUP + i)], what, sizeof(what), &state, &nr);
		asleep[i] = state == 'S' && nr == 0;
	}
	sleep(1);
	for (i = 0; i < GROUP; i++) {
		if (ioctl(fds_all[g][i][0], FIONREAD, &again[i]))
			again[i] = -1;
	}
	say("stuck: group %d's pipes hold %d, %d, %d and %d bytes (-1: unread)",
	    g, queued[0], queued[1], queued[2], queued[3]);
	for (i = 0; i < GROUP; i++) {
		int idx = g * GROUP + i;

		/* spawn() order: receiver idx, then sender idx */
		task_doing(pids[2 * idx + 1], what, sizeof(what), &state, &nr);
		say("stuck: group %d sender %d (task %d, pid %d): %lu operations, %s%s", g, i, idx,
		    (int)pids[2 * idx + 1], slots[idx].ops, what, idx == sender ? " <- no operation" : "");
	}
	for (i = 0; i < GROUP; i++) {
		int idx = g * GROUP + i;

		task_doing(pids[2 * idx], what, sizeof(what), &state, &nr);
		say("stuck: group %d receiver %d (pid %d): %s", g, i, (int)pids[2 * idx], what);
		if (asleep[i] && state == 'S' && nr == 0 && queued[i] > 0 && again[i] == queued[i])
			say("stuck: group %d receiver %d sleeps in read() on a pipe that holds %d bytes, a second apart: a lost wakeup",
			    g, i, queued[i]);
	}
}

/* A forked task that ended before the stop: its pid and status, else 0. */
static pid_t task_gone(int *status)
{
	pid_t pid = waitpid(-1, status, WNOHANG);

	return pid > 0 ? pid : 0;
}

int main(int argc, char **argv)
{
	const char *what = argc == 3 ? argv[1] : "";
	unsigned long total = 0;
	struct sigaction sa;
	int err = 0, pipe_mode, t, stalled = -1, status = 0;
	pid_t gone = 0;
	sigset_t mask, old;
	char *end = "";

	if (!getenv("PVQLOAD_STDOUT"))
		kmsg = open("/dev/kmsg", O_WRONLY);
	ntasks = argc == 3 ? (int)strtol(argv[2], &end, 10) : 0;
	pipe_mode = !strcmp(what, "pipe");
	if ((!pipe_mode && strcmp(what, "open")) || *end || ntasks < 1 || ntasks > MAX_TASKS ||
	    (pipe_mode && ntasks < 2 * GROUP)) {
		say("end FAILURE: usage: pvqload pipe|open TASKS (1-%d tasks; pipe: at least %d)",
		    MAX_TASKS, 2 * GROUP);
		return 2;
	}
	/* senders' slots first, then receivers'; threads' slots: the first */
	slots = mmap(NULL, sizeof(*slots) * MAX_TASKS * 2 + 64, PROT_READ | PROT_WRITE,
		     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (slots == MAP_FAILED) {
		say("end FAILURE: mmap: %s", strerror(errno));
		return 1;
	}
	stopping = (volatile int *)&slots[MAX_TASKS * 2];
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	if (pipe_mode)
		ntasks = ntasks / (2 * GROUP) * GROUP;	/* senders */
	say("start workload=%s tasks=%d interval=%d", what, pipe_mode ? 2 * ntasks : ntasks, INTERVAL);
	/* the tasks leave the signals to main */
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	sigaddset(&mask, SIGTERM);
	sigprocmask(SIG_BLOCK, &mask, &old);
	t = pipe_mode ? start_pipe() : start_open();
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (t) {
		say("end FAILURE: starting the tasks: %s", strerror(errno));
		*stopping = 1;
		for (t = 0; t < npids; t++)
			kill(pids[t], SIGKILL);
		return 1;
	}
	for (t = 1; !stop_signal && !err && stalled < 0 && !gone; t++) {
		struct timespec ts = { 1, 0 };

		while (nanosleep(&ts, &ts) && !stop_signal)
			;
		if (pipe_mode)
			gone = task_gone(&status);
		if (!stop_signal && !gone && t % INTERVAL == 0)
			err = stats(&total, true, &stalled);
	}
	if (pipe_mode && stalled >= 0 && !err && !gone)
		report_stuck(stalled);
	*stopping = 1;
	if (!err && stalled < 0 && !gone)
		err = stats(&total, false, &stalled);
	for (t = 0; t < npids; t++)
		kill(pids[t], SIGKILL);
	for (t = 0; t < npids; t++) {
		int st;

		/* after the stop, SIGKILL is the only way out */
		if (waitpid(pids[t], &st, 0) == pids[t] && !gone &&
		    !(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL)) {
			gone = pids[t];
			status = st;
		}
	}
	if (!pipe_mode)
		for (t = 0; t < ntasks; t++)
			pthread_join(threads[t], NULL);
	if (gone) {
		if (WIFSIGNALED(status))
			say("end FAILURE: task %d was killed by signal %d (%s)", (int)gone,
			    WTERMSIG(status), strsignal(WTERMSIG(status)));
		else
			say("end FAILURE: task %d exited with status %d before the stop", (int)gone,
			    WEXITSTATUS(status));
		return 1;
	}
	if (err) {
		say("end FAILURE: a task's call failed: %s", strerror(err));
		return 1;
	}
	if (stalled >= 0) {
		say("end FAILURE: task %d made no operation for %d s (stuck: a lost wakeup?)",
		    stalled, STALL_INTERVALS * INTERVAL);
		return 1;
	}
	say("end SUCCESS total=%lu", total);
	return 0;
}
