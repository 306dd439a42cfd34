// dist/json/datapackage.json: a Frictionless Data Package describing the dataset files, with
// byte counts and sha256 hashes, and the JSON Schemas shipped beside them. Each resource says in
// `description` what it holds, so an app developer can pick the published records without
// reading the code.
import { jsonText, type Writer } from './writer.js';

export const dataPackageWriter: Writer = {
  output: 'json',
  name: 'datapackage',
  write(dataset, context) {
    const resource = (name: string, path: string, format: string, mediatype: string, description: string, schema?: string): Record<string, unknown> | undefined => {
      const file = context.written.find((f) => f.path === `json/${path}`);
      if (!file) return undefined;
      return {
        name, path, description, format, mediatype, encoding: 'utf-8', bytes: file.bytes, hash: `sha256:${file.sha256}`,
        ...(schema ? { jsonSchema: schema } : {}),
      };
    };
    const schemaResources = context.written
      .filter((file) => file.path.startsWith('json/schemas/'))
      .map((file) => resource(file.path.slice('json/schemas/'.length).replace(/\.schema\.json$/, '-schema'), file.path.slice('json/'.length), 'json', 'application/schema+json', 'JSON Schema (2020-12) of the dataset files'));
    const pkg = {
      profile: 'data-package',
      name: dataset.dataset.name,
      title: dataset.dataset.title,
      version: dataset.dataset.version,
      created: `${dataset.dataset.date}T00:00:00Z`,
      ...(context.config.description ? { description: context.config.description } : {}),
      contentHash: dataset.dataset.contentHash,
      licenses: context.config.license ? [{ ...context.config.license }] : [],
      sources: dataset.sources.map((source) => ({
        title: source.title,
        ...(source.origin?.url ? { path: source.origin.url } : {}),
        ...(source.origin?.name ? { description: source.origin.name } : {}),
      })),
      resources: [
        resource('published', 'published.json', 'json', 'application/json',
          'Published records only: what an app may show. Records withheld for review are left out; warning flags stay on the records they concern.',
          'schemas/dataset.schema.json'),
        resource('exercises', 'exercises.json', 'json', 'application/json',
          'Every record, published and withheld, with its flags, status and withheld reasons: for review.',
          'schemas/dataset.schema.json'),
        resource('exercises-records', 'exercises.jsonl', 'jsonl', 'application/jsonl',
          'The records of exercises.json, one JSON object a line (exercises, then advice), published and withheld.'),
        ...schemaResources,
      ].filter(Boolean),
    };
    return [{ path: 'json/datapackage.json', data: jsonText(pkg) }];
  },
};
