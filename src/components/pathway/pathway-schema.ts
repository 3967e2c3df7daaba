import { CONFIDENCES, type Confidence, type SourceRef } from '../../content/references.js';
export type { Confidence };
import type { Validator } from '../../internal/data-source.js';
import { expectLocalizedText, type LocalizedText } from '../../internal/localize.js';
import { Issues, describe, expectArray, expectNumber, expectObject, expectOneOf, expectSources, expectString } from '../../internal/validate.js';

export const EFFECTS = ['activates', 'inhibits', 'leads-to'] as const;
export type Effect = (typeof EFFECTS)[number];

export const TRACKS = ['main', 'alt'] as const;


/** The most nodes a diagram may have: beyond this it is unreadable and slow to lay out. */
export const MAX_NODES = 200;
export const MAX_EDGES = 600;

export interface PathwayNode {
  id: string;
  label: LocalizedText;
  /** What the details panel says; without it the step opens no panel. */
  description?: LocalizedText;
  /** Colour family: `drug`, `receptor`, `cell`, `molecule`, `structure` or `outcome` have colours; any other lower-case word is drawn neutral. */
  kind?: string;
  /** How sure the science is; without it the badge says "Not graded". */
  confidence?: Confidence;
  /** `main` (default) or `alt`: alternative hypotheses, shown with `show-alternatives`. */
  track?: 'main' | 'alt';
  /** Keys into the reference list (or your own citation text). */
  refs?: SourceRef[];
  /** Id of the node's stage (one of the data's `stages`): with stages, the diagram reads in rows of stages. */
  stage?: string;
  /** Pins the node's centre, in diagram units (1 unit = 1 CSS pixel). */
  x?: number;
  y?: number;
}

export interface PathwayEdge {
  from: string;
  to: string;
  /** Default `leads-to`. */
  effect?: Effect;
  label?: LocalizedText;
  confidence?: Confidence;
  refs?: SourceRef[];
}

/** A step of the story, such as "receptor" or "growth", that groups nodes under one label. */
export interface PathwayStage {
  id: string;
  label: LocalizedText;
}

/** The data format of <kw-pathway>. */
export interface PathwayData {
  title?: LocalizedText;
  caption?: LocalizedText;
  /** Stages in reading order; when every main-track node names one, the diagram is drawn in stages. */
  stages?: PathwayStage[];
  nodes: PathwayNode[];
  /** Default: none (a list of steps without arrows). */
  edges?: PathwayEdge[];
  /** Node ids in story order for step mode; by default the main track in flow order. */
  steps?: string[];
}

/** Pathway data with every field a reader relies on given, as the built-in content must be (the compiler checks it). */
export interface CompletePathwayData extends PathwayData {
  nodes: (PathwayNode & Required<Pick<PathwayNode, 'description' | 'kind' | 'confidence'>>)[];
  edges: (PathwayEdge & Required<Pick<PathwayEdge, 'effect' | 'confidence'>>)[];
}

const ID = /^[A-Za-z][\w-]{0,63}$/;


