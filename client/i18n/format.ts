/**
 * Fills a text template: `{name}` takes params.name, `{name|one|many}` picks the word for
 * the count in params.name ("1 Runde", "3 Runden"). Unknown names stay as they are.
 */
export function formatText(template: string, params: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, many: string) => (name in params ? (Number(params[name]) === 1 ? one : many) : m))
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
