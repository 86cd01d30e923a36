import {
  Button,
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
  ThemeProvider,
  createTheme,
  type Theme,
} from '@mui/material';
import { useState } from 'react';
import type { FormSetProps, Kit, ThemeChange } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  return (
    <fieldset>
      <TextField label={`Name ${index}`} />
      <FormControlLabel control={<Checkbox />} label="I agree" />
      <FormControlLabel control={<Switch />} label="Notify me" />
      <TextField select label="City" defaultValue={cities[0]}>
        {cities.map((city) => (
          <MenuItem key={city} value={city}>
            {city}
          </MenuItem>
        ))}
      </TextField>
      <Button onClick={() => setOpen(true)}>Open</Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>Details</DialogTitle>
        <DialogContent>Dialog body</DialogContent>
      </Dialog>
    </fieldset>
  );
}

let themes: Record<ThemeChange | 'none', Theme> | null = null;
/** Created on first use, so the cost entries (which never switch) do not carry them. */
function getThemes() {
  themes ??= {
    none: createTheme(),
    scheme: createTheme({ palette: { mode: 'dark' } }),
    schemeAndSize: createTheme({ palette: { mode: 'dark' }, components: { MuiButton: { defaultProps: { size: 'large' } } } }),
  };
  return themes;
}

export const kit: Kit = {
  Root: ({ change, children }) => <ThemeProvider theme={getThemes()[change ?? 'none']}>{children}</ThemeProvider>,
  Button: ({ children }) => <Button>{children}</Button>,
  FormSet,
  missing: [],
  switchHow: {
    scheme: "`<ThemeProvider>` swapped to `createTheme({ palette: { mode: 'dark' } })`: re-render, emotion",
    schemeAndSize: "`<ThemeProvider>` swapped to `createTheme({ palette: { mode: 'dark' } })` with Button `size: 'large'`: re-render, emotion",
  },
};

export const ButtonCost = () => <Button>Confirm</Button>;
export const FormsCost = () => <FormSet index={0} />;
