import type { Role } from '../../../api/types';

/** PLAT-3: who may read the agency's instruments, and who may load new definitions (the server enforces the same). */
export const instrumentRoles = {
  view: ['administrator', 'supervisor', 'program_manager'] as Role[],
  import: ['administrator'] as Role[],
};
