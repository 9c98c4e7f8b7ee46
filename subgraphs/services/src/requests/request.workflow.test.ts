import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from './request.status.js';
import { checkStaffTransition, STAFF_TRANSITIONS } from './request.workflow.js';

describe('request workflow', () => {
  const all = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as const));
  it.each(all)('%s → %s is legal exactly when listed', (from, to) => {
    const legal = STAFF_TRANSITIONS[from].includes(to);
    const attempt = () => checkStaffTransition(from, to, 'catatan', to === 'AWAITING_COSIGN');
    if (legal) expect(attempt).not.toThrow();
    else
      expect(attempt).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }));
  });
  it('needs a reason to reject or send back', () => {
    expect(() => checkStaffTransition('SUBMITTED', 'REJECTED', ' ')).toThrow(/reason for rejecting/);
    expect(() => checkStaffTransition('VERIFIED', 'INCOMPLETE', null)).toThrow(/Say what is missing/);
    expect(() => checkStaffTransition('SUBMITTED', 'VERIFIED', null)).not.toThrow();
  });
  it('a service that needs the camat waits for the co-signature; one that does not cannot', () => {
    expect(() => checkStaffTransition('IN_PROCESS', 'COMPLETED', null, true)).toThrow(/needs the camat/);
    expect(() => checkStaffTransition('IN_PROCESS', 'AWAITING_COSIGN', null, false)).toThrow(/does not need/);
    expect(() => checkStaffTransition('IN_PROCESS', 'AWAITING_COSIGN', null, true)).not.toThrow();
    expect(() => checkStaffTransition('IN_PROCESS', 'REJECTED', 'alasan', true)).not.toThrow();
    expect(() => checkStaffTransition('AWAITING_COSIGN', 'COMPLETED', null, true)).toThrow(/cannot become/);
  });
});
