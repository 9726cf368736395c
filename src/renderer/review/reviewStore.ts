/**
 * UI state of the review features that is not part of the document: the comparison shown on
 * the canvas and present mode. Comments and saved views live in the design (`review`).
 */
import { create } from 'zustand';
import type { DesignDiff } from '../../core/diff/index.ts';
import type { Design } from '../../core/model/index.ts';

export interface Comparison {
  /** File name of the design compared against (the base: "before"). */
  baseName: string;
  status: 'running' | 'done' | 'error';
  /** The design the diff was computed for (the studio's design at the time). */
  after?: Design;
  diff?: DesignDiff;
  error?: string;
}

export interface Presenting {
  /** Index into the saved views. */
  index: number;
  /** Drill step of the view's scenario: 0 before the failure, 1 failed, 2 recovered. */
  step: 0 | 1 | 2;
  /** Whether the browser granted full screen (else the window-filling mode is used). */
  fullscreen: boolean;
}

export interface ReviewState {
  comparison: Comparison | undefined;
  presenting: Presenting | undefined;
}

export const useReview = create<ReviewState>()(() => ({ comparison: undefined, presenting: undefined }));
