import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

/** RFC 4180 as spreadsheets read it, and no formulas smuggled in through a name. */
describe('the CSV writer', () => {
  it('quotes only what needs quoting and doubles the quotes inside', () => {
    expect(csvField('Torres')).toBe('Torres');
    expect(csvField('Torres, Maya')).toBe('"Torres, Maya"');
    expect(csvField('the "north" unit')).toBe('"the ""north"" unit"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes a text that starts like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });
});
