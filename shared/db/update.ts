/**
 * Builds the parts of an UpdateItem that writes a whole item's attributes with SET, so an upsert
 * can keep some attributes of an existing item (`if_not_exists`) and still be one conditional write.
 */
export interface UpdateParts {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

const KEY_ATTRIBUTES = new Set(['PK', 'SK']);

/**
 * `SET a = :a, …` for every attribute of `item` except the key; attributes named in `keepExisting`
 * are only written when the item has none (`if_not_exists`); undefined attributes are REMOVEd.
 * Names and values use the `#u…`/`:u…` prefixes, so callers may add their own `#x`/`:x` for conditions.
 */
export function setAll(item: Record<string, unknown>, keepExisting: readonly string[] = []): UpdateParts {
  const sets: string[] = [];
  const removes: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let index = 0;
  for (const [attribute, value] of Object.entries(item)) {
    if (KEY_ATTRIBUTES.has(attribute)) continue;
    const name = `#u${index}`;
    names[name] = attribute;
    if (value === undefined) {
      removes.push(name);
    } else {
      const placeholder = `:u${index}`;
      values[placeholder] = value;
      sets.push(keepExisting.includes(attribute) ? `${name} = if_not_exists(${name}, ${placeholder})` : `${name} = ${placeholder}`);
    }
    index += 1;
  }
  const clauses = [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''].filter(Boolean);
  return { UpdateExpression: clauses.join(' '), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}
