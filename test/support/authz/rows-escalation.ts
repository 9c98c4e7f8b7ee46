import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { F, O, one, U, type MutationRow } from './mutation-row.js';
import type { QueryRow } from './queries.js';

/**
 * The regency's complaint escalation thresholds (decision 031): staff and admins read them, only
 * the regency admin sets them. The cells set the defaults, so other tests see no change of rule.
 */

const SET = graphql(
  'mutation($input: EscalationThresholdsInput!) { setEscalationThresholds(input: $input) { unansweredHours } }',
);
const settings = () =>
  one(
    "select unanswered_hours, escalate_after_hours, to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS.MS') as at from services.escalation_settings where regency_code = '35.10'",
  );

export const ESCALATION_MUTATIONS: MutationRow[] = [
  {
    field: 'setEscalationThresholds',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: O },
    run: (_t, { token }) => callApi(SET, { input: { unansweredHours: 8, escalateAfterHours: 16 } }, { token }),
    written: settings,
  },
];

export const ESCALATION_QUERY_ROWS: QueryRow[] = [
  {
    field: 'escalationThresholds',
    label: 'escalationThresholds',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: 'OK', admin: 'OK' },
    query: graphql('{ escalationThresholds { unansweredHours escalateAfterHours } }'),
    secrets: () => [],
  },
];
