/**
 * Default content of <kw-pathway>, written for this project from shared/content/brief.md §1 (nodes, edges,
 * confidence, references) and §5a (Spanish labels, caption, confidence words). Spanish text flagged "MT" in the
 * brief needs a medical translator's review before launch. References are keys of src/content/references.ts.
 */
import type { PathwayData } from '../components/pathway/pathway-schema.js';
export declare const pathwayStrings: {
    en: {
        title: string;
        established: string;
        supported: string;
        debated: string;
        confidence: string;
        activates: string;
        inhibits: string;
        'leads-to': string;
        legend: string;
        legendEstablished: string;
        legendSupported: string;
        legendDebated: string;
        legendArrow: string;
        legendBar: string;
        nodeName: string;
        keys: string;
        alt: string;
        references: string;
        close: string;
        showText: string;
        textHeading: string;
        relation: string;
        prev: string;
        next: string;
        play: string;
        pause: string;
        step: string;
        downloadSvg: string;
        downloadPng: string;
        loading: string;
        dataError: string;
        altNote: string;
        showAlternatives: string;
    };
    es: {
        title: string;
        established: string;
        supported: string;
        debated: string;
        confidence: string;
        activates: string;
        inhibits: string;
        'leads-to': string;
        legend: string;
        legendEstablished: string;
        legendSupported: string;
        legendDebated: string;
        legendArrow: string;
        legendBar: string;
        nodeName: string;
        keys: string;
        alt: string;
        references: string;
        close: string;
        showText: string;
        textHeading: string;
        relation: string;
        prev: string;
        next: string;
        play: string;
        pause: string;
        step: string;
        downloadSvg: string;
        downloadPng: string;
        loading: string;
        dataError: string;
        altNote: string;
        showAlternatives: string;
    };
};
export type PathwayStrings = typeof pathwayStrings.en;
export declare const defaultPathway: PathwayData;
