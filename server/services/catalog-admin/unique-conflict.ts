import { errors } from '../../errors';

/**
 * A unique violation (Prisma P2002) of a race the use case already checks for (two editors creating the same code
 * or the same next version at once) becomes the same 409 the check gives, instead of a 500.
 */
export function uniqueConflict(message: string): (e: unknown) => never {
  return (e: unknown) => {
    if (e && typeof e === 'object' && (e as { code?: unknown }).code === 'P2002') throw errors.conflict(message);
    throw e;
  };
}
