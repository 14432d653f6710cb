import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, render, table } from '../../scripts/unitNames';

describe('the table of kitchen and pharmacy units', () => {
  it('is what scripts/unitNames.ts makes from the cldr-units-full package installed (regenerate it when CLDR moves)', () => {
    expect(fs.readFileSync(OUT, 'utf8')).toBe(render());
  });

  it("holds each language's names, singular, plural and short, and the way it writes a value", () => {
    const units = table();
    expect(units.id?.teaspoon).toEqual({ names: ['sdt', 'sendok teh'], pattern: '{0} sendok teh' });
    expect(units.en?.tablespoon?.names).toEqual(['tablespoon', 'tablespoons', 'tbsp']);
    expect(units.de?.teaspoon?.names).toContain('teelöffel');
    // names of one or two letters say too little to be read as a unit ("5 pt")
    expect(
      Object.values(units).flatMap((entries) => Object.values(entries).flatMap((entry) => entry.names.filter((name) => name.length < 3))),
    ).toEqual([]);
  });
});
