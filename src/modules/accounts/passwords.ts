import argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  // Unknown users still pay for one verification, so timing does not tell them apart.
  const target = hash ?? (await dummyHash());
  try {
    const ok = await argon2.verify(target, password);
    return ok && hash !== null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
const dummyHash = () => (dummy ??= argon2.hash(randomBytes(16).toString('hex'), OPTIONS));

/** Session tokens and API keys are 256-bit random secrets; a SHA-256 digest is enough to store them. */
export const secretDigest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
