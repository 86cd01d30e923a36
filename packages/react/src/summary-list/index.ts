export { SummaryList, SummaryListAction, SummaryListRow } from './SummaryList';
export type { SummaryListActionProps, SummaryListProps, SummaryListRowProps } from './SummaryList';
