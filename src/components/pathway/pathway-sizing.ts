// How big the diagram is drawn: the label size and card padding the page gives, text widths (measured, or the
// estimate of a pre-rendered diagram), and the models laid out from them, cached across renders.
import { isServer } from 'lit';
import { TYPE_SCALE } from '../../internal/tokens.styles.js';
import { breakpointAt, EM, variantsAt, type Variant } from './breakpoints.js';
import type { Layout, Orientation } from './layout.js';
import { buildModel, labelFont, metricsFor, type Model, type ModelOptions } from './pathway-model.js';
import type { PathwayData } from './pathway-schema.js';
import { estimateTextWidth } from './text-metrics.js';

/** What a model depends on besides the data and the width. */
export interface ModelInputs {
  showAlternatives: boolean;
  orientation: 'auto' | Orientation;
  lang: string;
  pick: ModelOptions['pick'];
}

export class PathwaySizing {
  /**
   * Laid out in em at the breakpoints with the text-width estimate, as a server does: on a server, and in the
   * browser for a pre-rendered element (so that hydration finds the server's markup) as long as its labels fit.
   */
  quantized = isServer;
  /** The label size the page's `--kw-font-size-m` gives, and the width of the card's padding and border, once drawn. */
  labelPx?: number;
  chrome?: number;
  /** The live diagram's model. */
  current?: Model;
  private ctx?: CanvasRenderingContext2D | null;
  private cache?: { key: string; data: PathwayData; model: Model };
  private variantCache?: { key: string; data: PathwayData; variants: Variant[] };
  /** Layered layouts by orientation for the same data and language: a resize only picks one (large diagrams take long to lay out). */
  private layouts?: { key: string; data: PathwayData; byOrientation: Map<Orientation, Layout> };

  constructor(private readonly host: HTMLElement) {}

  /** Text width in px as the browser draws it. */
  measure(text: string, font: string, margin = 1.05): number {
    if (this.ctx === undefined) this.ctx = document.createElement('canvas').getContext('2d');
    if (!this.ctx) return text.length * 8.5;
    this.ctx.font = font;
    // A small margin covers fonts that load after measuring.
    return this.ctx.measureText(text).width * margin;
  }

  /** The measure the live diagram uses. */
  readonly textWidth = (text: string, font: string): number => (this.quantized ? estimateTextWidth(text, font) : this.measure(text, font));

  /** The model for a card `available` px wide (the live diagram's, cached, or an export's), with measured text. */
  model(data: PathwayData, available: number, inputs: ModelInputs, keep = true): Model {
    const hostPx = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const metrics = metricsFor(hostPx, getComputedStyle(this.host).fontFamily, this.labelPx);
    const width = Math.max(0, available - (this.chrome ?? 2 * hostPx + 2));
    const key = `${inputs.showAlternatives}|${inputs.orientation}|${inputs.lang}|${width}|${metrics.size}|${metrics.family}`;
    if (keep && this.cache?.data === data && this.cache.key === key) return this.cache.model;
    const model = this.build(data, inputs, width, metrics, (text, font) => this.measure(text, font));
    if (keep) this.cache = { key, data, model: (this.current = model) };
    return model;
  }

  /** The diagram at each breakpoint, laid out in `EM` units with the estimate; `only`: the variant of one breakpoint. */
  variants(data: PathwayData, inputs: ModelInputs, only?: number): Variant[] {
    const key = `${inputs.showAlternatives}|${inputs.orientation}|${inputs.lang}`;
    if (this.variantCache?.data !== data || this.variantCache.key !== key) {
      const metrics = metricsFor(EM, 'sans-serif');
      this.variantCache = { key, data, variants: variantsAt((width) => this.build(data, inputs, width, metrics, estimateTextWidth)) };
    }
    const variants = this.variantCache.variants.filter((v) => only === undefined || v.at.includes(only));
    this.current = variants[0]?.model;
    return variants;
  }

  /** Whether every label line of an estimated model fits its box in the font the page really uses. */
  fits(model: Model): boolean {
    const family = getComputedStyle(this.host).fontFamily;
    const m = model.metrics;
    const font = labelFont({ ...m, family });
    return model.layout.nodes.every((p) => (model.lines.get(p.id) ?? []).every((line) => this.measure(line, font, 1) <= p.width - 2 * m.pad));
  }

  /**
   * After a measured render: reads the label size and the card's padding and border the page gives, and says
   * whether they differ from what the layout assumed (only when the page overrides a token or the card's
   * padding: the first frame is final otherwise).
   */
  readTokens(probe: Element, base: HTMLElement, m: Model): boolean {
    const px = parseFloat(getComputedStyle(probe).fontSize);
    const style = getComputedStyle(base);
    const chrome = base.offsetWidth - base.clientWidth + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const estimate = this.chrome ?? 2 * parseFloat(getComputedStyle(this.host).fontSize) + 2;
    // (Written so that NaN, from an element no longer in the page, changes nothing.)
    if (!((px && Math.abs(px - m.metrics.size) > 0.01) || Math.abs(chrome - estimate) > 0.5)) return false;
    this.labelPx = px || undefined;
    this.chrome = chrome;
    return true;
  }

  /** The breakpoint of the card's content width (in the browser, after hydration). */
  breakpoint(base: HTMLElement | null): number {
    if (!base) return 0;
    const style = getComputedStyle(base);
    return breakpointAt((base.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / parseFloat(style.fontSize));
  }

  /** The label size over the host's text size: what a pre-rendered layout assumed (the type scale), or what the page gives. */
  labelScale(probe: Element | null): string {
    if (isServer) return String(TYPE_SCALE.m);
    // No diagram was pre-rendered (an error or a loading frame): nothing was laid out.
    if (!probe) return '';
    const ratio = parseFloat(getComputedStyle(probe).fontSize) / parseFloat(getComputedStyle(this.host).fontSize);
    return String(Math.round(ratio * 1000) / 1000);
  }

  private build(data: PathwayData, inputs: ModelInputs, width: number, metrics: Model['metrics'], measure: ModelOptions['measure']): Model {
    const layeredKey = `${inputs.showAlternatives}|${inputs.lang}|${metrics.size}|${metrics.family}|${measure === estimateTextWidth}`;
    if (this.layouts?.data !== data || this.layouts.key !== layeredKey) this.layouts = { key: layeredKey, data, byOrientation: new Map() };
    const { byOrientation } = this.layouts;
    return buildModel(data, {
      showAlternatives: inputs.showAlternatives,
      orientation: inputs.orientation,
      width,
      pick: inputs.pick,
      measure,
      metrics,
      layered: (o, make) => byOrientation.get(o) ?? byOrientation.set(o, make()).get(o)!,
    });
  }
}
