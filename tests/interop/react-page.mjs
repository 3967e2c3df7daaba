// The React 19 app of the interop pages, without the widgets: each page imports them from one of the two builds.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const canada = {
  regions: { CA: { name: 'Canada', emergency: '911', lines: [{ id: 'ca', name: '9-8-8 Suicide Crisis Helpline', contacts: [{ type: 'call', value: '988' }] }] } },
};

function App() {
  const [dismissals, setDismissals] = useState(0);
  // React 19 sets `data` as a property (the element has it) and listens to `kw-dismiss` through `onkw-dismiss`.
  return h(
    'main',
    null,
    h('kw-disclaimer', { region: 'CA', dismissible: true, data: canada, 'onkw-dismiss': () => setDismissals((n) => n + 1) }),
    h('output', { id: 'dismissals' }, String(dismissals)),
  );
}

/** Renders the app into #root. (An export, not a side effect: package.json's sideEffects would drop a bare import.) */
export function mountApp() {
  createRoot(document.getElementById('root')).render(h(App));
  window.__ready = true;
}
