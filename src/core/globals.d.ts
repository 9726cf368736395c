// The engine runs without DOM or Node types (src/core/tsconfig.json: lib ES2022, types []),
// yet long computations accept the platform's AbortSignal for cancellation. This is the
// part of it the engine relies on; it merges cleanly with the DOM and Node declarations.
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
}
