import { neuronGrowthSources, type NeuronGrowthStrings } from '../../content/neuron-growth.js';
import { referenceFor } from '../../content/references.js';
import type { LocalizeController } from '../../internal/localize.js';
import { exportScale, pngOf, wrapText } from '../../internal/picture.js';
import { countSpines, drawNeuron } from './paint.js';
import { regrows, SCENES, sceneState, type Model, type SceneName } from './scene.js';

// The exported still: width, margin and the height of a drawing (4:5 like the widget's, two side by side).
const WIDTH = 640;
const PAD = 16;
const PANEL_HEIGHT = 380;

/**
 * The widget's still picture (see `KwNeuronGrowth.toPNG`): before and after the whole scene (`grow` shows its end
 * alone) under the scene's name, then the key, the spine counts, the note and the sources, in the colours and font
 * of the widget's shadow root `root`, at `scale` device pixels per CSS pixel.
 */
export function stillPng(model: Model, scene: SceneName, localize: LocalizeController<NeuronGrowthStrings>, root: ShadowRoot, scale: number): Promise<Blob> {
  const k = exportScale(scale);
  const term = localize.term.bind(localize);
  const look = getComputedStyle(root.querySelector('canvas')!);
  const { fontFamily, color, backgroundColor } = getComputedStyle(root.querySelector('.base')!);
  const muted = getComputedStyle(root.querySelector('.note')!).color;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  // Laid out first, to know the height (sizing a canvas resets it), then drawn in order.
  const draw: (() => void)[] = [];
  let y = PAD;
  const text = (value: string, size: number, fill = color, bold = false, x = PAD, max = WIDTH - PAD - x) => {
    const font = `${bold ? 'bold ' : ''}${size}px ${fontFamily}`;
    ctx.font = font;
    for (const line of wrapText(value, max, (part) => ctx.measureText(part).width)) {
      const at = (y += Math.round(size * 1.35));
      draw.push(() => {
        ctx.font = font;
        ctx.fillStyle = fill;
        ctx.fillText(line, x, at - size * 0.3);
      });
    }
  };
  const split = scene !== 'grow';
  const panel = split ? (WIDTH - 3 * PAD) / 2 : WIDTH - 2 * PAD;
  text(term(`name_${scene === 'restore' ? 'compare' : scene}`), 18, color, true);
  if (split) {
    // Each label over its own drawing, wrapped to its width; the drawings start below the longer one.
    const row = (y += PAD / 2);
    text(term('before'), 14, color, true, PAD, panel);
    const below = y;
    y = row;
    text(term('after'), 14, color, true, 2 * PAD + panel, panel);
    y = Math.max(y, below);
  }
  const top = y + PAD / 2;
  const end = SCENES[scene].duration;
  draw.push(() => {
    (split ? [0, end] : [end]).forEach((t, i) => {
      ctx.fillStyle = look.backgroundColor;
      ctx.fillRect(PAD + i * (panel + PAD), top, panel, PANEL_HEIGHT);
      drawNeuron(ctx, model, sceneState(scene, t), [look.color, look.outlineColor, look.caretColor], (PAD + i * (panel + PAD)) * k, panel * k, PANEL_HEIGHT * k, k, top * k);
      ctx.setTransform(k, 0, 0, k, 0, 0);
    });
  });
  y = top + PANEL_HEIGHT + PAD / 2;
  if (regrows(scene)) {
    const at = y;
    draw.push(() => {
      ctx.fillStyle = look.caretColor;
      ctx.beginPath();
      ctx.arc(PAD + 6, at + 12, 6, 0, 2 * Math.PI);
      ctx.fill();
    });
    text(term('newSpines'), 14, color, false, PAD + 20);
  }
  const count = (t: number) => localize.number(countSpines(model, sceneState(scene, t)));
  text(term('spines', { before: count(0), after: count(end) }), 14);
  y += PAD / 2;
  text(term('note'), 12, muted);
  text(`${term('sources')} ${neuronGrowthSources.map((key) => referenceFor(key).cite).join('; ')}`, 12, muted);
  out.width = WIDTH * k;
  out.height = Math.ceil((y + PAD) * k);
  ctx.setTransform(k, 0, 0, k, 0, 0);
  // The widget's surface, or the drawing's background where the surface is transparent.
  ctx.fillStyle = /^rgba\(.*, 0\)$/.test(backgroundColor) ? look.backgroundColor : backgroundColor;
  ctx.fillRect(0, 0, WIDTH, y + PAD);
  draw.forEach((step) => step());
  return pngOf(out);
}
