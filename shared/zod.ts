/**
 * The one zod every bundled module imports (`import * as z from '<rel>/shared/zod'`): `zod/mini` (tree-shakable functions, ~25 KB in a
 * bundle where classic zod's chained methods cost ~95 KB and ~25 ms of init), with its English
 * messages loaded once, here. The messages are what problem+json `errors[].message` carries.
 *
 * Writing schemas: `z.optional(s)`, `z.nullable(s)`, `z._default(s, v)`, `z.extend(o, {…})`,
 * `z.array(s)`; checks go in `.check(…)`: `z.string().check(z.minLength(1), z.maxLength(80))`,
 * `z.number().check(z.minimum(0))`, `z.describe('…')` for the OpenAPI description.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
