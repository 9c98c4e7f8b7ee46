import { ForbiddenError, isStaff, requireViewer, type Viewer } from '@kampung/shared';

/** A signed-in person: a service token has no orders of its own. */
export function requirePerson(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.service) throw new ForbiddenError();
  return signedIn;
}

export const isSelfOrStaff = (viewer: Viewer | null, userId: string): boolean =>
  (!!viewer && !viewer.service && viewer.userId === userId) || isStaff(viewer);
