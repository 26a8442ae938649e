#!/usr/bin/env node
// Runs the bundled CLI (npm run build writes dist/cli/index.js).
await import('../dist/cli/index.js');
