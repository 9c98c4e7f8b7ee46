import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { feeText, slaText } from '../components/ServiceCard';
import { VillagePicker } from '../components/services/VillagePicker';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { SetPublishedMutation, StaffServicesQuery } from '../graphql/services';
import {
  AdoptServiceMutation,
  UpdateVillageServiceMutation,
  VillageAdoptionsQuery,
  WithdrawServiceMutation,
} from '../graphql/village-services';
import { useT } from '../i18n';
import styles from '../styles/services.css?url';
import { publishForm } from '../server/form-schemas.server';
import { formMessage, readForm } from '../server/forms.server';
import { errorResponse, execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { adoptionForm, overridesOf } from '../server/village-services.server';
import { staffVillage } from '../server/village-choice.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

/**
 * The staff's service screen (decision 021): what their village offers (adopted templates with
 * its fee, working hours, office and extra requirements; its own services), the regency
 * templates it can still adopt, and below the services they may curate (templates for the
 * regency admin, their village's own services).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const { villageCode, villages, regency } = await staffVillage(request);
  const [curated, adoptions] = await Promise.all([
    query(request, StaffServicesQuery, {}),
    villageCode ? query(request, VillageAdoptionsQuery, { villageCode }) : Promise.resolve(null),
  ]);
  const adopted = new Set(adoptions?.villageServices.map((a) => a.serviceId) ?? []);
  return {
    villageCode,
    villageName: villages.find((v) => v.code === villageCode)?.name ?? villageCode,
    villages,
    offered: adoptions?.villageServices ?? [],
    templates: adoptions?.services.edges.map((e) => e.node).filter((s) => !adopted.has(s.id)) ?? [],
    // Templates are the regency admin's to edit; village staff curate their villages' own services.
    staffServices: curated.staffServices.filter((s) => regency || s.villageCode !== null),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? 'publish');
  if (intent === 'publish') {
    const result = await execute(request, SetPublishedMutation, readForm(publishForm, form), 'mutation');
    if (result.error) throw errorResponse(result.error);
    return redirect('/staf/layanan');
  }
  const { villageCode, serviceId, ...fields } = readForm(adoptionForm, form);
  const back = redirect(`/staf/layanan?desa=${encodeURIComponent(villageCode)}`);
  const keys = { villageCode, serviceId };
  const result =
    intent === 'adopt'
      ? await execute(request, AdoptServiceMutation, keys, 'mutation')
      : intent === 'withdraw'
        ? await execute(request, WithdrawServiceMutation, keys, 'mutation')
        : await execute(request, UpdateVillageServiceMutation, { ...keys, overrides: overridesOf(fields) }, 'mutation');
  if (!result.error) return back;
  if (result.error.kind === 'graphql' && result.error.code === 'BAD_USER_INPUT')
    return data({ serviceId, message: formMessage(result.error, getLocale(request)) }, { status: 400 });
  throw errorResponse(result.error);
}

export default function StaffCatalogue() {
  const { t } = useT();
  const { villageCode, villageName, villages, offered, templates, staffServices } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  return (
    <section>
      <h1>{t('svc.staff.catalogue')}</h1>
      <VillagePicker villages={villages} villageCode={villageCode} />
      {!villageCode && <p className="muted">{t('svc.village.noVillage')}</p>}
      {villageCode && (
        <>
          <h2>
            {t('svc.adopt.title')}: {villageName}
          </h2>
          <table className="svc-table" data-testid="village-services">
            <tbody>
              {offered.map((a) => (
                <tr key={a.serviceId} data-testid="village-service">
                  <td>
                    <Link to={`/layanan/${a.service.slug}?desa=${encodeURIComponent(villageCode)}`}>
                      {a.service.name}
                    </Link>
                    {a.own && <span className="muted"> · {t('svc.adopt.own')}</span>}
                    <br />
                    <span className="muted">
                      {slaText(t, a.slaHours ?? a.service.slaHours)} · {feeText(t, a.fee ?? a.service.fee)} ·{' '}
                      {a.office ?? a.service.office}
                    </span>
                    {failed?.serviceId === a.serviceId && <FormAlert message={failed.message} />}
                  </td>
                  <td>
                    {a.active ? (
                      <>
                        <details>
                          <summary>{t('svc.adopt.adjust')}</summary>
                          <Form method="post" className="svc-form">
                            <input type="hidden" name="intent" value="update" />
                            <input type="hidden" name="villageCode" value={villageCode} />
                            <input type="hidden" name="serviceId" value={a.serviceId} />
                            <label>
                              {t('svc.adopt.fee')} ({t('svc.adopt.template', { value: String(a.service.fee) })})
                              <input type="number" name="fee" min={0} defaultValue={a.fee ?? ''} />
                            </label>
                            <label>
                              {t('svc.adopt.sla')} ({t('svc.adopt.template', { value: String(a.service.slaHours) })})
                              <input type="number" name="slaHours" min={1} defaultValue={a.slaHours ?? ''} />
                            </label>
                            <label>
                              {t('svc.adopt.office')} ({t('svc.adopt.template', { value: a.service.office })})
                              <input type="text" name="office" maxLength={200} defaultValue={a.office ?? ''} />
                            </label>
                            <label>
                              {t('svc.adopt.extra')}
                              <textarea
                                name="extraRequirements"
                                rows={3}
                                defaultValue={a.extraRequirements.join('\n')}
                              />
                            </label>
                            <button type="submit" className="button">
                              {t('svc.adopt.save')}
                            </button>
                          </Form>
                        </details>
                        <details>
                          <summary>{t('svc.adopt.withdraw')}</summary>
                          <p className="muted">{t('svc.adopt.withdrawNote')}</p>
                          <Form method="post">
                            <input type="hidden" name="intent" value="withdraw" />
                            <input type="hidden" name="villageCode" value={villageCode} />
                            <input type="hidden" name="serviceId" value={a.serviceId} />
                            <button type="submit" className="button button-light" data-testid="confirm-withdraw">
                              {t('svc.adopt.confirmWithdraw')}
                            </button>
                          </Form>
                        </details>
                      </>
                    ) : (
                      <Form method="post">
                        <span className="muted">{t('svc.adopt.withdrawn')} </span>
                        <input type="hidden" name="intent" value="adopt" />
                        <input type="hidden" name="villageCode" value={villageCode} />
                        <input type="hidden" name="serviceId" value={a.serviceId} />
                        <button type="submit" className="button button-light">
                          {t('svc.adopt.readopt')}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {templates.length > 0 && (
            <>
              <h2>{t('svc.adopt.templates')}</h2>
              <table className="svc-table" data-testid="templates">
                <tbody>
                  {templates.map((s) => (
                    <tr key={s.id}>
                      <td>
                        {s.name}
                        <br />
                        <span className="muted">
                          {slaText(t, s.slaHours)} · {feeText(t, s.fee)}
                        </span>
                        {failed?.serviceId === s.id && <FormAlert message={failed.message} />}
                      </td>
                      <td>
                        <Form method="post">
                          <input type="hidden" name="intent" value="adopt" />
                          <input type="hidden" name="villageCode" value={villageCode} />
                          <input type="hidden" name="serviceId" value={s.id} />
                          <button type="submit" className="button">
                            {t('svc.adopt.adopt')}
                          </button>
                        </Form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      <h2>{t('svc.adopt.curate')}</h2>
      <p>
        <Link className="button" to="/staf/layanan/baru">
          {t('svc.staff.newService')}
        </Link>
      </p>
      <table className="svc-table">
        <tbody>
          {staffServices.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/layanan/${s.slug}`}>{s.name}</Link> ·{' '}
                <Link to={`/staf/layanan/${s.slug}`}>{t('svc.staff.edit')}</Link>
              </td>
              <td>{s.active ? t('svc.staff.published') : t('svc.staff.draft')}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="intent" value="publish" />
                  <input type="hidden" name="id" value={s.id} />
                  <input type="hidden" name="published" value={String(!s.active)} />
                  <button type="submit" className="button button-light">
                    {s.active ? t('svc.staff.unpublish') : t('svc.staff.publish')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
