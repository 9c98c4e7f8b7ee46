import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorPage } from './components/ErrorPage';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { ProgressBar } from './components/ProgressBar';
import { tFromMatches, useT } from './i18n';
import stylesheet from './styles/app.css?url';
import { getLocale } from './server/locale.server';
import { useNonce } from './utils/nonce';
import { getUser } from './server/session.server';
import { unreadNotificationCount } from './server/notifications.server';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = tFromMatches(matches);
  return [{ title: t('site.name') }, { name: 'description', content: t('site.description') }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return { locale: getLocale(request), user, unread: user ? await unreadNotificationCount(request) : null };
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale } = useT();
  const data = useRouteLoaderData<typeof loader>('root');
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#7a2e0e" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <ProgressBar />
        <Header user={data?.user ?? null} unread={data?.unread ?? null} />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <Footer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
