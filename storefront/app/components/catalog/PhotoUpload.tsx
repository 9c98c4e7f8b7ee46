import { useRef, useState } from 'react';
import { useRevalidator } from '@remix-run/react';
import { useT } from '../../i18n';

/**
 * A plain multipart form post without JavaScript; with it, the same post through XHR so that
 * a progress bar can show the upload, then the page data is reloaded.
 */
export function PhotoUpload({ error }: { error?: string }) {
  const { t } = useT();
  const [percent, setPercent] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const revalidator = useRevalidator();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', event.currentTarget.action);
    xhr.upload.onprogress = (e) => e.lengthComputable && setPercent(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setPercent(null);
      const doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      setFailure(
        xhr.status >= 400
          ? (doc.querySelector('[data-testid="upload-error"]')?.textContent ?? String(xhr.status))
          : undefined,
      );
      form.current?.reset();
      revalidator.revalidate();
    };
    xhr.onerror = () => {
      setPercent(null);
      setFailure(t('error.unavailable.text'));
    };
    setPercent(0);
    xhr.send(new FormData(event.currentTarget));
  };
  const shown = failure ?? error;
  return (
    <form
      ref={form}
      method="post"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="form"
      data-testid="photo-form"
    >
      <input type="hidden" name="intent" value="upload" />
      <div className="field">
        <label htmlFor="field-photo">{t('seller.upload')}</label>
        <input id="field-photo" type="file" name="photo" accept="image/jpeg,image/png,image/webp" required />
        <p className="hint">{t('seller.uploadHint')}</p>
        {shown && (
          <p className="field-error" data-testid="upload-error">
            {shown}
          </p>
        )}
      </div>
      {percent !== null && (
        <p role="status">
          <progress className="upload-progress" max={100} value={percent} /> {t('seller.uploading', { percent })}
        </p>
      )}
      <button type="submit" className="button button-light" disabled={percent !== null}>
        {t('seller.upload')}
      </button>
    </form>
  );
}
