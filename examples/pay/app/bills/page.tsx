import type { Metadata } from 'next';
import { Bills } from './Bills';

export const metadata: Metadata = { title: 'Bills' };

export default function BillsPage() {
  return <Bills />;
}
