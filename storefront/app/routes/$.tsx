import { useRouteError } from '@remix-run/react';
import { ErrorPage } from '../components/ErrorPage';

/** Catches unknown paths so the root loader (locale, user) still runs for the 404 page. */
export function loader() {
  throw new Response('Not Found', { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
