export { MarketingSlot } from './MarketingSlot';
export type { MarketingSlotProps } from './MarketingSlot';
