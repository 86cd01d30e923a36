export { DateField } from './DateField';
export type { DateDetails, DateFieldProps } from './DateField';
export { dateCalendars } from './read-date';
export type { DateCalendar } from './read-date';
