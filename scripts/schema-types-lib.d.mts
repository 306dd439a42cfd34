export function generateSchemaTypes(root: string): Promise<string>;
