import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Main: package.json "dependencies" stay external (they ship in app.asar); everything else
  // is bundled. Preload runs sandboxed, where `require` knows only `electron`, so it is one
  // self-contained file with nothing external.
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, external: ['electron'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    worker: { format: 'es' },
    resolve: {
      // monaco-yaml's worker manager predates Monaco 0.57's worker API; see src/renderer/code/workerManager.ts.
      alias: [
        { find: /^monaco-worker-manager$/, replacement: resolve(__dirname, 'src/renderer/code/workerManager.ts') },
        // …and its worker half imports a path Monaco 0.57's export map no longer resolves.
        { find: 'monaco-editor/esm/vs/editor/editor.worker.js', replacement: resolve(__dirname, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js') },
      ],
    },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
