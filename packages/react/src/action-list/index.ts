export { ActionList, ListRow } from './ActionList';
export type { ActionListProps, ListRowProps } from './ActionList';
