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
    alias: {
      // monaco-worker-manager (used by monaco-yaml's worker) imports a path that monaco 0.57's
      // export map no longer resolves.
      'monaco-editor/esm/vs/editor/editor.worker.js': `${repo}node_modules/monaco-editor/esm/vs/editor/editor.worker.js`,
    },
  },
  build: {
    outDir: `${repo}out/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
  server: { fs: { allow: [repo] } },
});
