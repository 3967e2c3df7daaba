// The same React 19 page with the unbundled build, as an app's bundler gets it: one element by its subpath, Lit
// from the app's node_modules.
import 'ketamine-widgets/disclaimer';
import { mountApp } from './react-page.mjs';

mountApp();
