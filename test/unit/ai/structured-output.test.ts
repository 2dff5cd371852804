import { zodTextFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { prescriptionTextFormat, strictJsonSchema } from '../../../shared/ai/openai/structured-output';
import { prescriptionSchema } from '../../../shared/domain/coaches/prescription';

describe('structured outputs from the prescription zod schema', () => {
  it("is exactly the SDK helper's strict schema (zodTextFormat, zod 4)", () => {
    const sdk = zodTextFormat(prescriptionSchema, 'prescription');
    expect(strictJsonSchema(prescriptionSchema)).toEqual(sdk.schema);
    expect(prescriptionTextFormat()).toEqual({ type: sdk.type, name: sdk.name, strict: sdk.strict, schema: sdk.schema });
  });

  it('keeps OpenAI strict-mode rules: every property required, no extra properties, unions as anyOf', () => {
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      expect(schema.oneOf, `${path} uses oneOf`).toBeUndefined();
      if (schema.type === 'object') {
        expect(schema.additionalProperties, path).toBe(false);
        expect([...(schema.required as string[])].sort(), path).toEqual(Object.keys(schema.properties as object).sort());
      }
      for (const [key, value] of Object.entries(schema)) {
        if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${key}[${i}]`));
        else walk(value, `${path}.${key}`);
      }
    };
    walk(prescriptionTextFormat().schema, '#');
  });
});
