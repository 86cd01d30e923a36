import type { NextConfig } from 'next';

const config: NextConfig = {
  // The kit arrives as packed tarballs under .kit/, linked into node_modules: a plain
  // dependency to Next.js, like any package from a registry.
  poweredByHeader: false,
};

export default config;
