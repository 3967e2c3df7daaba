import { defineConfig } from 'astro/config';

// A static site; the widgets are pre-rendered by the KetamineWidgets component at build time.
export default defineConfig({ output: 'static', telemetry: false });
