// The default anchor of a clause, derived from its source number (see AUTHORING.md).

export function defaultClauseId(number: string): string {
  const slug = number
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return /^[0-9]/.test(slug) ? `art-${slug}` : slug;
}
