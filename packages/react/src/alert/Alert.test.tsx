import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { ReadAloudProvider } from '../read-aloud';
import { DemoSpeech } from '../read-aloud/demo-speech';
import { Alert, RiskWarning, alertTones } from '.';
import * as alertStories from './Alert.stories';
import * as riskStories from './RiskWarning.stories';

const { Tones } = composeStories(alertStories);
const { WithHelpLine } = composeStories(riskStories);

describe('Alert', () => {
  it.each([
    ['info', 'status', 'Information'],
    ['success', 'status', 'Done'],
    ['warning', 'alert', 'Warning'],
    ['danger', 'alert', 'Problem'],
  ] as const)('in the %s tone has role %s and an icon named "%s"', (tone, role, word) => {
    render(<Alert tone={tone} title="Card saved" />);
    const alert = screen.getByRole(role);
    expect(screen.getByRole('img', { name: word })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Card saved');
  });

  it('can be a plain message already on the page', () => {
    render(<Alert live="off" title="Opening hours changed" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Opening hours changed')).toBeInTheDocument();
  });

  it('shows its action', async () => {
    const onClick = vi.fn();
    render(<Alert tone="warning" title="Card expires soon" action={<button onClick={onClick}>Renew card</button>} />);
    await userEvent.click(screen.getByRole('button', { name: 'Renew card' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('gives every tone its own class', () => {
    const classes = alertTones.map((tone) => {
      const { container } = render(<Alert tone={tone} title="x" />);
      return container.firstElementChild!.className;
    });
    expect(new Set(classes).size).toBe(alertTones.length);
  });

  it('has no axe violations in any tone', async () => {
    render(<Tones />);
    expect(screen.getAllByRole('img')).toHaveLength(alertTones.length);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('RiskWarning', () => {
  it('offers no Listen button unless asked', () => {
    render(
      <ReadAloudProvider speech={new DemoSpeech()}>
        <RiskWarning helpHref="tel:96110">Stop.</RiskWarning>
      </ReadAloudProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Listen' })).toBeNull();
  });

  it('warns in development that readAloud needs a ReadAloudProvider, and shows no Listen button without one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<RiskWarning readAloud>Stop.</RiskWarning>);
    expect(screen.queryByRole('button', { name: 'Listen' })).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/RiskWarning's readAloud needs a <ReadAloudProvider>/));
    warn.mockRestore();
  });

  it('with readAloud, reads the warning aloud in its language, and not its Listen button', async () => {
    const speech = new DemoSpeech();
    render(
      <ReadAloudProvider speech={speech}>
        <RiskWarning lang="zh-CN" readAloud title="请停一下：这可能是诈骗">
          银行不会让您转账到“安全账户”。请挂断电话！
        </RiskWarning>
      </ReadAloudProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speech.spoken.map((utterance) => utterance.text)).toEqual([
      'Problem',
      '请停一下：这可能是诈骗',
      '银行不会让您转账到“安全账户”。',
      '请挂断电话！',
    ]);
    expect(speech.spoken.every((utterance) => utterance.voice?.lang === 'zh-CN')).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop' })).not.toHaveAttribute('aria-pressed');
    expect(await axeViolations()).toEqual([]);
  });

  it('is an alert with an icon and a plain title by default', () => {
    render(<RiskWarning>Nobody from your bank will ask for your code.</RiskWarning>);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Stop and check: this could be a scam');
    expect(screen.getByRole('img', { name: 'Problem' })).toBeInTheDocument();
  });

  it('offers a call for help as a phone link', () => {
    render(<RiskWarning helpHref="tel:96110">Stop.</RiskWarning>);
    expect(screen.getByRole('link', { name: 'Call for help' })).toHaveAttribute('href', 'tel:96110');
  });

  it('or as a button that opens the app’s own help', async () => {
    const onHelp = vi.fn();
    render(<RiskWarning onHelp={onHelp} helpLabel="Talk to us now">Stop.</RiskWarning>);
    await userEvent.click(screen.getByRole('button', { name: 'Talk to us now' }));
    expect(onHelp).toHaveBeenCalledOnce();
  });

  it('has no dismiss control: nothing but the help action is interactive', () => {
    render(<RiskWarning helpHref="tel:96110">Stop.</RiskWarning>);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('speaks Chinese', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <RiskWarning helpHref="tel:96110">不要转账。</RiskWarning>
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('请停一下：这可能是诈骗');
    expect(screen.getByRole('link', { name: '打电话求助' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    render(<WithHelpLine />);
    expect(screen.getByRole('link', { name: 'Call the anti-fraud line: 96110' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});
