'use client';
import {
  ActionList,
  Button,
  Heading,
  ListRow,
  Sheet,
  SheetClose,
  SheetContent,
  Stack,
  SummaryList,
  SummaryListRow,
  Text,
} from '@elder-ui/react';
import { BillIcon, PhoneIcon, HealthIcon } from '@elder-ui/icons';
import { useId, useState } from 'react';
import { useApp } from '../../lib/app-context';
import { bills, type Bill } from '../../lib/demo';
import { formatYuan } from '../../lib/money';

const kindIcons = { water: <HealthIcon />, power: <BillIcon />, phone: <PhoneIcon /> } as const;

/** The bills to pay, each opening a sheet with its details. */
export function Bills() {
  const { t, locale } = useApp();
  const [open, setOpen] = useState<Bill | null>(null);
  const listId = useId();

  return (
    <Stack gap="lg">
      <Heading level={1} size="display">
        {t.billsTitle}
      </Heading>
      <Heading level={2} id={listId}>
        {t.billsList}
      </Heading>
      <ActionList aria-labelledby={listId}>
        {bills.map((bill) => (
          <ListRow
            key={bill.id}
            icon={kindIcons[bill.kind]}
            title={`${t[bill.kind]}: ${formatYuan(bill.amount, locale)}`}
            description={`${bill.company} · ${t.billDue(bill.due)}`}
            aria-haspopup="dialog"
            onClick={() => setOpen(bill)}
          />
        ))}
      </ActionList>
      <Sheet open={open !== null} onOpenChange={(next) => (next ? null : setOpen(null))}>
        {open ? (
          <SheetContent title={`${t[open.kind]}: ${formatYuan(open.amount, locale)}`} description={t.billDetails}>
            <Stack gap="lg">
              <SummaryList>
                <SummaryListRow term={t.billAmount}>{formatYuan(open.amount, locale)}</SummaryListRow>
                <SummaryListRow term={t.billDueOn}>{open.due}</SummaryListRow>
                <SummaryListRow term={t.billAccount}>{`${open.company} ${open.customerNumber}`}</SummaryListRow>
              </SummaryList>
              <Text>{t.billHow}</Text>
              <SheetClose asChild>
                <Button tone="secondary">{t.close}</Button>
              </SheetClose>
            </Stack>
          </SheetContent>
        ) : null}
      </Sheet>
    </Stack>
  );
}
