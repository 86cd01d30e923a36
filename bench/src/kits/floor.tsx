import './floor.css';
import { Fragment, useState } from 'react';
import type { FormSetProps, Kit } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

/** Native elements only: the cost of React and the browser, with no kit. */
function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  return (
    <fieldset>
      <label>
        Name {index} <input className="floor-field" />
      </label>
      <label>
        <input type="checkbox" /> I agree
      </label>
      <label>
        <input type="checkbox" role="switch" /> Notify me
      </label>
      <label>
        City{' '}
        <select className="floor-field" defaultValue={cities[0]}>
          {cities.map((city) => (
            <option key={city}>{city}</option>
          ))}
        </select>
      </label>
      <button type="button" className="floor-button" onClick={() => setOpen(true)}>
        Open
      </button>
      <dialog open={open}>Dialog body</dialog>
    </fieldset>
  );
}

export const kit: Kit = {
  Root: ({ children }) => <Fragment>{children}</Fragment>,
  Button: ({ children }) => (
    <button type="button" className="floor-button">
      {children}
    </button>
  ),
  FormSet,
  missing: [],
  switchTheme: (change) => document.documentElement.classList.add(...(change === 'scheme' ? ['floor-dark'] : ['floor-dark', 'floor-large'])),
  switchHow: {
    scheme: '`floor-dark` class on `<html>` swapping CSS variables',
    schemeAndSize: '`floor-dark floor-large` classes on `<html>` swapping CSS variables',
  },
};

export const ButtonCost = () => (
  <button type="button" className="floor-button">
    Confirm
  </button>
);
export const FormsCost = () => <FormSet index={0} />;
