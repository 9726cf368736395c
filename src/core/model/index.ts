export * from './schema.ts';
export { parseDesign, validateShape, nodeAt, type DocumentProblem, type ParseResult, type Severity } from './parse.ts';
export { formatPath, type PathSegment } from './path.ts';
export { serializeDesign } from './serialize.ts';
export { migrate, MIGRATIONS, type MigrationStep } from './migrations.ts';
export { checkReferences } from './references.ts';
