'use client';
import { ContrastIcon, MoonIcon, SunIcon, TextSizeIcon } from '@elder-ui/icons';
import { defaultTextSize, primaryTarget, targetAttribute, textSizes, type TextSize, type ThemeSettings } from '@elder-ui/tokens/contract';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useLocale, type Messages } from '../locale';
import { format } from '../locale/messages-overlays';
import { RadioGroup, RadioGroupItem } from '../radio-group';
import { Switch } from '../switch';
import { useTheme } from '../theme';
import * as styles from './ModeSwitch.css';

/** The settings a {@link ModeSwitch} can offer. */
export const modeSwitchAxes = ['mode', 'scheme', 'contrast', 'textSize'] as const;

/** Props of {@link ModeSwitch}. */
export interface ModeSwitchProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Which choices to show: elder mode always comes first; add `textSize` for the
   * text-size steps (100–200 %, shown right after elder mode), and `scheme` and
   * `contrast` for a full display-settings panel.
   * @default ['mode']
   */
  axes?: readonly (typeof modeSwitchAxes)[number][];
}

type ChoiceAxis = 'scheme' | 'contrast';

interface AxisChoices<Axis extends ChoiceAxis> {
  label: string;
  icon: ReactNode;
  choices: readonly { value: ThemeSettings[Axis]; label: string; icon?: ReactNode }[];
}

/** The radio groups after the switch, in the order they are shown. */
const choiceAxes = (m: Messages): { [Axis in ChoiceAxis]: AxisChoices<Axis> } => ({
  scheme: {
    label: m.scheme,
    icon: <SunIcon />,
    choices: [
      { value: 'light', label: m.schemeLight, icon: <SunIcon /> },
      { value: 'dark', label: m.schemeDark, icon: <MoonIcon /> },
      { value: 'system', label: m.schemeSystem },
    ],
  },
  contrast: {
    label: m.contrast,
    icon: <ContrastIcon />,
    choices: [
      { value: 'standard', label: m.contrastStandard },
      { value: 'high', label: m.contrastHigh },
      { value: 'system', label: m.contrastSystem },
    ],
  },
});

function WithIcon({ icon, children }: { icon?: ReactNode; children: ReactNode }) {
  return icon ? (
    <span className={styles.withIcon}>
      {icon}
      {children}
    </span>
  ) : (
    children
  );
}

// Marks the switch for the elder rules, which then hold it to the primary target size.
const primary = { [targetAttribute]: primaryTarget };

/**
 * The text-size steps as radios. Each step shows a sample ("Aa", and 字 in Chinese) drawn at
 * the size body text takes at that step, whichever step is applied now: the page itself grows
 * the moment a step is chosen, so the samples mostly show what the next steps would give.
 */
function TextSizeChoice() {
  const theme = useTheme();
  const { locale, messages } = useLocale();
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const name = (step: TextSize) => {
    const value = percent.format(step / 100);
    return step === defaultTextSize ? format(messages.textSizeStandard, { percent: value }) : value;
  };
  return (
    <RadioGroup
      label={messages.textSize}
      hint={messages.textSizeDescription}
      orientation="horizontal"
      value={String(theme.textSize)}
      // The values are this group's own steps; setTheme still checks them.
      onValueChange={(value) => theme.setTextSize(Number(value) as TextSize)}
    >
      {textSizes.map((step) => (
        <RadioGroupItem
          key={step}
          value={String(step)}
          label={
            <span className={styles.textSizeLabel}>
              {/* A picture of the size for the eyes; the name is the words beside it. */}
              <span className={styles.sample({ step: String(step) as `${TextSize}` })} aria-hidden="true">
                {messages.textSizeSample}
              </span>
              {name(step)}
            </span>
          }
        />
      ))}
    </RadioGroup>
  );
}

/**
 * The visible theme switcher: the kit's {@link Switch} for elder mode, its state
 * in words, and optionally {@link RadioGroup}s for the text size (with a sample of
 * each step), the colour scheme and contrast. Needs a {@link ThemeProvider} above it.
 */
export function ModeSwitch({ axes = ['mode'], className, ...props }: ModeSwitchProps) {
  const theme = useTheme();
  const { messages } = useLocale();
  const groups = choiceAxes(messages);

  return (
    <div {...props} className={clsx(styles.root, className)}>
      <Switch
        {...primary}
        className={styles.primarySwitch}
        label={<WithIcon icon={<TextSizeIcon />}>{messages.elderMode}</WithIcon>}
        hint={messages.elderModeDescription}
        checked={theme.mode === 'elder'}
        onCheckedChange={(checked) => theme.setMode(checked ? 'elder' : 'standard')}
      />
      {axes.includes('textSize') ? <TextSizeChoice /> : null}
      {(Object.keys(groups) as ChoiceAxis[])
        .filter((axis) => axes.includes(axis))
        .map((axis) => (
          <RadioGroup
            key={axis}
            label={<WithIcon icon={groups[axis].icon}>{groups[axis].label}</WithIcon>}
            orientation="horizontal"
            value={theme[axis]}
            // The values are this group's own choices; setTheme still checks them.
            onValueChange={(value) => theme.setTheme({ [axis]: value } as Partial<ThemeSettings>)}
          >
            {groups[axis].choices.map((choice) => (
              <RadioGroupItem
                key={choice.value}
                value={choice.value}
                label={<WithIcon icon={choice.icon}>{choice.label}</WithIcon>}
              />
            ))}
          </RadioGroup>
        ))}
    </div>
  );
}
