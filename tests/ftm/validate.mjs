// Validates a FollowTheMoney JSON lines file against the FtM data model (@alephdata/followthemoney's defaultModel):
// every entity's schema exists and is concrete, every property exists on that schema, every value parses as the
// property's type and fits its length, required properties are present, and every entity reference points to an
// entity in the file whose schema is the property's range. Prints a JSON report; exits 1 when anything is wrong.
import { readFileSync } from 'node:fs';
import ftm from '@alephdata/followthemoney';

const model = new ftm.Model(ftm.defaultModel);
const types = ftm.defaultModel.types;
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
const errors = [];
const entities = new Map();
const bySchema = {};

const date = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const valid = {
  country: (v) => Object.hasOwn(types.country.values, v),
  topic: (v) => Object.hasOwn(types.topic.values, v),
  gender: (v) => Object.hasOwn(types.gender.values, v),
  language: (v) => Object.hasOwn(types.language.values, v),
  date: (v) => date.test(v) && !Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v)),
  url: (v) => { try { return ['http:', 'https:'].includes(new URL(v).protocol); } catch { return false; } },
  entity: (v) => typeof v === 'string' && v.length > 0,
};

lines.forEach((line, index) => {
  let entity;
  try { entity = JSON.parse(line); } catch (e) { errors.push(`line ${index + 1}: not JSON (${e.message})`); return; }
  const where = `line ${index + 1} (${entity.id})`;
  if (typeof entity.id !== 'string' || entity.id.length === 0) errors.push(`${where}: no id`);
  if (entities.has(entity.id)) errors.push(`${where}: duplicate id`);
  let schema;
  try { schema = model.getSchema(entity.schema); } catch { errors.push(`${where}: no schema ${entity.schema}`); return; }
  if (ftm.defaultModel.schemata[schema.name].abstract) errors.push(`${where}: schema ${schema.name} is abstract`);
  entities.set(entity.id, { schema, entity, where });
  bySchema[schema.name] = (bySchema[schema.name] ?? 0) + 1;
  for (const required of ftm.defaultModel.schemata[schema.name].required ?? []) {
    if (!(entity.properties?.[required]?.length > 0)) errors.push(`${where}: required property ${required} missing`);
  }
  for (const [name, values] of Object.entries(entity.properties ?? {})) {
    if (!schema.hasProperty(name)) { errors.push(`${where}: ${schema.name} has no property ${name}`); continue; }
    const property = schema.getProperty(name);
    if (!Array.isArray(values) || values.length === 0) errors.push(`${where}: ${name} is not a non-empty list`);
    for (const value of values) {
      if (typeof value !== 'string') { errors.push(`${where}: ${name} value is not a string`); continue; }
      const check = valid[property.type.name];
      if (check && !check(value)) errors.push(`${where}: ${name} value ${JSON.stringify(value)} is not a valid ${property.type.name}`);
      const max = property.maxLength ?? types[property.type.name]?.maxLength;
      if (max && value.length > max) errors.push(`${where}: ${name} value longer than ${max}`);
    }
  }
});

for (const { schema, entity, where } of entities.values()) {
  for (const [name, values] of Object.entries(entity.properties ?? {})) {
    if (!schema.hasProperty(name)) continue;
    const property = schema.getProperty(name);
    if (property.type.name !== 'entity') continue;
    for (const value of values) {
      const target = entities.get(value);
      if (!target) errors.push(`${where}: ${name} points to ${value}, which is not in the export`);
      else if (property.range && !target.schema.isA(property.range.name ?? property.range)) errors.push(`${where}: ${name} points to a ${target.schema.name}, not a ${property.range.name ?? property.range}`);
    }
  }
}

console.log(JSON.stringify({ entities: entities.size, bySchema, errors }, null, 1));
process.exit(errors.length === 0 ? 0 : 1);
