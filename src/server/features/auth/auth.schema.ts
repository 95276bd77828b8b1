import { z } from 'zod';
import { storableString, text } from '../../platform/edge-schemas.js';
import { uuidOut } from '../../platform/response-parts.js';
import { roles } from '../../platform/roles.js';

export const languages = ['en', 'es'] as const;

export const signInInput = z.object({
  username: text(100).min(1, 'Enter your username'),
  // Not trimmed: spaces can be part of a password.
  password: storableString().min(1, 'Enter your password').max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

export const languageInput = z.object({ language: z.enum(languages, 'Choose en or es') });

// --- what the routes answer (issue 10: one contract; the web's session types are these) ---

/** The signed-in user as the web shows them; the agency's time zone formats every moment. */
export const meAnswer = z.object({
  id: uuidOut,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  orgUnit: z.object({ id: uuidOut, name: z.string() }),
  language: z.enum(languages),
  timeZone: z.string(),
});

/** Sign-in, GET /api/auth/me and the language switch: the user and the CSRF token for later writes. */
export const sessionAnswer = z.object({ user: meAnswer, csrfToken: z.string() });

/** Sign-out answers 204 with no body. */
export const noContent = z.null().meta({ description: 'No content' });
