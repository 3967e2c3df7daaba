// A React 19 page using the widgets as a React developer would (bundled by the test server with esbuild), with the
// self-contained module.
import '../../dist/ketamine-widgets.js';
import { mountApp } from './react-page.mjs';

mountApp();
