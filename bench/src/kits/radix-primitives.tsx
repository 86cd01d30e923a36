import * as Dialog from '@radix-ui/react-dialog';
import * as Switch from '@radix-ui/react-switch';
import { Fragment, useState } from 'react';
import type { FormSetProps, Kit } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

/**
 * The unstyled reference: the form set as a team would build it by hand, from Radix's Dialog
 * and Switch (the parts the browser has no equal for) and the browser's own input, checkbox
 * and select. No styles, no theme: behaviour and markup only.
 */
function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  return (
    <fieldset>
      <label>
        Name {index} <input />
      </label>
      <label>
        <input type="checkbox" /> I agree
      </label>
      <label>
        <Switch.Root>
          <Switch.Thumb />
        </Switch.Root>{' '}
        Notify me
      </label>
      <label>
        City{' '}
        <select defaultValue={cities[0]}>
          {cities.map((city) => (
            <option key={city}>{city}</option>
          ))}
        </select>
      </label>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger>Open</Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay />
          <Dialog.Content>
            <Dialog.Title>Details</Dialog.Title>
            <Dialog.Description>Dialog body</Dialog.Description>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </fieldset>
  );
}

export const kit: Kit = {
  Root: ({ children }) => <Fragment>{children}</Fragment>,
  // Radix has no Button: a native <button> is the floor's, so this kit runs the form page only.
  Button: null,
  FormSet,
  missing: [],
  switchHow: null,
};

export const FormsCost = () => <FormSet index={0} />;
