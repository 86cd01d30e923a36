export { TabBar, TabBarItem } from './TabBar';
export type { TabBarItemProps, TabBarProps } from './TabBar';
