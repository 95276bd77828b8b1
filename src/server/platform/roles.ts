export const roles = ['hotline_screener', 'investigator', 'caseworker', 'supervisor', 'program_manager', 'qa_reviewer', 'administrator'] as const;

export type Role = (typeof roles)[number];
