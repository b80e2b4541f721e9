import { createHash, randomBytes } from 'node:crypto';

/** A new opaque session token (256 bits, base64url). Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token: sha256 hex. A database leak does not yield usable tokens. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
