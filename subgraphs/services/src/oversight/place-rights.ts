import {
  actingScope,
  canActForVillage,
  canOverseeVillage,
  isRegencyAdmin,
  UserInputError,
  type Viewer,
} from '@kampung/shared';
import { isRegencyVillage } from './regency-villages.js';

/**
 * Who may write a village's content (posts, courses): its staff and head, and the regency admin;
 * regency-wide content (no village) is the regency admin's alone.
 */
export const canWriteFor = (viewer: Viewer | null, villageCode: string | null): boolean =>
  villageCode === null ? isRegencyAdmin(viewer) : canActForVillage(viewer, villageCode);

/** Who may read a village's unpublished content: those who write it and the district officer. */
export const canReadDraftsOf = (viewer: Viewer | null, villageCode: string | null): boolean =>
  villageCode === null ? isRegencyAdmin(viewer) : canOverseeVillage(viewer, villageCode);

/**
 * The village new content belongs to: the one named (which must exist), else the one village
 * the author works for; the regency admin writes regency-wide content by naming none.
 */
export function villageForNewContent(viewer: Viewer, named: string | null | undefined): string | null {
  if (named) {
    if (!isRegencyVillage(named))
      throw UserInputError.field('villageCode', { id: `Desa ${named} tidak dikenal`, en: `Unknown village ${named}` });
    return named;
  }
  const scope = actingScope(viewer);
  if (scope === 'ALL') return null;
  if (scope.length === 1) return scope[0]!;
  throw UserInputError.field('villageCode', { id: 'Pilih desanya', en: 'Choose the village' });
}
