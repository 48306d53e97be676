// Runs one program on every enabled oracle at once, compares the results and, on a divergence,
// diagnoses it (precise signature) and judges who is wrong.
import type { Oracle, OracleOptions } from '../oracles/oracle.js';
import type { OracleResult } from '../oracles/result.js';
import { compare, signaturePrefix, type Divergence } from './compare.js';
import { diagnose, type Diagnosis } from './signature.js';
import { judge, type Judgement } from './verdict/verdict.js';

export interface Outcome { results: OracleResult[]; divergence: Divergence | null }

/** A divergence with its precise signature and verdict. */
export interface Examined extends Outcome {
  divergence: Divergence;
  diagnosis: Diagnosis;
  judgement: Judgement;
}

/** Run `source` on all oracles concurrently; never rejects for program problems. */
export async function runOnAll(oracles: Oracle[], source: string, opts: OracleOptions): Promise<Outcome> {
  const results = await Promise.all(oracles.map((o) => o.run(source, opts)));
  return { results, divergence: compare(results) };
}

/** Diagnose and judge an outcome that diverged. */
export async function examineOutcome(oracles: Oracle[], source: string, out: Outcome & { divergence: Divergence },
                                     opts: OracleOptions): Promise<Examined> {
  const diagnosis = await diagnose(oracles, source, out.divergence, out.results, opts);
  return { ...out, diagnosis, judgement: judge(out.divergence, diagnosis, out.results) };
}

/** Run, compare and, on a divergence, diagnose: null when every oracle agrees. */
export async function examine(oracles: Oracle[], source: string, opts: OracleOptions): Promise<Examined | null> {
  const out = await runOnAll(oracles, source, opts);
  if (!out.divergence) return null;
  return examineOutcome(oracles, source, { ...out, divergence: out.divergence }, opts);
}

/** The precise signature of `source` on these oracles, or null when they agree. */
export async function signatureOf(oracles: Oracle[], source: string, opts: OracleOptions): Promise<string | null> {
  return (await examine(oracles, source, opts))?.diagnosis.signature ?? null;
}

/**
 * Does `source` still show the divergence with signature `sig`? Cheap rejections first: no
 * divergence, or a different kind or grouping, is decided without the instrumented runs.
 */
export async function hasSignature(oracles: Oracle[], source: string, sig: string, opts: OracleOptions): Promise<boolean> {
  const out = await runOnAll(oracles, source, opts);
  const d = out.divergence;
  if (!d || !sig.startsWith(signaturePrefix(d))) return false;
  const ex = await examineOutcome(oracles, source, { ...out, divergence: d }, opts);
  return ex.diagnosis.signature === sig;
}
