'use client';
import { ActionList, Heading, ListRow, Stack, Text } from '@elder-ui/react';
import { FamilyIcon, PhoneIcon } from '@elder-ui/icons';
import Link from 'next/link';
import { useApp } from '../lib/app-context';

const family = [
  { name: 'Zhang Wei', relation: 'Son', phone: '13800138000' },
  { name: 'Zhang Li', relation: 'Daughter', phone: '13900139000' },
];

/** The short pages behind the home tiles: top up, family and help. */
export function InfoPage({ page }: { page: 'topUp' | 'family' | 'help' }) {
  const { t } = useApp();
  const title = { topUp: t.topUpTitle, family: t.familyTitle, help: t.helpTitle }[page];
  const body = { topUp: t.topUpBody, family: t.familyBody, help: t.helpBody }[page];
  return (
    <Stack gap="lg">
      <Heading level={1} size="display">
        {title}
      </Heading>
      <Text>{body}</Text>
      {page === 'family' ? (
        <ActionList aria-label={title}>
          {family.map((person) => (
            <ListRow key={person.phone} href={`tel:${person.phone}`} icon={<PhoneIcon />} title={person.name} description={person.relation} />
          ))}
        </ActionList>
      ) : null}
      {page === 'help' ? (
        <ActionList aria-label={title}>
          <ListRow href="tel:95188" icon={<PhoneIcon />} title={t.helpCall} description={t.helpCallHint} />
          <ListRow asChild icon={<FamilyIcon />} title={t.helpFamily} description={t.helpFamilyHint}>
            <Link href="/family" />
          </ListRow>
        </ActionList>
      ) : null}
    </Stack>
  );
}
