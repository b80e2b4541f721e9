import { z } from 'zod';

/** What a favourite points at: a single item's guide or a bundle (一件事). */
export const ZFavouriteKind = z.enum(['item', 'bundle']);

/** POST /me/favourites */
export const ZFavouriteBody = z.object({
  kind: ZFavouriteKind,
  /** Implementation code of the item, or the bundle code. */
  code: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9-]+$/, '编码格式不正确'),
});

/** POST /me/favourites/merge: the device's favourites, merged once after sign-in. */
export const ZFavouriteMergeBody = z.object({
  favourites: z
    .array(
      ZFavouriteBody.extend({
        /** When the device saved it (ISO time); kept so the merged list stays in the order the citizen saved. */
        savedAt: z.string().datetime({ offset: true }).optional(),
      }),
    )
    .max(100),
});

/** A favourite as the list shows it, with the current name. */
export const ZFavourite = z.object({
  kind: ZFavouriteKind,
  code: z.string(),
  /** Current name of the published guide (or the last known name when it is no longer published). */
  name: z.string(),
  /** Department, or the bundle's lead department. */
  department: z.string().optional(),
  /** ISO time it was saved; the list is newest first. */
  savedAt: z.string(),
  /** False when the guide is no longer published (retired or being updated). */
  available: z.boolean(),
});
export type TFavourite = z.infer<typeof ZFavourite>;

export const ZFavouriteList = z.object({ favourites: z.array(ZFavourite) });
export type TFavouriteList = z.infer<typeof ZFavouriteList>;
