'use client';
import { CheckIcon, ContrastIcon, MoonIcon, SunIcon, TextSizeIcon } from '@elder-ui/icons';
import type { ContrastSetting, SchemeSetting } from '@elder-ui/tokens';
import * as RadioGroup from '@radix-ui/react-radio-group';
import * as Switch from '@radix-ui/react-switch';
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useLocale, type Messages } from '../locale';
import { useTheme } from '../theme';
import * as styles from './ModeSwitch.css';

/** The axes a {@link ModeSwitch} can offer. */
export const modeSwitchAxes = ['mode', 'scheme', 'contrast'] as const;

/** Props of {@link ModeSwitch}. */
export interface ModeSwitchProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Which choices to show: elder mode always comes first; add `scheme` and
   * `contrast` for a full display-settings panel.
   * @default ['mode']
   */
  axes?: readonly (typeof modeSwitchAxes)[number][];
}

interface ChoiceProps<Value extends string> {
  label: string;
  icon: ReactNode;
  value: Value;
  choices: readonly { value: Value; label: string; icon?: ReactNode }[];
  onChange(value: Value): void;
}

function Choice<Value extends string>({ label, icon, value, choices, onChange }: ChoiceProps<Value>) {
  const id = useId();
  return (
    <div className={styles.group}>
      <span id={`${id}-label`} className={styles.groupLabel}>
        {icon}
        {label}
      </span>
      <RadioGroup.Root
        className={styles.options}
        aria-labelledby={`${id}-label`}
        value={value}
        onValueChange={(next) => onChange(next as Value)}
      >
        {choices.map((choice) => (
          <label key={choice.value} className={styles.option} htmlFor={`${id}-${choice.value}`}>
            <RadioGroup.Item id={`${id}-${choice.value}`} value={choice.value} className={styles.radio}>
              {/* The chosen option carries a check mark, not colour alone. */}
              <RadioGroup.Indicator className={styles.radioIndicator}>
                <CheckIcon />
              </RadioGroup.Indicator>
            </RadioGroup.Item>
            {choice.icon}
            {choice.label}
          </label>
        ))}
      </RadioGroup.Root>
    </div>
  );
}

const schemeChoices = (m: Messages) =>
  [
    { value: 'light', label: m.schemeLight, icon: <SunIcon /> },
    { value: 'dark', label: m.schemeDark, icon: <MoonIcon /> },
    { value: 'system', label: m.schemeSystem },
  ] as const satisfies readonly { value: SchemeSetting; label: string; icon?: ReactNode }[];

const contrastChoices = (m: Messages) =>
  [
    { value: 'standard', label: m.contrastStandard },
    { value: 'high', label: m.contrastHigh },
    { value: 'system', label: m.contrastSystem },
  ] as const satisfies readonly { value: ContrastSetting; label: string }[];

/**
 * The visible theme switcher: a large, plainly labelled switch for elder mode,
 * its state in words, and optionally the colour scheme and contrast. Needs a
 * {@link ThemeProvider} above it.
 */
export function ModeSwitch({ axes = ['mode'], className, ...props }: ModeSwitchProps) {
  const theme = useTheme();
  const { messages } = useLocale();
  const id = useId();
  const elder = theme.mode === 'elder';

  return (
    <div {...props} className={[styles.root, className].filter(Boolean).join(' ')}>
      <div className={styles.row}>
        <div className={styles.text}>
          <label id={`${id}-label`} htmlFor={`${id}-switch`} className={styles.label}>
            <TextSizeIcon />
            {messages.elderMode}
          </label>
          <p id={`${id}-description`} className={styles.description}>
            {messages.elderModeDescription}
          </p>
        </div>
        <Switch.Root
          id={`${id}-switch`}
          className={styles.switchRoot}
          checked={elder}
          onCheckedChange={(checked) => theme.setMode(checked ? 'elder' : 'standard')}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-description`}
        >
          <Switch.Thumb className={styles.thumb} />
          {/* The state in words, not colour alone; screen readers hear it from aria-checked. */}
          <span className={styles.stateWord} aria-hidden="true">
            {elder ? messages.on : messages.off}
          </span>
        </Switch.Root>
      </div>
      {axes.includes('scheme') ? (
        <Choice
          label={messages.scheme}
          icon={<SunIcon />}
          value={theme.scheme}
          choices={schemeChoices(messages)}
          onChange={theme.setScheme}
        />
      ) : null}
      {axes.includes('contrast') ? (
        <Choice
          label={messages.contrast}
          icon={<ContrastIcon />}
          value={theme.contrast}
          choices={contrastChoices(messages)}
          onChange={theme.setContrast}
        />
      ) : null}
    </div>
  );
}
