// Runs one program on every enabled oracle at once and compares the results.
import type { Oracle, OracleOptions } from '../oracles/oracle.js';
import type { OracleResult } from '../oracles/result.js';
import { compare, type Divergence } from './compare.js';

export interface Outcome { results: OracleResult[]; divergence: Divergence | null }

/** Run `source` on all oracles concurrently; never rejects for program problems. */
export async function runOnAll(oracles: Oracle[], source: string, opts: OracleOptions): Promise<Outcome> {
  const results = await Promise.all(oracles.map((o) => o.run(source, opts)));
  return { results, divergence: compare(results) };
}

/** The signature of `source` on these oracles, or null when they agree. */
export async function signatureOf(oracles: Oracle[], source: string, opts: OracleOptions): Promise<string | null> {
  return (await runOnAll(oracles, source, opts)).divergence?.signature ?? null;
}
