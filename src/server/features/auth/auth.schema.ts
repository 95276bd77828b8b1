import { z } from 'zod';

export const signInInput = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(100),
  password: z.string().min(1, 'Enter your password').max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

export const languageInput = z.object({ language: z.enum(['en', 'es'], 'Choose en or es') });
