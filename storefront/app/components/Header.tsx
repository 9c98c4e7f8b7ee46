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

/** The bell: unread notices (null when the count could not be read), linking to the inbox. */
function NotificationBell({ unread }: { unread: number | null }) {
  const { t } = useT();
  const label = unread ? t('notif.bell.unread', { count: unread }) : t('notif.bell');
  return (
    <Link to="/akun/notifikasi" className="bell" aria-label={label} title={label} data-testid="bell">
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {!!unread && (
        <span className="bell-count" data-testid="bell-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}

export function Header({ user, unread = null }: { user: HeaderUser | null; unread?: number | null }) {
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
              <NotificationBell unread={unread} />
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
