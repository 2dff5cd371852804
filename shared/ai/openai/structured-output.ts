import * as z from '../../zod';
import { prescriptionSchema } from '../../domain/coaches/prescription';

/**
 * The strict JSON schema of a zod 4 schema for OpenAI structured outputs, exactly as the SDK's
 * `zodTextFormat` (openai/helpers/zod) builds it for zod 4 — draft-7, discriminated unions as
 * `anyOf` — without bundling the helper (it also pulls zod 3 and a vendored converter, +134 KB per
 * Lambda). test/unit/ai/structured-output.test.ts checks both give the same schema.
 */
export function strictJsonSchema(schema: z.core.$ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'draft-7',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; discriminator?: string };
      if (def.type === 'union' && def.discriminator !== undefined && Array.isArray(jsonSchema.oneOf)) {
        jsonSchema.anyOf = jsonSchema.oneOf;
        delete jsonSchema.oneOf;
      }
    },
  }) as Record<string, unknown>;
}

let format: { type: 'json_schema'; name: string; strict: true; schema: Record<string, unknown> } | undefined;

/** `text.format` of a Responses API request: the prescription schema, strict. Built once. */
export function prescriptionTextFormat() {
  format ??= { type: 'json_schema', name: 'prescription', strict: true, schema: strictJsonSchema(prescriptionSchema) };
  return format;
}
