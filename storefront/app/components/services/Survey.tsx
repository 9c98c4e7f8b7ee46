import { Form } from '@remix-run/react';
import { useT, type MessageKey } from '../../i18n';

/** The nine IKM elements, 1–4 each, plus a comment; plain radio buttons, no JavaScript needed. */
export function SurveyForm({ error }: { error?: string }) {
  const { t } = useT();
  return (
    <Form method="post" className="svc-form" aria-labelledby="survey-title">
      <h2 id="survey-title">{t('svc.survey.title')}</h2>
      <p className="muted">{t('svc.survey.lead')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <input type="hidden" name="intent" value="survey" />
      {Array.from({ length: 9 }, (_, i) => (
        <fieldset key={i} className="survey-row">
          <legend>{t(`svc.survey.e${i + 1}` as MessageKey)}</legend>
          {[1, 2, 3, 4].map((score) => (
            <label key={score}>
              <input type="radio" name={`e${i + 1}`} value={score} required /> {score}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="survey-comment">{t('svc.survey.comment')}</label>
        <textarea id="survey-comment" name="comment" rows={3} maxLength={1000} />
      </div>
      <button type="submit" className="button">
        {t('svc.survey.submit')}
      </button>
    </Form>
  );
}
