// Partial dates as the sources state them (2016, 2016-12, 2016-12-14), read as their first day for drawing.

export function parseLoose(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

export const toDate = (date: string) => new Date(parseLoose(date));

export const today = () => new Date().toISOString().slice(0, 10);
