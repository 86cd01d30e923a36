export { ModeSwitch, modeSwitchAxes } from './ModeSwitch';
export type { ModeSwitchProps } from './ModeSwitch';
