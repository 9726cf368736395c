/**
 * Plain Vite config of the renderer for the web build (`npm run web`, e2e, bench:ui). It
 * mirrors the `renderer` block of electron.vite.config.ts; keep the two in step.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  resolve: {
    // monaco-yaml's worker manager predates Monaco 0.57's worker API; see src/renderer/code/workerManager.ts.
    alias: [
      { find: /^monaco-worker-manager$/, replacement: `${root}code/workerManager.ts` },
      // …and its worker half imports a path Monaco 0.57's export map no longer resolves.
      { find: 'monaco-editor/esm/vs/editor/editor.worker.js', replacement: `${repo}node_modules/monaco-editor/esm/vs/editor/editor.worker.js` },
    ],
  },
  build: {
    outDir: `${repo}out/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
  server: { fs: { allow: [repo] } },
});
