'use client';
import { Heading, ModeSwitch, RadioGroup, RadioGroupItem, Stack } from '@elder-ui/react';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { useApp } from '../../lib/app-context';
import { appLocales, isAppLocale, localeCookie, localeNames, type AppLocale } from '../../lib/messages';

/** Display settings (the kit's ModeSwitch with every axis) and the app's language. */
export function Settings() {
  const { t, locale } = useApp();
  const router = useRouter();
  const [, startTransition] = useTransition();
  // The choice shows at once; the words follow when the server has rendered them.
  const [chosen, setChosen] = useState<AppLocale | null>(null);
  const displayId = useId();

  return (
    <Stack gap="xl">
      <Heading level={1} size="display">
        {t.settingsTitle}
      </Heading>
      <Stack gap="md" asChild>
        <section aria-labelledby={displayId}>
          <Heading level={2} id={displayId}>
            {t.display}
          </Heading>
          <ModeSwitch axes={['mode', 'textSize', 'scheme', 'contrast']} />
        </section>
      </Stack>
      <RadioGroup
        label={t.language}
        hint={t.languageHint}
        value={chosen ?? locale}
        onValueChange={(value) => {
          if (!isAppLocale(value)) return;
          setChosen(value);
          // The server renders the language (`<html lang>`, every word) from this cookie.
          document.cookie = `${localeCookie}=${value}; Path=/; Max-Age=${400 * 24 * 60 * 60}; SameSite=Lax`;
          startTransition(() => router.refresh());
        }}
      >
        {appLocales.map((code) => (
          <RadioGroupItem key={code} value={code} label={localeNames[code]} lang={code} />
        ))}
      </RadioGroup>
    </Stack>
  );
}
