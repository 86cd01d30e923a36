'use client';
import {
  Alert,
  Button,
  HelpAction,
  HelpButton,
  Inline,
  LocaleProvider,
  SkipLink,
  TabBar,
  TabBarItem,
  Text,
  ThemeProvider,
  createCookieStorage,
  useThemeSetters,
  type DisplaySettings,
} from '@elder-ui/react';
import { FamilyIcon, HomeIcon, PhoneIcon, SettingsIcon, BillIcon } from '@elder-ui/icons';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { AppProvider, useApp } from '../lib/app-context';
import type { AppLocale } from '../lib/messages';
import { themeCookie } from '../lib/theme';
import styles from './AppShell.module.css';

// One storage for the whole app: the theme goes to a cookie, which the server reads, and to
// localStorage, which tells the other tabs.
const storage = createCookieStorage();

interface AppShellProps {
  locale: AppLocale;
  serverTheme: Partial<DisplaySettings>;
  themeCorrupt: boolean;
  prompted: boolean;
  children: ReactNode;
}

/** Everything around the pages: the theme and language, the header with Help, and the tab bar. */
export function AppShell({ locale, serverTheme, themeCorrupt, prompted, children }: AppShellProps) {
  return (
    <ThemeProvider storage={storage} storageKey={themeCookie} serverSettings={serverTheme}>
      <LocaleProvider locale={locale}>
        <AppProvider locale={locale} prompted={prompted}>
          <SkipLink />
          <Header />
          <main id="main" tabIndex={-1} className={styles.main}>
            {themeCorrupt ? <ThemeProblem /> : null}
            {children}
          </main>
          <Navigation />
        </AppProvider>
      </LocaleProvider>
    </ThemeProvider>
  );
}

function Header() {
  const { t } = useApp();
  return (
    <header className={styles.header}>
      <Inline justify="between">
        <Text as="span" size="large" weight="bold">
          {t.appName}
        </Text>
        <HelpButton>
          <HelpAction href="tel:95188" icon={<PhoneIcon />} title={t.helpCall} description={t.helpCallHint} />
          <HelpAction asChild icon={<FamilyIcon />} title={t.helpFamily} description={t.helpFamilyHint}>
            <Link href="/family" />
          </HelpAction>
        </HelpButton>
      </Inline>
    </header>
  );
}

/** A corrupt theme cookie: said in words, the defaults in use, and two ways on. Nothing else is lost. */
function ThemeProblem() {
  const { t } = useApp();
  const { setTheme } = useThemeSetters();
  const [settled, setSettled] = useState(false);
  if (settled) return null;
  return (
    <Alert
      tone="warning"
      title={t.themeCorruptTitle}
      className={styles.notice}
      action={
        <Inline>
          <Button
            tone="secondary"
            onClick={() => {
              setTheme({ mode: 'standard', scheme: 'system', contrast: 'system', textSize: 100 });
              setSettled(true);
            }}
          >
            {t.themeKeep}
          </Button>
          <Button tone="secondary" asChild>
            <Link href="/settings" onClick={() => setSettled(true)}>
              {t.themeChoose}
            </Link>
          </Button>
        </Inline>
      }
    >
      {t.themeCorruptBody}
    </Alert>
  );
}

function Navigation() {
  const { t } = useApp();
  const pathname = usePathname();
  const places = [
    { href: '/', label: t.navHome, icon: <HomeIcon /> },
    { href: '/bills', label: t.navBills, icon: <BillIcon /> },
    { href: '/settings', label: t.navSettings, icon: <SettingsIcon /> },
  ];
  return (
    <TabBar>
      {places.map((place) => (
        <TabBarItem key={place.href} asChild label={place.label} icon={place.icon} current={pathname === place.href}>
          <Link href={place.href} />
        </TabBarItem>
      ))}
    </TabBar>
  );
}
