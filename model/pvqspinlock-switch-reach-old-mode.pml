/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-reach-old-mode.pml: MUST FAIL: a coverage probe.
 *
 * Not a bug: an assert(0)-like probe where a vCPU in the run-time switch's
 * transition slowpath (-DMODE_SWITCH, arm) reads the old mode, NATIVE,
 * because the switcher installs the transition before it writes
 * SWITCHING, and leaves for the native slowpath.  It fails only if the
 * model reaches that window: the switch's safety runs then really
 * explore a transition caller running the old slowpath while the
 * switcher goes on to the grace period.
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define PROBE_TRANSITION_OLD_MODE
#define MUTANT "pvqspinlock-switch-reach-old-mode.pml"
#include "pvqspinlock.pml"
#endif
