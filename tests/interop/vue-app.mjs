// A Vue 3 page using the widgets in a template, as a Vue developer would.
import { createApp } from '/node_modules/vue/dist/vue.esm-browser.prod.js';
import '/dist/ketamine-widgets.js';

const app = createApp({
  data: () => ({
    dismissals: 0,
    crisis: {
      regions: { CA: { name: 'Canada', emergency: '911', lines: [{ id: 'ca', name: '9-8-8 Suicide Crisis Helpline', contacts: [{ type: 'call', value: '988' }] }] } },
    },
  }),
  template: `<main>
    <kw-disclaimer region="CA" dismissible :data.prop="crisis" @kw-dismiss="dismissals++"></kw-disclaimer>
    <output id="dismissals">{{ dismissals }}</output>
  </main>`,
});
// Tell Vue that kw-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('kw-');
app.mount('#root');
window.__ready = true;
