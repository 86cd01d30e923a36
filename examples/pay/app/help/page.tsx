import type { Metadata } from 'next';
import { InfoPage } from '../InfoPage';

export const metadata: Metadata = { title: 'Help' };

export default function HelpPage() {
  return <InfoPage page="help" />;
}
