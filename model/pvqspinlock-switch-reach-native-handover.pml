/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-reach-native-handover.pml: MUST FAIL: a coverage probe.
 *
 * Not a bug: an assert(0) at the native MCS hand-over to a successor in the
 * run-time switch's native slowpath (-DMODE_SWITCH, arm then disarm).
 * It fails only if the model, at the size make model checks the switch
 * with (rounds 2,1,1), reaches that step: the plain-store paths the
 * switch must keep apart from the PV slowpath are then really explored
 * by the switch's safety runs.  (At rounds 1,1,1 the native queue never
 * holds two nodes and neither step is reached.)
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 4
#define PROBE_NATIVE_HANDOVER
#define MUTANT "pvqspinlock-switch-reach-native-handover.pml"
#include "pvqspinlock.pml"
#endif
