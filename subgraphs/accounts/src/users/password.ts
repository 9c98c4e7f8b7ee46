import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * OWASP's first recommendation for argon2id: 19 MiB, 2 passes, 1 lane (about 30 ms here).
 * Written out rather than left to the library's defaults, so an upgrade cannot weaken it.
 */
export const PASSWORD_HASHING: Options = {
  algorithm: 2 as Algorithm, // Argon2id (an ambient const enum, which isolated modules cannot read)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string) => hash(password, PASSWORD_HASHING);

export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

/** Whether a stored hash was made with weaker settings than today's (then it is redone at the next sign-in). */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== PASSWORD_HASHING.algorithm ||
      used.memoryCost < PASSWORD_HASHING.memoryCost! ||
      used.timeCost < PASSWORD_HASHING.timeCost!
    );
  } catch {
    return true;
  }
}

/** Verified against when the email is unknown, so that both failures take the same time. */
export const DUMMY_HASH = hashPassword('not-a-real-password-0000');
