export { ServiceGrid, ServiceTile, serviceGridElderColumns } from './ServiceGrid';
export type { ServiceGridProps, ServiceTileProps } from './ServiceGrid';
