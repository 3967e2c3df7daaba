// A React 19 page using the widgets as a React developer would (bundled by the test server with esbuild).
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../dist/ketamine-widgets.js';

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

createRoot(document.getElementById('root')).render(h(App));
window.__ready = true;
