// The pattern code is pure and lives in shared, so the settings screen shows the same example the core will issue.
export { needs, parsePattern, render, type Part, type Parsed, type PatternIssue, type PatternValues } from '../../shared/certificate-pattern';
