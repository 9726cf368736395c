// What the studio exposes to tests on `window` (see src/renderer/canvas/renderStats.ts and
// src/renderer/code/CodeEditor.tsx), typed for the specs that read it inside page.evaluate.
export {};

declare global {
  interface Window {
    __netstudioRenders?: { region: number; service: number; circuit: number; byId: Record<string, number> };
    __netstudioCode?: { getValue(): string; setValue(text: string): void; setCursor(offset: number): void };
  }
}
