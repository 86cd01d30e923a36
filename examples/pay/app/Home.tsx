'use client';
import {
  Button,
  Card,
  CardTitle,
  Heading,
  Inline,
  MarketingSlot,
  ServiceGrid,
  ServiceTile,
  Stack,
  Text,
  useTheme,
  useThemeSetters,
} from '@elder-ui/react';
import { BillIcon, FamilyIcon, HelpIcon, TopUpIcon, TransferIcon } from '@elder-ui/icons';
import Link from 'next/link';
import { useId, useRef } from 'react';
import { useApp } from '../lib/app-context';
import { bills } from '../lib/demo';
import { formatYuan } from '../lib/money';

/** Home: the balance, the services, and (in standard mode only) an offer. */
export function Home() {
  const { t, locale, balance, prompted } = useApp();
  const { mode } = useTheme();
  const heading = useRef<HTMLHeadingElement>(null);
  const servicesId = useId();

  return (
    <Stack gap="xl">
      <Heading level={1} size="display" ref={heading} tabIndex={-1}>
        {t.homeTitle}
      </Heading>
      {!prompted && mode !== 'elder' ? <ElderPrompt onAnswered={() => heading.current?.focus()} /> : null}
      <Card>
        <Stack gap="sm">
          <CardTitle>{t.balance}</CardTitle>
          <Text size="large" weight="bold" data-testid="balance">
            {formatYuan(balance, locale)}
          </Text>
          <Text tone="muted">{t.balanceHint}</Text>
        </Stack>
      </Card>
      <Stack gap="md" asChild>
        <section aria-labelledby={servicesId}>
          <Heading level={2} id={servicesId}>
            {t.services}
          </Heading>
          <ServiceGrid>
            <ServiceTile asChild icon={<TransferIcon />} label={t.tileSend}>
              <Link href="/send" />
            </ServiceTile>
            <ServiceTile asChild icon={<BillIcon />} label={t.tileBills} badge={t.billsDue(bills.length)}>
              <Link href="/bills" />
            </ServiceTile>
            <ServiceTile asChild icon={<TopUpIcon />} label={t.tileTopUp}>
              <Link href="/top-up" />
            </ServiceTile>
            <ServiceTile asChild icon={<FamilyIcon />} label={t.tileFamily}>
              <Link href="/family" />
            </ServiceTile>
            <ServiceTile asChild icon={<HelpIcon />} label={t.tileHelp}>
              <Link href="/help" />
            </ServiceTile>
          </ServiceGrid>
        </section>
      </Stack>
      <MarketingSlot>
        <Card>
          <Stack gap="sm">
            <CardTitle>{t.offerTitle}</CardTitle>
            <Text>{t.offerBody}</Text>
          </Stack>
        </Card>
      </MarketingSlot>
    </Stack>
  );
}

/** The first-visit question, asked once: elder mode, yes or not now. Either answer is remembered. */
function ElderPrompt({ onAnswered }: { onAnswered: () => void }) {
  const { t, setPrompted } = useApp();
  const { setMode } = useThemeSetters();
  const titleId = useId();
  const answer = (elder: boolean) => {
    if (elder) setMode('elder');
    setPrompted();
    onAnswered();
  };
  return (
    <Card asChild>
      <section aria-labelledby={titleId}>
        <Stack gap="md">
          <CardTitle id={titleId}>{t.promptTitle}</CardTitle>
          <Text>{t.promptBody}</Text>
          <Inline stackInElder>
            <Button onClick={() => answer(true)}>{t.promptYes}</Button>
            <Button tone="secondary" onClick={() => answer(false)}>
              {t.promptNo}
            </Button>
          </Inline>
        </Stack>
      </section>
    </Card>
  );
}
