// Garbage collector state: the list of all GC objects and the collector entry points. (lj_gc.c)
// Every object is linked through its nextgc word (+4) from `root`, newest first.
import { u32 } from './heap.js';

/** Offset of the nextgc link in every GC object header. */
export const GC_NEXT = 4;

let root = 0;

/** Link a freshly allocated object into the list of all objects. */
export function link(o: number): void {
  u32[(o + GC_NEXT) >> 2] = root;
  root = o;
}

export const firstObject = (): number => root;
export function setFirstObject(o: number): void { root = o; }
export function resetGC(): void { root = 0; }
