import type { Metadata } from 'next';
import { SendMoney } from './SendMoney';

export const metadata: Metadata = { title: 'Send money' };

export default function SendPage() {
  return <SendMoney />;
}
