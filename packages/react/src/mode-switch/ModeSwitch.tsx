'use client';
import { ContrastIcon, MoonIcon, SunIcon, TextSizeIcon } from '@elder-ui/icons';
import { primaryTarget, targetAttribute, type ThemeSettings } from '@elder-ui/tokens/contract';
import { clsx } from 'clsx';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useLocale, type Messages } from '../locale';
import { RadioGroup, RadioGroupItem } from '../radio-group';
import { Switch } from '../switch';
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
 * The visible theme switcher: the kit's {@link Switch} for elder mode, its state
 * in words, and optionally {@link RadioGroup}s for the colour scheme and contrast.
 * Needs a {@link ThemeProvider} above it.
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
