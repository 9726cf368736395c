/**
 * Electron entry point: hands the real `electron` modules to the shell in app.ts. Nothing
 * else lives here, so the logic stays testable on machines where Electron cannot launch.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { startApp, type ElectronLike } from './app.ts';

startApp({ app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } as unknown as ElectronLike, {
  rendererDir: join(__dirname, '../renderer'),
  preloadPath: join(__dirname, '../preload/index.js'),
  argv: process.argv,
  cwd: process.cwd(),
  platform: process.platform,
});
