import { Command } from 'cmdk';
import { useEffect, useRef } from 'react';
import { allActions, formatAccelerator, runAction } from './actions/registry.ts';

export default function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) ref.current?.querySelector('input')?.focus();
  }, [open]);
  if (!open) return null;
  const groups = new Map<string, ReturnType<typeof allActions>>();
  for (const a of allActions()) {
    if (a.id === 'view.commandPalette') continue;
    const list = groups.get(a.group) ?? [];
    list.push(a);
    groups.set(a.group, list);
  }
  return (
    <div className="ns-overlay" onMouseDown={onClose}>
      <div ref={ref} className="ns-cmdk" onMouseDown={(e) => e.stopPropagation()}>
        <Command label="Command palette" loop onKeyDown={(e) => e.key === 'Escape' && onClose()}>
          <Command.Input placeholder="Type a command…" aria-label="Command" />
          <Command.List>
            <Command.Empty>No matching command.</Command.Empty>
            {[...groups.entries()].map(([group, actions]) => (
              <Command.Group key={group} heading={group}>
                {actions.map((a) => (
                  <Command.Item
                    key={a.id}
                    value={`${a.label} ${a.id}`}
                    disabled={a.enabled ? !a.enabled() : false}
                    onSelect={() => {
                      onClose();
                      runAction(a.id);
                    }}
                  >
                    <span>{a.label}</span>
                    {a.accelerator ? <kbd>{formatAccelerator(a.accelerator)}</kbd> : null}
                  </Command.Item>
                ))}
              </Command.Group>
            ))}
          </Command.List>
        </Command>
      </div>
    </div>
  );
}
