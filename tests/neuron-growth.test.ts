import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/neuron-growth/neuron-growth.js';
import type { KwNeuronGrowth } from '../src/components/neuron-growth/neuron-growth.js';
import { generateNeuron } from '../src/components/neuron-growth/morphology.js';
import { countSpines } from '../src/components/neuron-growth/paint.js';
import { buildModel, sceneState } from '../src/components/neuron-growth/scene.js';
import { manualFrames } from './support/clock.js';
import { captureWarnings, interceptDownloads, setMediaFeatures, settle, visibleText } from './support/helpers.js';

const FIXTURES = '/tests/fixtures/neuron-growth';

const part = <T extends Element = HTMLElement>(el: KwNeuronGrowth, name: string): T => el.shadowRoot!.querySelector(`[part~="${name}"]`) as T;
const playButton = (el: KwNeuronGrowth) => part<HTMLButtonElement>(el, 'play-button');
const scrubber = (el: KwNeuronGrowth) => part<HTMLInputElement>(el, 'scrubber');
const readout = (el: KwNeuronGrowth) => part(el, 'readout').textContent!.trim();
/** The readout's two counts ("from 1,022 to 818" in English). */
const counts = (el: KwNeuronGrowth) => readout(el).match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, '')));
const caption = (el: KwNeuronGrowth) => part(el, 'caption').textContent!.replace(/\s+/g, ' ').trim();
/** Playback position, from the timeline. */
const position = (el: KwNeuronGrowth) => scrubber(el).valueAsNumber;

// An empty list does not clear a feature set earlier in this page, so reset it explicitly.
afterEach(() => setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]));

