import { z } from 'zod';
import { storableString, text } from '../../platform/edge-schemas.js';

export const signInInput = z.object({
  username: text(100).min(1, 'Enter your username'),
  // Not trimmed: spaces can be part of a password.
  password: storableString().min(1, 'Enter your password').max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

export const languageInput = z.object({ language: z.enum(['en', 'es'], 'Choose en or es') });
