import type { Metadata } from 'next';
import { InfoPage } from '../InfoPage';

export const metadata: Metadata = { title: 'Family' };

export default function FamilyPage() {
  return <InfoPage page="family" />;
}
