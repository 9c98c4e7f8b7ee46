import { Form, Link, NavLink } from '@remix-run/react';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

type HeaderUser = { name: string; roles: string[]; memberships?: { role: string; placeCode: string }[] };

/** The office areas a user's memberships open (decision 020); a cookie from before them has roles only. */
function officeAreas(user: HeaderUser | null) {
  const held = new Set(user?.memberships?.map((m) => m.role) ?? []);
  const regency = held.has('REGENCY_ADMIN') || !!user?.roles.includes('ADMIN');
  // Village staff and heads, district officers: their place's queue and figures (the API scopes both).
  const office = regency || held.size > 0 || !!user?.roles.includes('STAFF');
  return { staff: office, oversight: office, admin: regency };
}

export function Header({ user }: { user: HeaderUser | null }) {
  const { t } = useT();
  const areas = officeAreas(user);
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
          {areas.staff && <NavLink to="/staf">{t('nav.staff')}</NavLink>}
          {areas.oversight && <NavLink to="/pemantauan">{t('nav.oversight')}</NavLink>}
          {areas.admin && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
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
