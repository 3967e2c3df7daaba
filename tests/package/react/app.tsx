// A React 19 app as its developer writes it: the only setup is `"types": ["ketamine-widgets/react"]` in tsconfig.json.
import { useRef, useState, type JSX } from 'react';
import 'ketamine-widgets/pathway';
import 'ketamine-widgets/disclaimer';
import 'ketamine-widgets/side-effects';
import 'ketamine-widgets/neuron-growth';
import type { KwPathway, PathwayData } from 'ketamine-widgets';

export function Page({ data }: { data: PathwayData }) {
  const pathway = useRef<KwPathway>(null);
  const [step, setStep] = useState('');
  const [open, setOpen] = useState<string[]>([]);
  return (
    <main>
      <kw-disclaimer region="US" dismissible remember={30} storage-key="kw-clinic" heading-level={3} theme="dark" onkw-dismiss={(event) => event.preventDefault()} />
      <kw-pathway
        ref={pathway}
        className="mechanism"
        step-mode
        orientation="vertical"
        data={data}
        strings={{ title: 'How ketamine may help' }}
        onkw-step-change={(event) => setStep(`${event.detail.index}: ${event.detail.id.toUpperCase()}`)}
      />
      <kw-side-effects
        group-by="severity"
        sort="none"
        onkw-filter-change={(event) => setOpen(event.detail.severity.filter((s) => s !== 'mild'))}
        onkw-toggle={(event) => (event.detail.open ? setOpen([event.detail.id]) : undefined)}
      />
      <kw-neuron-growth scene="compare" seed={7} autoplay loop speed={2} export onkw-stage-change={(event) => setStep(event.detail.stage + event.detail.index.toFixed())} />
      <output>{step} {open.join(' ')}</output>
    </main>
  );
}

// The generated handler types are exactly the events the elements declare in HTMLElementEventMap.
type Elements = JSX.IntrinsicElements;
type Handler<Tag extends keyof Elements, Key extends keyof Elements[Tag]> = Elements[Tag][Key] extends ((event: infer E) => void) | undefined ? E : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameEvents: [
  Same<Handler<'kw-disclaimer', 'onkw-dismiss'>, HTMLElementEventMap['kw-dismiss']>,
  Same<Handler<'kw-pathway', 'onkw-step-change'>, HTMLElementEventMap['kw-step-change']>,
  Same<Handler<'kw-side-effects', 'onkw-filter-change'>, HTMLElementEventMap['kw-filter-change']>,
  Same<Handler<'kw-side-effects', 'onkw-toggle'>, HTMLElementEventMap['kw-toggle']>,
  Same<Handler<'kw-neuron-growth', 'onkw-stage-change'>, HTMLElementEventMap['kw-stage-change']>,
] = [true, true, true, true, true];
