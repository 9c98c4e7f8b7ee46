import { Form, Link, NavLink } from '@remix-run/react';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Header({ user }: { user: { name: string; roles: string[] } | null }) {
  const { t } = useT();
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('site.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="main-nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/katalog">{t('nav.catalog')}</NavLink>
          <NavLink to="/layanan">{t('nav.services')}</NavLink>
          <NavLink to="/informasi">{t('nav.info')}</NavLink>
          <NavLink to="/keranjang">{t('nav.cart')}</NavLink>
          {user && <NavLink to="/akun">{t('nav.account')}</NavLink>}
          {user?.roles.includes('SELLER') && <NavLink to="/penjual">{t('nav.seller')}</NavLink>}
          {user?.roles.some((role) => role === 'STAFF' || role === 'ADMIN') && (
            <NavLink to="/staf">{t('nav.staff')}</NavLink>
          )}
        </nav>
        <div className="header-actions">
          <LanguageSwitch />
          {user ? (
            <>
              <span className="greeting">{t('auth.greeting', { name: user.name })}</span>
              <Form method="post" action="/keluar">
                <button type="submit" className="button button-ghost">
                  {t('auth.signOut')}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to="/masuk" className="button button-ghost">
                {t('auth.signIn')}
              </Link>
              <Link to="/daftar" className="button">
                {t('auth.signUp')}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
