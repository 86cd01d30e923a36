import type { Metadata } from 'next';
import { InfoPage } from '../InfoPage';

export const metadata: Metadata = { title: 'Top up' };

export default function TopUpPage() {
  return <InfoPage page="topUp" />;
}
