// The instrument engine: versioned definitions as data, scoring, overrides and JSON import/export.
//
// Answers are one JSON object keyed by item key. Values: an option value for 'single' and 'yes_no'
// ('yes' | 'no'); a list of option values for 'multi'; the number on the scale for 'rating'; a
// number or a string for 'number' and 'text'. An 'each_child' item holds `{ [childId]: value }`.
// null, blank text and [] mean "not answered yet".
export * from './definition.js';
export { functionalSummary } from './functional-summary.js';
export { optionsOf } from './lookup.js';
export * from './score.js';
export { type Threat, threatsOf } from './threats.js';
