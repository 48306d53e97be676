// -jv and -jdump: reporting trace events as jit/v.lua and jit/dump.lua print them. (jit/v.lua, jit/dump.lua)
//
// Until the recorder lands, the only trace events are hot events, where LuaJIT would start
// recording: each is reported as a trace that aborts because there is no recorder, in the line
// formats of the installed luajit, so the output says exactly what this VM does.
import type { HotEvent, JitState } from './jit.js';

/** Where a report goes: the text of each line, newline included. */
export type Sink = (text: string) => void;

/** The abort reason every hot event gets for now. */
export const NO_RECORDER = 'NYI: no trace recorder yet';

/** Where a PC is, as the two modules print it: "chunk:line". */
export type Locate = (pc: number) => string;

/** -jv: one line per trace event (jit/v.lua). */
export function attachVerbose(J: JitState, locate: Locate, out: Sink): void {
  chain(J, (e) => out(`[TRACE --- ${locate(e.pc)} -- ${NO_RECORDER}]\n`));
}

/** -jdump: the start and abort lines of each trace (jit/dump.lua); there is no bytecode or IR to show yet. */
export function attachDump(J: JitState, locate: Locate, out: Sink): void {
  chain(J, (e) => {
    const where = locate(e.pc);
    out(`---- TRACE 1 start ${where}\n---- TRACE 1 abort ${where} -- ${NO_RECORDER}\n\n`);
  });
}

/** Add a listener to J's hot events, keeping the ones already there. */
function chain(J: JitState, f: (e: HotEvent) => void): void {
  const prev = J.onHot;
  J.onHot = prev === undefined ? f : (e): void => { prev(e); f(e); };
}
