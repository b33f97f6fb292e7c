// The recurrence map (the commissioner's Appendix 2 table drawn from the graph): theme × inspection cells,
// each holding the items that inspection raised on that theme. Roots collect their leaves' items.

export interface MapInspection {
  id: string;
  year: number;
  kind: string;
}
export interface MapTheme {
  id: string;
  name: string;
  children?: Array<{ id: string; name: string }> | null;
}
export interface MapItem {
  id: string;
  inspection: { id: string };
  themes: Array<{ id: string; parent?: { id: string } | null }>;
}
export type ThemeLevel = 'roots' | 'leaves';

export interface MapRow<I> {
  themeId: string;
  name: string;
  rootName: string;
  cells: Array<{ inspectionId: string; items: I[] }>;
  total: number;
}

export function recurrenceMap<I extends MapItem>(
  roots: MapTheme[],
  inspections: MapInspection[],
  items: I[],
  level: ThemeLevel,
): MapRow<I>[] {
  const rows =
    level === 'roots'
      ? roots.map((r) => ({ themeId: r.id, name: r.name, rootName: r.name }))
      : roots.flatMap((r) => (r.children ?? []).map((c) => ({ themeId: c.id, name: c.name, rootName: r.name })));
  return rows.map((row) => {
    const tagged = items.filter((item) =>
      item.themes.some((t) => t.id === row.themeId || (level === 'roots' && t.parent?.id === row.themeId)),
    );
    const cells = inspections.map((insp) => ({
      inspectionId: insp.id,
      items: tagged.filter((i) => i.inspection.id === insp.id),
    }));
    return { ...row, cells, total: tagged.length };
  });
}
