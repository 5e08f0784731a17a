/** Renderer entry: picks the API binding (Electron preload or HTTP shell) and mounts the app. */
import { mount } from 'svelte';
import App from './App.svelte';
import { createApi, detectShell } from './lib/api.js';
import { locale } from './lib/locale.svelte.js';
import type { MenuSource } from './lib/menu.js';
import './app.css';

document.documentElement.lang = locale.current;
const bridge = window.vraagbaak as MenuSource | undefined;
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, {
  target,
  props: {
    api: createApi(window),
    shell: detectShell(window),
    onMenu: bridge?.onMenu ? (listener) => bridge.onMenu!(listener) : undefined,
  },
});
