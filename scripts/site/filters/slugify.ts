// Slugs for heading ids that stay readable in Dutch: accents are folded rather than
// dropped ("Beëindiging" → "beeindiging") and "&" reads as "en".

export function slugify(text: string): string {
  return String(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " en ")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
