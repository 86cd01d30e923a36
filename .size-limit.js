// Size budgets, measured as an app's bundler sees the built packages (esbuild, minified, gzip).
// esbuild reads tsconfig.base.json, not tsconfig.json: the root config's `paths` point @elder-ui/*
// at the sources, which would measure vanilla-extract's build-time runtime instead of the package.
const useBuiltPackages = (config) => ({ ...config, tsconfig: 'tsconfig.base.json' });

// AmountField's budget counts Radix's useControllableState (about 1.1 kB), the one state hook every
// control shares; an app with any other kit control already pays for it.
export default [
  {
    "name": "import { Button } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ Button }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "3 kB"
  },
  {
    "name": "import { Dialog, DialogTrigger, DialogContent } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ Dialog, DialogTrigger, DialogContent }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "18.5 kB"
  },
  {
    "name": "import { ToastProvider, useToast } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ ToastProvider, useToast }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "19 kB"
  },
  {
    "name": "import { Checkbox, Switch, RadioGroup, RadioGroupItem } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ Checkbox, Switch, RadioGroup, RadioGroupItem }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "5.6 kB"
  },
  {
    "name": "import { Select, SelectItem } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ Select, SelectItem }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "3.6 kB"
  },
  {
    "name": "import { formatAmountInWords } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ formatAmountInWords }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "2.5 kB"
  },
  {
    "name": "import { AmountField } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ AmountField }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "9 kB"
  },
  {
    "name": "import { CodeField } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ CodeField }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "11 kB"
  },
  {
    "name": "import { DateField } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ DateField }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "11.5 kB"
  },
  {
    "name": "import { ServiceGrid, ServiceTile } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ ServiceGrid, ServiceTile }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "3.6 kB"
  },
  {
    "name": "import { TabBar, TabBarItem } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ TabBar, TabBarItem }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "3.9 kB"
  },
  {
    "name": "import { SummaryList, SummaryListRow, SummaryListAction } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ SummaryList, SummaryListRow, SummaryListAction }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "4.1 kB"
  },
  {
    "name": "import { Sheet, SheetTrigger, SheetContent } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ Sheet, SheetTrigger, SheetContent }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "20 kB"
  },
  {
    "name": "import { HelpButton, HelpAction } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ HelpButton, HelpAction }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "21.5 kB"
  },
  {
    "name": "import { SearchField } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ SearchField }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "8.7 kB"
  },
  // Read aloud counts dom-accessibility-api (about 4.4 kB), which names images and icons as screen readers do.
  {
    "name": "import { ReadAloud, ReadAloudProvider, useReadAloud } from '@elder-ui/react' (JS; react, react-dom external)",
    "path": "packages/react/dist/index.js",
    "import": "{ ReadAloud, ReadAloudProvider, useReadAloud }",
    "ignore": [
      "react",
      "react-dom",
      "react/jsx-runtime"
    ],
    "gzip": true,
    "limit": "14.5 kB"
  },
  {
    "name": "@elder-ui/react/styles.css (all 8 themes, tokens, icons, components)",
    "path": "packages/react/dist/styles.css",
    "disablePlugins": [
      "@size-limit/esbuild"
    ],
    "gzip": true,
    "limit": "20 kB"
  }
].map((entry) => (entry.disablePlugins ? entry : { ...entry, modifyEsbuildConfig: useBuiltPackages }));
