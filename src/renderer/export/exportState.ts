/** The Export tab's chosen format; it survives switching tabs and File ▸ Export sets it. */
import { create } from 'zustand';
import { useStudio } from '../store/studio.ts';
import type { ExportFormatId } from './formats.ts';

export const useExportState = create<{ format: ExportFormatId }>()(() => ({ format: 'terraform' }));

/** Opens the Export tab on a format (the File ▸ Export menu items). */
export function showExport(format: ExportFormatId): void {
  useExportState.setState({ format });
  useStudio.setState({ panel: 'export', panelsVisible: true });
}
