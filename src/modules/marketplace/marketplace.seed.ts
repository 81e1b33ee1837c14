import type { Actor } from '../../platform/actor.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import { networkQueries } from '../network/index.ts';
import * as repo from './marketplace.repo.ts';
import * as keysRepo from './service-keys.repo.ts';
import { saveProfileTx, type ProfileInput } from './marketplace.service.ts';
import { insertKeyTx, type CreateKeyInput } from './service-keys.service.ts';
import { keyInputProblem } from './service-keys.policy.ts';

/**
 * Commands for the demo data (src/demo): profiles and service keys written as the services write them
 * (audit rows, the key's rules), by the given user, in the caller's transaction.
 */

/** Saves the company's profile unless it has one; true when it was added. */
export async function seedProfile(trx: Tx, actor: Actor, companyId: string, profile: ProfileInput): Promise<boolean> {
  if (await repo.findProfile(trx, companyId)) return false;
  await saveProfileTx(trx, actor, companyId, profile);
  return true;
}

/** Whether any of these companies has issued a key. */
export const hasServiceKeys = async (db: Executor, companyIds: string[]): Promise<boolean> =>
  (await keysRepo.listKeys(db, { companyIds, after: null, limit: 1 })).length > 0;

/** Issues a key for a port under the rules of the service (a single-use key has a VLAN, the speed fits the port), at `at` (absent: now). */
export async function seedServiceKey(trx: Tx, actor: Actor, input: CreateKeyInput, at?: Date) {
  const port = await networkQueries.port(trx, input.portId);
  if (!port) throw new Error(`seed: no port ${input.portId}`);
  const problem = keyInputProblem(input, port.speed_mbps);
  if (problem) throw new Error(`seed: ${problem[1]}`);
  return insertKeyTx(trx, actor, port, input, at);
}

/** A connection was ordered with the key at `at`: a single-use key is spent, a multi-use one counts a use. */
export async function seedServiceKeyUse(trx: Tx, key: { id: string; singleUse: boolean }, at = new Date()): Promise<void> {
  if (key.singleUse) await keysRepo.spendSingleUse(trx, key.id);
  else await keysRepo.recordUse(trx, key.id, at);
}