describe('<kw-neuron-growth>', () => {
  for (const lang of ['en', 'es']) {
    it(`keeps the controls still when Play turns into Pause (${lang})`, async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth lang=${lang}></kw-neuron-growth>`);
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="play-button"]')!;
      const scrubber = el.shadowRoot!.querySelector<HTMLElement>('[part~="scrubber"]')!;
      const before = [button.getBoundingClientRect().width, scrubber.getBoundingClientRect().left];
      const label = button.textContent!.trim();
      el.play();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.not.equal(label);
      expect([button.getBoundingClientRect().width, scrubber.getBoundingClientRect().left]).to.deep.equal(before);
      el.remove();
    });
  }

  it('draws a neuron on a canvas named as an image, with a spine count as its description', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth></kw-neuron-growth>`);
    await settle(el);
    const canvas = part<HTMLCanvasElement>(el, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.match(/ketamine/);
    expect(el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!.textContent).to.match(/^Spines in this drawing: \d[\d,]*\. Press Play to see how they change\.$/);
    expect(canvas.width).to.be.above(0);
    // Something was painted.
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    expect(pixels.some((v, i) => i % 4 === 3 && v > 0)).to.be.true;
    expect(visibleText(el)).to.contain('Illustration based on studies in mice and rats, not on images of a human brain');
  });

  it('is sharp at the device pixel ratio: the canvas has as many pixels as the screen shows', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth style="width: 300px"></kw-neuron-growth>`);
    await settle(el);
    const canvas = part<HTMLCanvasElement>(el, 'canvas');
    const cssWidth = () => canvas.getBoundingClientRect().width;
    expect(canvas.width).to.equal(Math.round(cssWidth() * devicePixelRatio));
    expect(canvas.height).to.equal(Math.round(canvas.getBoundingClientRect().height * devicePixelRatio));
    const wide = canvas.width;
    el.style.width = '200px';
    await settle(el);
    expect(canvas.width).to.equal(Math.round(cssWidth() * devicePixelRatio));
    expect(canvas.width).to.be.below(wide);
  });

  it('draws the same picture for the same seed and another for another seed', async () => {
    const snap = async (seed: number) => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth style="width: 240px" seed=${seed}></kw-neuron-growth>`);
      await settle(el);
      return part<HTMLCanvasElement>(el, 'canvas').toDataURL();
    };
    expect(await snap(5)).to.equal(await snap(5));
    expect(await snap(5)).not.to.equal(await snap(6));
  });

  it('opens a compare scene that does not autoplay on its end state: before and after differ', async () => {
    const still = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="compare" seed="3"></kw-neuron-growth>`);
    await settle(still);
    const [before, after] = counts(still);
    // Stressed before the dose, more spines after it.
    expect(after).to.be.above(before!);
    expect(part<HTMLInputElement>(still, 'scrubber').valueAsNumber).to.equal(still.duration);
    // Autoplay starts from the beginning.
    const playing = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="compare" seed="3" autoplay></kw-neuron-growth>`);
    await settle(playing);
    expect(part<HTMLInputElement>(playing, 'scrubber').valueAsNumber).to.be.below(1);
    playing.pause();
  });

  it('shows spine counts and captions for each scene at given times', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="stress" seed="3"></kw-neuron-growth>`);
    await settle(el);
    const [before] = counts(el);
    // English groups thousands: "from 1,022 to 1,022".
    expect(before).to.be.above(999);
    expect(readout(el)).to.equal(`Spines in this drawing: ${before!.toLocaleString('en')}. Press Play to see how they change.`);
    expect(readout(el)).to.contain(',');
    expect(caption(el)).to.match(/^Healthy\./);
    el.seek(el.duration);
    await el.updateComplete;
    const [, after] = counts(el);
    expect(after).to.equal(before! - Math.round(0.2 * before!));
    expect(caption(el)).to.match(/^After stress\./);

    el.scene = 'restore';
    await el.updateComplete;
    el.seek(3);
    await el.updateComplete;
    expect(caption(el)).to.contain('no new spines have formed yet');
    expect(counts(el)).to.deep.equal([after, after]);
    el.seek(15);
    await el.updateComplete;
    const [, restored] = counts(el);
    expect(restored).to.be.above(after!);

    el.scene = 'grow';
    await el.updateComplete;
    const grown = countSpines(buildModel(generateNeuron(3), 3), sceneState('grow', el.duration));
    expect(readout(el)).to.equal(`The finished cell, shown faint, has ${grown.toLocaleString('en')} spines. Press Play to watch it grow.`);
  });

  it('plays and pauses from the keyboard, and the play button is always there', async () => {
    const frames = manualFrames();
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth autoplay></kw-neuron-growth>`);
      await settle(el);
      frames.run(50, 5);
      await el.updateComplete;
      expect(playButton(el).textContent).to.contain('Pause');
      expect(position(el)).to.be.above(0);
      playButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(playButton(el).textContent).to.contain('Play');
      const paused = position(el);
      frames.run(50, 5);
      await el.updateComplete;
      expect(position(el)).to.equal(paused);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      frames.run(50, 5);
      await el.updateComplete;
      expect(playButton(el).textContent).to.contain('Pause');
      expect(position(el)).to.be.above(paused);
    } finally {
      frames.restore();
    }
  });

  it('moves through the timeline with the arrow, Home and End keys and announces each stage', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth></kw-neuron-growth>`);
    await settle(el);
    const input = scrubber(el);
    expect(input.getAttribute('aria-label')).to.equal('Timeline');
    input.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // Announced once the reader uses the controls.
    expect(part(el, 'caption').getAttribute('aria-live')).to.equal('polite');
    expect(input.valueAsNumber).to.be.closeTo(0.1, 1e-9);
    const stageChange = oneEvent(el, 'kw-stage-change');
    await sendKeys({ press: 'End' });
    const event = await stageChange;
    expect(event.detail).to.deep.include({ scene: 'restore', stage: 'persist' });
    expect(input.getAttribute('aria-valuetext')).to.equal('1–2 weeks');
    expect(caption(el)).to.match(/^1–2 weeks\./);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(caption(el)).to.match(/^Ketamine dose/);
  });

  it('does not announce the stages of an autoplaying loop until the reader uses the controls', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth autoplay loop></kw-neuron-growth>`);
    await settle(el);
    expect(part(el, 'caption').getAttribute('aria-live')).to.equal('off');
    playButton(el).click();
    await el.updateComplete;
    expect(part(el, 'caption').getAttribute('aria-live')).to.equal('polite');
  });

  it('names the still frames shown under reduced motion as a before-and-after pair', async () => {
    await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth></kw-neuron-growth>`);
      await settle(el);
      expect(part(el, 'canvas').getAttribute('aria-label')).to.contain('next to it, the same cell after one dose of ketamine');
    } finally {
      await setMediaFeatures([]);
    }
  });

  it('plays at the same speed whatever the refresh rate', async () => {
    const positions: number[] = [];
    for (const interval of [1000 / 60, 1000 / 144]) {
      const frames = manualFrames();
      try {
        const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth speed="2"></kw-neuron-growth>`);
        await settle(el);
        el.play();
        await el.updateComplete;
        frames.run(interval, 1); // the first frame only sets the clock
        frames.run(interval, Math.round(1000 / interval));
        await el.updateComplete;
        positions.push(scrubber(el).valueAsNumber);
        el.remove(); // the next one must be on screen
      } finally {
        frames.restore();
      }
    }
    expect(positions[0]).to.be.closeTo(2, 0.05);
    expect(positions[1]).to.be.closeTo(2, 0.05);
  });

  it('while growing frame by frame, counts the same spines as the model', async () => {
    const frames = manualFrames();
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="grow" seed="4"></kw-neuron-growth>`);
      await settle(el);
      el.play();
      await el.updateComplete;
      frames.run(1000 / 60, 190);
      el.pause();
      await el.updateComplete;
      const t = (el as unknown as { time: number }).time; // the range input rounds to its 0.1 s step
      expect(t).to.be.within(2.5, 3.5);
      const expected = countSpines(buildModel(generateNeuron(4), 4), sceneState('grow', t));
      expect(expected).to.be.above(0);
      expect(readout(el)).to.equal(`Spines in this drawing: from 0 to ${expected.toLocaleString('en')}`);
    } finally {
      frames.restore();
    }
  });

  it('stops at the end, or starts again with loop', async () => {
    const frames = manualFrames();
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="grow"></kw-neuron-growth>`);
      await settle(el);
      el.play();
      await el.updateComplete;
      frames.run(50, 200);
      await el.updateComplete;
      expect(scrubber(el).valueAsNumber).to.equal(8);
      expect(playButton(el).textContent).to.contain('Play');
      el.loop = true;
      el.play();
      await el.updateComplete;
      frames.run(50, 200);
      await el.updateComplete;
      expect(playButton(el).textContent).to.contain('Pause');
    } finally {
      frames.restore();
    }
  });

  it('requests no animation frames while off-screen, in a hidden tab, or after removal', async () => {
    const frames = manualFrames();
    // Frames run by hand move the player on only while it is allowed to animate.
    const moves = async (el: KwNeuronGrowth) => {
      const before = position(el);
      frames.run(50, 4);
      await el.updateComplete;
      return position(el) > before;
    };
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth autoplay loop></kw-neuron-growth>`);
      await settle(el);
      expect(frames.pending, 'on screen').to.equal(1);
      expect(await moves(el)).to.equal(true);

      el.style.cssText = 'position: absolute; top: 10000px';
      await settle(el);
      expect(frames.pending, 'off-screen').to.equal(0);
      expect(await moves(el), 'off-screen').to.equal(false);
      el.style.cssText = '';
      await settle(el);
      expect(frames.pending, 'back on screen').to.equal(1);
      expect(await moves(el), 'back on screen').to.equal(true);

      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(frames.pending, 'hidden tab').to.equal(0);
      expect(await moves(el), 'hidden tab').to.equal(false);
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(frames.pending, 'visible again').to.equal(1);

      el.remove();
      expect(frames.pending, 'removed').to.equal(0);
    } finally {
      frames.restore();
    }
  });

  it('under reduced motion does not autoplay and shows before and after stills with a play button', async () => {
    await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const frames = manualFrames();
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth autoplay loop></kw-neuron-growth>`);
      await settle(el);
      expect(frames.pending).to.equal(0);
      expect(part(el, 'panel-labels').hidden).to.be.false;
      expect(visibleText(el)).to.contain('Before After');
      expect(playButton(el).textContent).to.contain('Play');
      expect(caption(el)).to.match(/^1–2 weeks/);
      await expect(el).to.be.accessible();
      // Pressing play is the reader's choice: then it animates.
      playButton(el).click();
      await el.updateComplete;
      expect(frames.pending).to.equal(1);
      expect(part(el, 'panel-labels').hidden).to.be.true;
    } finally {
      frames.restore();
    }
  });

  it('follows a live change to reduced motion', async () => {
    const frames = manualFrames();
    try {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth autoplay loop></kw-neuron-growth>`);
      await settle(el);
      expect(frames.pending).to.equal(1);
      await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await settle(el);
      expect(frames.pending).to.equal(0);
      expect(part(el, 'panel-labels').hidden).to.be.false;
      await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      await settle(el);
      expect(frames.pending).to.equal(1);
    } finally {
      frames.restore();
    }
  });

  it('shows Spanish captions and controls', async () => {
    const wrapper = await fixture(html`<div lang="es"><kw-neuron-growth></kw-neuron-growth></div>`);
    const el = wrapper.querySelector('kw-neuron-growth')!;
    await settle(el);
    expect(playButton(el).textContent).to.contain('Reproducir');
    expect(caption(el)).to.match(/^Dosis de ketamina/);
    el.seek(3);
    await el.updateComplete;
    expect(caption(el)).to.contain('todavía no se han formado espinas nuevas');
    // Spanish writes four-digit numbers without a separator (1022), English with a comma (1,022).
    expect(readout(el)).to.match(/^Espinas en este dibujo: de \d+ a \d+$/);
    expect(visibleText(el)).to.contain('Ilustración basada en estudios en ratones y ratas, no en imágenes del cerebro humano');
    await expect(wrapper).to.be.accessible();
  });

  it('falls back to the restore scene for an unknown scene name, without throwing', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="toString"></kw-neuron-growth>`);
    await settle(el);
    expect(el.duration).to.equal(15);
    expect(caption(el)).to.match(/^Ketamine dose/);
  });

  it('lets every string be overridden', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth .strings=${{ play: 'Start' }}></kw-neuron-growth>`);
    await settle(el);
    expect(playButton(el).textContent).to.contain('Start');
  });

  it('redraws in the new colours when the theme changes', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth theme="light" style="width: 240px"></kw-neuron-growth>`);
    await settle(el);
    const light = part<HTMLCanvasElement>(el, 'canvas').toDataURL();
    el.theme = 'dark';
    await el.updateComplete;
    expect(part<HTMLCanvasElement>(el, 'canvas').toDataURL()).not.to.equal(light);
  });

  it('is accessible in light and dark', async () => {
    const light = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth theme="light"></kw-neuron-growth>`);
    await settle(light);
    await expect(light).to.be.accessible();
    const dark = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth theme="dark" scene="compare"></kw-neuron-growth>`);
    await settle(dark);
    await expect(dark).to.be.accessible();
  });

  it('draws in system colours under forced colours', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth style="width: 240px"></kw-neuron-growth>`);
    await settle(el);
    const normal = part<HTMLCanvasElement>(el, 'canvas').toDataURL();
    await setMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    await settle(el);
    expect(part<HTMLCanvasElement>(el, 'canvas').toDataURL()).not.to.equal(normal);
    // Dendrites, old spines and new spines in three different system colours; the key's swatch matches.
    const canvas = getComputedStyle(part(el, 'canvas'));
    expect(new Set([canvas.color, canvas.outlineColor, canvas.caretColor]).size).to.equal(3);
    expect(getComputedStyle(part(el, 'key').querySelector('.swatch')!).backgroundColor).to.equal(canvas.caretColor);
    await expect(el).to.be.accessible();
    await setMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  it('explains the new-spine colour in a key, only in the scene that has new spines', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="restore"></kw-neuron-growth>`);
    await settle(el);
    const key = part(el, 'key');
    expect(key.textContent).to.contain('New spines, grown after the dose');
    expect(getComputedStyle(key.querySelector('.swatch')!).backgroundColor).to.equal(getComputedStyle(part(el, 'canvas')).caretColor);
    el.scene = 'compare';
    await el.updateComplete;
    expect(part(el, 'key').textContent).to.contain('New spines, grown after the dose');
    el.scene = 'stress';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="key"]')).to.equal(null);
  });

  describe('a first frame worth looking at (issue 18)', () => {
    const drawn = (canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) ink += data[i]! > 0 ? 1 : 0;
      return ink / (data.length / 4);
    };
    const painted = async (el: KwNeuronGrowth) => {
      const canvas = part<HTMLCanvasElement>(el, 'canvas');
      await waitUntil(() => canvas.width > 0 && drawn(canvas) > 0, 'nothing was drawn');
      return canvas;
    };

    it('opens grow on the finished cell, drawn faint, instead of an empty canvas, and says what it shows', async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="grow" seed="2"></kw-neuron-growth>`);
      const canvas = await painted(el);
      // Before: 0.1 % of the canvas (the cell body alone). The faint cell covers several per cent.
      expect(drawn(canvas)).to.be.above(0.03);
      const grown = countSpines(buildModel(generateNeuron(2), 2), sceneState('grow', el.duration));
      expect(counts(el)).to.deep.equal([grown]);
      expect(readout(el)).to.contain('Press Play');
      el.seek(1);
      await el.updateComplete;
      // Once it plays, only the growing cell is drawn and the readout counts from 0.
      expect(drawn(canvas)).to.be.below(0.03);
      expect(readout(el)).to.match(/^Spines in this drawing: from 0 to \d+$/);
    });

    it('reads one count before play in restore, and from → to once time has passed', async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="restore"></kw-neuron-growth>`);
      await painted(el);
      expect(counts(el)).to.have.length(1);
      el.seek(el.duration);
      await el.updateComplete;
      const [before, after] = counts(el);
      expect(after).to.be.above(before!);
    });

    it('labels the timeline with the stages and their times, readable and not overlapping at 320 px', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        for (const lang of ['en', 'es']) {
          const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="restore" lang=${lang}></kw-neuron-growth>`);
          await painted(el);
          const ticks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="ticks"] > *')];
          expect(ticks.map((t) => t.textContent!.trim())).to.deep.equal(lang === 'en' ? ['Dose', 'Hours', '24 h', '1 week', '2 weeks'] : ['Dosis', 'Horas', '24 h', '1 semana', '2 semanas']);
          const boxes = ticks.map((tick) => {
            const range = document.createRange();
            range.selectNodeContents(tick);
            return range.getBoundingClientRect();
          });
          const widget = el.getBoundingClientRect();
          for (const [i, box] of boxes.entries()) {
            expect(box.left).to.be.at.least(widget.left);
            expect(box.right).to.be.at.most(widget.right);
            expect(parseFloat(getComputedStyle(ticks[i]!).fontSize)).to.be.at.least(12);
            for (const other of boxes.slice(i + 1)) {
              const overlap = box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
              expect(overlap, `tick ${i} overlaps another`).to.equal(false);
            }
          }
          // Each tick starts where its stage starts on the track: "24 h" (second 5 of 15) a third of the way along.
          const track = part(el, 'scrubber').getBoundingClientRect();
          const thumb = parseFloat(getComputedStyle(el).fontSize) * 1.25;
          const third = ticks[2]!.getBoundingClientRect().left;
          expect(Math.abs(third - (track.left + thumb / 2 + (track.width - thumb) / 3))).to.be.below(2);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves no blank band above the note: the captions take the height of the longest one only', async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="restore" style="width: 1200px"></kw-neuron-growth>`);
      await painted(el);
      const box = el.shadowRoot!.querySelector('.captions')!.getBoundingClientRect();
      const tallest = Math.max(...[...el.shadowRoot!.querySelectorAll('.captions > p')].map((p) => p.getBoundingClientRect().height));
      expect(box.height).to.be.at.most(tallest + 1);
      const note = part(el, 'note').getBoundingClientRect();
      expect(note.top - part(el, 'caption').getBoundingClientRect().bottom).to.be.below(tallest + 16);
    });
  });

  describe('still picture (toPNG and the export button)', () => {
    /** The text drawn while `make` runs, in order. */
    async function drawnText(make: () => Promise<unknown>): Promise<string[]> {
      const texts: string[] = [];
      const { fillText } = CanvasRenderingContext2D.prototype;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
        texts.push(text);
        fillText.call(this, text, x, y);
      };
      try {
        await make();
      } finally {
        CanvasRenderingContext2D.prototype.fillText = fillText;
      }
      return texts;
    }

    /** Pixels of a PNG close to an `rgb(r, g, b)` colour, counted in the left and right halves, right of column x0. */
    async function colourCount(blob: Blob, rgb: string, x0: number): Promise<[number, number]> {
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const halves: [number, number] = [0, 0];
      for (let i = 0; i < data.length; i += 4) {
        if ((i / 4) % bitmap.width >= x0 && Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 30) halves[(i / 4) % bitmap.width < bitmap.width / 2 ? 0 : 1]++;
      }
      return halves;
    }

    it('is 640 CSS pixels wide at the scale asked, and shows before and after the whole scene', async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="restore"></kw-neuron-growth>`);
      await settle(el);
      const blob = await el.toPNG(1);
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.equal(640);
      expect((await createImageBitmap(await el.toPNG(2))).width).to.equal(1280);
      // New spines (the new-spine colour) only on the right, "after", although the widget shows the start. The
      // key's swatch, in the same colour, is in the first 30 columns (the drawing before starts at 16, with a margin).
      const [before, after] = await colourCount(blob, getComputedStyle(part(el, 'canvas')).caretColor, 30);
      expect(counts(el)).to.have.length(1);
      expect(before).to.equal(0);
      expect(after).to.be.above(50);
    });

    it('names the scene and draws the labels, key, counts, note and sources in the widget’s language', async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth lang="es" scene="restore"></kw-neuron-growth>`);
      await settle(el);
      const text = (await drawnText(() => el.toPNG(1))).join(' ');
      expect(text).to.contain('Ilustración basada en estudios en ratones: una neurona tras el estrés, junto a ella tras una dosis');
      expect(text).to.contain('Antes');
      expect(text).to.contain('Después');
      expect(text).to.contain('Espinas nuevas, crecidas tras la dosis');
      const model = buildModel(generateNeuron(1), 1);
      const [from, to] = [0, el.duration].map((t) => countSpines(model, sceneState('restore', t)));
      expect(text).to.contain(`Espinas en este dibujo: de ${from} a ${to}`);
      expect(text).to.contain('no en imágenes del cerebro humano');
      expect(text).to.contain('Moda-Sava');
    });

    it('works right after the element is added, and wraps long panel labels within their drawing', async () => {
      const el = document.createElement('kw-neuron-growth') as KwNeuronGrowth;
      el.strings = { before: 'Before: the cell of a healthy mouse, with many thin and mushroom-shaped spines' };
      el.scene = 'stress';
      document.body.append(el);
      try {
        const placed: [string, number, string][] = [];
        const { fillText } = CanvasRenderingContext2D.prototype;
        CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
          placed.push([text, x, this.font]);
          fillText.call(this, text, x, y);
        };
        try {
          await el.toPNG(1);
        } finally {
          CanvasRenderingContext2D.prototype.fillText = fillText;
        }
        // The panel labels are the bold 14 px text; the first drawing's is on the left.
        const before = placed.filter(([, x, font]) => x === 16 && /^bold 14px/.test(font));
        const after = placed.find(([text]) => text === 'After')!;
        expect(before.length).to.be.at.least(2);
        expect(after[1]).to.be.above(300);
        // Every line of the long label ends before the second drawing's column starts.
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `bold 14px ${getComputedStyle(el).fontFamily}`;
        for (const [text] of before) expect(16 + ctx.measureText(text).width).to.be.at.most(after[1]);
      } finally {
        el.remove();
      }
    });

    it('draws the grown neuron alone for the grow scene, without before / after or a key', async () => {
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="grow"></kw-neuron-growth>`);
      await settle(el);
      const texts = await drawnText(() => el.toPNG(1));
      expect(texts).to.include('A nerve cell growing branches and spines');
      expect(texts).not.to.include('Before');
      expect(texts.join(' ')).not.to.contain('New spines');
    });

    it('rejects with a message while there is no drawing', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth .data=${'1 1 0 0 0'}></kw-neuron-growth>`);
        await settle(el);
        let message = '';
        await el.toPNG().catch((error: Error) => (message = error.message));
        expect(message).to.match(/no drawing to export/);
        // Removed from the page, or never on it: no drawing either.
        const drawn = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth></kw-neuron-growth>`);
        drawn.remove();
        message = '';
        await drawn.toPNG().catch((error: Error) => (message = error.message));
        expect(message).to.match(/no drawing to export/);
        message = '';
        await (document.createElement('kw-neuron-growth') as KwNeuronGrowth).toPNG().catch((error: Error) => (message = error.message));
        expect(message).to.match(/no drawing to export/);
      } finally {
        warnings.restore();
      }
    });

    it('the export button downloads neuron.png through an object URL that it revokes', async () => {
      const plain = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth></kw-neuron-growth>`);
      expect(plain.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
      const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth export></kw-neuron-growth>`);
      await settle(el);
      const downloads = interceptDownloads();
      try {
        part<HTMLButtonElement>(el, 'export').click();
        await downloads.clicked();
      } finally {
        downloads.restore();
      }
      const { created, revoked, clicks } = downloads;
      expect(part(el, 'export').textContent!.trim()).to.equal('Download PNG');
      expect(created).to.deep.equal(['image/png']);
      expect(revoked).to.deep.equal(['blob:test']);
      expect(clicks).to.deep.equal(['neuron.png']);
      await expect(el).to.be.accessible();
    });
  });

  it('draws an SWC file given as src', async () => {
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth src="${FIXTURES}/small-pyramidal.swc"></kw-neuron-growth>`);
    await settle(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(readout(el)).to.match(/^Spines in this drawing: \d[\d,]*\. Press Play to see how they change\.$/);
    expect(part(el, 'canvas').checkVisibility()).to.be.true;
  });

  it('draws SWC text given as the data property, ahead of src', async () => {
    const text = await (await fetch(`${FIXTURES}/small-pyramidal.swc`)).text();
    const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth src="${FIXTURES}/cycle.swc" .data=${text}></kw-neuron-growth>`);
    await settle(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(readout(el)).to.match(/^Spines in this drawing: \d[\d,]*\. Press Play to see how they change\.$/);
  });

  it('draws SWC text from an inline <script type="text/x-swc"> child, and names the bad line in it', async () => {
    const good = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth
      ><script type="text/x-swc">
1 1 0 0 0 8 -1
2 3 0 -10 0 1 1
3 3 0 -40 0 0.8 2
4 3 20 -60 0 0.6 3
      </script></kw-neuron-growth
    >`);
    await settle(good);
    expect(good.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    const warnings = captureWarnings();
    try {
      const bad = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth><script type="text/x-swc">1 1 0 0 0 8 -1\n2 3 0 ten 0 1 1</script></kw-neuron-growth>`);
      await settle(bad);
      expect(visibleText(bad.shadowRoot!.querySelector('[part="error"]')!)).to.match(/line 2: "ten" is not a number/);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  const broken: [string, RegExp][] = [
    ['bad-columns.swc', /line 3: expected 7 columns/],
    ['not-a-number.swc', /line 2: "ten" is not a number/],
    ['missing-parent.swc', /line 3: parent 9 of point 3 does not exist/],
    ['cycle.swc', /line 2: point 2 is its own ancestor/],
    ['duplicate-id.swc', /line 3: duplicate id 2/],
    ['does-not-exist.swc', /answered HTTP 404/],
  ];
  for (const [file, message] of broken) {
    it(`shows a visible error naming the problem for ${file}, and warns once`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth src="${FIXTURES}/${file}"></kw-neuron-growth>`);
        await settle(el);
        const error = el.shadowRoot!.querySelector('[part="error"]') as HTMLElement;
        expect(error).to.exist;
        expect(visibleText(error)).to.match(message);
        expect(visibleText(error)).to.contain('This drawing could not be shown');
        expect(part(el, 'canvas').checkVisibility()).to.be.false;
        expect(warnings.messages).to.have.length(1);
        if (file === 'bad-columns.swc') await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
