import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../button';
import { ModeSwitch } from '../mode-switch';
import { LocaleProvider } from './LocaleProvider';
import { locales } from './messages';

const meta = {
  title: 'Foundations/Locale',
  component: LocaleProvider,
  parameters: {
    docs: {
      description: {
        component:
          'LocaleProvider chooses the language of every built-in string: en, zh-CN, zh-TW and id ship with the kit; `messages` replaces any of them. Put it once near the root, next to ThemeProvider. Do: pass the BCP 47 tag your app already has (`zh-Hant-HK` reads Traditional Chinese). Don\'t: translate the elder-mode label freely — 长辈模式, 关怀模式, elder mode and mode lansia are the words people search for.',
      },
    },
  },
} satisfies Meta<typeof LocaleProvider>;

export default meta;

export const EveryLanguage: StoryObj<typeof meta> = {
  name: 'The switcher in every shipped language',
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--eui-space-xl)' }}>
      {locales.map((locale) => (
        <section key={locale} lang={locale} aria-label={locale} style={{ display: 'grid', gap: 'var(--eui-target-gap)' }}>
          <LocaleProvider locale={locale}>
            <ModeSwitch />
            <Button tone="secondary">{locale}</Button>
          </LocaleProvider>
        </section>
      ))}
    </div>
  ),
};