/** Validates pathway data; every message names the path of the bad value. Cycles are allowed (drawn as back edges). */
export const validatePathway: Validator<PathwayData> = (input) => {
  const issues = new Issues();
  if (!expectObject(input, '', issues)) return { errors: issues.messages };
  expectLocalizedText(input.title, 'title', issues, { optional: true, maxLength: 200 });
  expectLocalizedText(input.caption, 'caption', issues, { optional: true, maxLength: 600 });
  const stageIds = new Set<string>();
  if (input.stages !== undefined && expectArray(input.stages, 'stages', issues, { min: 1, max: 12 })) {
    input.stages.forEach((stage, i) => {
      const path = `stages[${i}]`;
      if (!expectObject(stage, path, issues)) return;
      if (expectString(stage.id, `${path}.id`, issues, { maxLength: 64 })) {
        if (!ID.test(stage.id)) issues.add(`${path}.id`, `"${stage.id}" must start with a letter and use only letters, digits, "_" or "-"`);
        else if (stageIds.has(stage.id)) issues.add(`${path}.id`, `duplicate id "${stage.id}"`);
        stageIds.add(stage.id);
      }
      expectLocalizedText(stage.label, `${path}.label`, issues, { maxLength: 40 });
    });
  }
  const ids = new Set<string>();
  if (expectArray(input.nodes, 'nodes', issues, { min: 1, max: MAX_NODES })) {
    input.nodes.forEach((node, i) => {
      const path = `nodes[${i}]`;
      if (!expectObject(node, path, issues)) return;
      if (expectString(node.id, `${path}.id`, issues, { maxLength: 64 })) {
        if (!ID.test(node.id)) issues.add(`${path}.id`, `"${node.id}" must start with a letter and use only letters, digits, "_" or "-"`);
        else if (ids.has(node.id)) issues.add(`${path}.id`, `duplicate id "${node.id}"`);
        ids.add(node.id);
      }
      expectLocalizedText(node.label, `${path}.label`, issues, { maxLength: 60 });
      expectLocalizedText(node.description, `${path}.description`, issues, { optional: true, maxLength: 600 });
      if (expectString(node.kind, `${path}.kind`, issues, { optional: true, maxLength: 30 }) && !/^[a-z][a-z0-9-]*$/.test(node.kind)) {
        issues.add(`${path}.kind`, `use lower-case letters, digits or "-", such as "receptor"; got ${describe(node.kind)}`);
      }
      expectOneOf(node.confidence, CONFIDENCES, `${path}.confidence`, issues, { optional: true });
      expectOneOf(node.track, TRACKS, `${path}.track`, issues, { optional: true });
      expectSources(node.refs, `${path}.refs`, issues);
      if (node.stage !== undefined && expectString(node.stage, `${path}.stage`, issues, { maxLength: 64 }) && !stageIds.has(node.stage)) {
        issues.add(`${path}.stage`, `no stage with id '${node.stage}'`);
      }
      for (const axis of ['x', 'y'] as const) expectNumber(node[axis], `${path}.${axis}`, issues, { optional: true, min: -1e4, max: 1e4 });
      if ((node.x === undefined) !== (node.y === undefined)) issues.add(path, 'give both x and y, or neither');
    });
  }
  if (input.edges !== undefined && expectArray(input.edges, 'edges', issues, { max: MAX_EDGES })) {
    input.edges.forEach((edge, i) => {
      const path = `edges[${i}]`;
      if (!expectObject(edge, path, issues)) return;
      for (const end of ['from', 'to'] as const) {
        const id = edge[end];
        if (expectString(id, `${path}.${end}`, issues, { maxLength: 64 }) && ids.size > 0 && !ids.has(id)) {
          issues.add(`${path}.${end}`, `no node with id '${id}'`);
        }
      }
      if (typeof edge.from === 'string' && edge.from === edge.to) issues.add(path, `an edge cannot lead from "${edge.from}" to itself`);
      expectOneOf(edge.effect, EFFECTS, `${path}.effect`, issues, { optional: true });
      expectLocalizedText(edge.label, `${path}.label`, issues, { optional: true, maxLength: 120 });
      expectOneOf(edge.confidence, CONFIDENCES, `${path}.confidence`, issues, { optional: true });
      expectSources(edge.refs, `${path}.refs`, issues);
    });
  }
  if (input.steps !== undefined && expectArray(input.steps, 'steps', issues, { min: 1, max: MAX_NODES })) {
    const seen = new Set<string>();
    input.steps.forEach((id, i) => {
      if (!expectString(id, `steps[${i}]`, issues, { maxLength: 64 })) return;
      if (ids.size > 0 && !ids.has(id)) issues.add(`steps[${i}]`, `no node with id '${id}'`);
      else if (seen.has(id)) issues.add(`steps[${i}]`, `"${id}" is listed twice`);
      seen.add(id);
    });
  }
  return issues.ok ? { value: input as unknown as PathwayData } : { errors: issues.messages };
};
