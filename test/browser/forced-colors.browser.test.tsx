import { SearchIcon } from '@elder-ui/icons';
import { render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import {
  AmountField,
  Checkbox,
  IconButton,
  PasswordField,
  RadioGroup,
  RadioGroupItem,
  Select,
  SelectItem,
  Switch,
  TextArea,
  TextField,
  ThemeScope,
} from '../../packages/react/src';
import { contrastRatio, px } from '../support/measure';

// Windows High Contrast (forced colours) replaces every colour, drops backgrounds and box
// shadows, and keeps borders and outlines. A control drawn by fill or shadow alone vanishes,
// and so does a focus indicator that is only a colour change.
const session = cdp();
beforeAll(() => session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] }));
afterAll(() => session.send('Emulation.setEmulatedMedia', { features: [] }));

function renderForm(mode: 'standard' | 'elder') {
  render(
    <ThemeScope mode={mode} style={{ padding: '1rem', width: '36rem' }}>
      <TextField label="Payee name" />
      <TextArea label="Message" />
      <PasswordField label="Password" />
      <AmountField label="Amount" currency="CNY" />
      <Select label="Bank">
        <SelectItem value="boc">Bank of China</SelectItem>
      </Select>
      <RadioGroup label="When">
        <RadioGroupItem value="now" label="Now" />
        <RadioGroupItem value="later" label="Later today" />
      </RadioGroup>
      <Checkbox label="I have checked the payee" />
      <Switch label="Remember this payee" />
      <IconButton label="Search" icon={<SearchIcon />} />
    </ThemeScope>,
  );
}

/** The element that shows the focus ring: the control, or the option around it. */
function ringOf(el: Element): CSSStyleDeclaration | null {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== 'none' && px(style.outlineWidth) > 0) return style;
  }
  return null;
}

describe.each(['standard', 'elder'] as const)('form controls under forced colours, %s mode', (mode) => {
  it('keep a border that marks each control out', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    renderForm(mode);
    const controls = [
      ...screen.getAllByRole('textbox'),
      screen.getByLabelText('Password'),
      screen.getByRole('combobox'),
      ...screen.getAllByRole('radio'),
      screen.getByRole('checkbox'),
      screen.getByRole('switch'),
      ...screen.getAllByRole('button'),
    ];
    expect(controls.length).toBeGreaterThanOrEqual(11);
    for (const control of controls) {
      // A text input may sit in a box that draws the border (the amount's currency, the password's eye).
      const box = [control, control.parentElement!].map((el) => getComputedStyle(el)).find((s) => s.borderTopStyle !== 'none' && px(s.borderTopWidth) > 0);
      expect(box, `${control.outerHTML.slice(0, 120)} has no border under forced colours`).toBeDefined();
    }
  });

  it('keep the check mark, the radio dot and the switch thumb visible once chosen', async () => {
    renderForm(mode);
    await userEvent.click(screen.getByText('I have checked the payee'));
    await userEvent.click(screen.getByText('Later today'));
    await userEvent.click(screen.getByText('Remember this payee'));
    const box = screen.getByRole('checkbox');
    const radio = screen.getByRole('radio', { name: 'Later today' });
    const toggle = screen.getByRole('switch');
    const marks = [
      [box, getComputedStyle(box, '::before')],
      [radio, getComputedStyle(radio, '::before')],
      // The switch's thumb is drawn next to its input.
      [toggle, getComputedStyle(toggle.nextElementSibling!)],
    ] as const;
    for (const [control, mark] of marks) {
      // Drawn as a border, which forced colours repaint in a system colour that stands out from the fill.
      expect(mark.visibility, control.outerHTML.slice(0, 80)).toBe('visible');
      expect(px(mark.borderTopWidth)).toBeGreaterThan(0);
      const { backgroundColor, borderTopColor } = getComputedStyle(control);
      expect(contrastRatio(mark.borderTopColor, backgroundColor)).toBeGreaterThanOrEqual(4.5);
      // And the chosen control's own outline stays too, though its fill is the page's colour there.
      expect(contrastRatio(borderTopColor, backgroundColor)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('show a solid focus ring of at least 3 px on every control Tab reaches', async () => {
    renderForm(mode);
    const reached: string[] = [];
    for (let step = 0; step < 20; step++) {
      await userEvent.keyboard('{Tab}');
      const active = document.activeElement;
      if (!active || active === document.body || reached.includes(active.outerHTML)) break;
      reached.push(active.outerHTML);
      const ring = ringOf(active);
      expect(ring, `no focus ring on ${active.outerHTML.slice(0, 120)}`).not.toBeNull();
      expect(ring!.outlineStyle).toBe('solid');
      expect(px(ring!.outlineWidth)).toBeGreaterThanOrEqual(3);
    }
    // Name, message, password, its eye button, amount, bank, the radio group, checkbox, switch, search.
    expect(reached.length).toBeGreaterThanOrEqual(10);
  });
});
