// Trace compiler entry points and state machine: hot events start recording here. (lj_trace.c)
//
// Until the recorder lands, a hot event restarts its counter exactly as lj_trace_hot does and is
// reported to J.onHot (the harness's tests and -jv listen); no trace is recorded.
import { hotcountSet, HOTCOUNT_LOOP } from '../vm/dispatch.js';
import { J_OFS } from '../vm/obj.js';
import { TraceState, type JitState, type HotKind } from './jit.js';

/**
 * A hot counter ran out at interpreter PC `pc` (one past the bytecode that ticked), as
 * lj_trace_hot: restart the counter, then start a root trace if the compiler is idle.
 */
export function hot(J: JitState, pc: number, kind: HotKind): void {
  hotcountSet(J.addr - J_OFS, pc, J.param('hotloop') * HOTCOUNT_LOOP);
  if (J.state === TraceState.IDLE && J.onHot !== undefined) J.onHot({ pc: pc - 1, kind });
}
