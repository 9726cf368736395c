/**
 * Closing with unsaved changes asks Save / Don't Save / Cancel. Save runs the renderer's
 * own Save action (it holds the text) and the window closes only once the document reports
 * clean; a cancelled Save As or a failed save keeps the window open.
 */

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  isDirty(): boolean;
  documentName(): string;
  /** Shows the question (a native message box in the app). */
  ask(name: string): Promise<CloseChoice>;
  /** Starts the renderer's save and resolves true once the document is clean, false if not saved. */
  save(): Promise<boolean>;
  /** Runs once before the window really closes without unsaved work (drafts are removed here). */
  cleanClose(): Promise<void>;
}

export class CloseGuard {
  private approved = false;
  private asking = false;

  constructor(private readonly deps: CloseGuardDeps) {}

  /**
   * For the window's `close` event. Returns true when the close may go ahead now; otherwise
   * it has called `preventDefault` and will call `close()` again when the user has decided.
   */
  onClose(event: { preventDefault(): void }, close: () => void): boolean {
    if (this.approved) return true;
    event.preventDefault();
    if (this.asking) return false;
    this.asking = true;
    void this.decide()
      .then((go) => {
        this.asking = false;
        if (!go) return;
        this.approved = true;
        close();
      })
      .catch(() => {
        this.asking = false;
      });
    return false;
  }

  private async decide(): Promise<boolean> {
    if (this.deps.isDirty()) {
      const choice = await this.deps.ask(this.deps.documentName());
      if (choice === 'cancel') return false;
      if (choice === 'save' && !(await this.deps.save())) return false;
    }
    await this.deps.cleanClose();
    return true;
  }
}

/** Message box options for the question, Electron `dialog.showMessageBox` shaped. */
export function closeQuestion(name: string, platform: string) {
  const buttons = platform === 'darwin' ? ['Save', "Don't Save", 'Cancel'] : ['Save', "Don't save", 'Cancel'];
  return {
    type: 'warning' as const,
    buttons,
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to ${name}?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}

export function choiceFromResponse(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
