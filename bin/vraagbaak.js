#!/usr/bin/env node
/**
 * The `vraagbaak` command (DESIGN §6). Runs the TypeScript sources through tsx, so
 * `npx vraagbaak <command>` works right after `npm install`, without a build step.
 */
import { register } from 'tsx/esm/api';

register();
await import('../src-main/cli/main.ts');
