import { type Model } from './pathway-model.js';
import { type Term } from './pathway-render.js';
/** Picture shapes and their height : width. */
export declare const EXPORT_SHAPES: {
    readonly wide: number;
    readonly square: 1;
    readonly tall: number;
};
export type ExportShape = keyof typeof EXPORT_SHAPES;
export interface ExportSource {
    /** Where a hidden copy is drawn to read its styles: inside the shadow root, so the same rules apply. */
    holder: Element;
    t: Term;
    title: string;
    caption: string;
    language: string;
    background: string;
    measure: (text: string, font: string) => number;
    /** The model laid out for a drawing `width` px wide. */
    modelFor: (width: number) => Model;
}
export declare function pictureSVG(src: ExportSource, shape: ExportShape): string;
/** The picture as a PNG, `scale` device pixels per CSS pixel (above 0, up to 8; else 2). */
export declare function picturePNG(svgText: string, scale: number): Promise<Blob>;
