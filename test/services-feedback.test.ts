import { describe, expect, it } from 'vitest';
import { DEMO, callApi, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import { apply, move } from './support/services.js';

const SURVEY = graphql(
  'mutation($id: ID!, $input: SurveyInput!) { submitSatisfactionSurvey(requestId: $id, input: $input) { scores } }',
);
const IKM = graphql('{ service(slug: "pengantar-skck") { ikm { responses index grade elements { sum count } } } }');

describe('satisfaction survey (IKM)', () => {
  it('lets the applicant rate a completed request once, and moves the service index', async () => {
    const staff = await signIn(DEMO.staff);
    const citizen = await signUpFresh('ikm');
    const id = (await apply(citizen.token, undefined, 'pengantar-skck')).data!.submitServiceRequest.id;
    const scores = [4, 4, 3, 4, 4, 3, 4, 3, 4];
    expect(
      (await callApi(SURVEY, { id, input: { scores } }, { token: citizen.token })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    for (const to of ['VERIFIED', 'IN_PROCESS', 'COMPLETED'] as const) await move(staff, id, to);
    const before = (await callApi(IKM)).data!.service!.ikm;
    const stranger = await signUpFresh('ikm');
    expect(
      (await callApi(SURVEY, { id, input: { scores } }, { token: stranger.token })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await callApi(SURVEY, { id, input: { scores: [5, 4, 3, 4, 4, 3, 4, 3, 4] } }, { token: citizen.token }))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await callApi(SURVEY, { id, input: { scores, comment: 'Cepat' } }, { token: citizen.token })).errors,
    ).toBeUndefined();
    expect(
      (await callApi(SURVEY, { id, input: { scores } }, { token: citizen.token })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    const after = (await callApi(IKM)).data!.service!.ikm;
    expect(after.responses).toBe(before.responses + 1);
    expect(after.elements.map((e) => e.sum)).toEqual(before.elements.map((e, i) => e.sum + scores[i]!));
    const total = after.elements.reduce((s, e) => s + e.sum, 0);
    expect(after.index).toBe(Math.round((2500 * total) / (9 * after.responses)) / 100);
    expect(after.grade).toMatch(/^[ABCD]$/);
  });
});
