/** Prints a table (markdown, readable in a terminal too) and keeps it for the results file. */
const printed: string[] = [];

export type Cell = string | number | null | undefined;

export function table(title: string, headers: string[], rows: Cell[][]): void {
  const text = (cell: Cell) => (cell === null || cell === undefined ? '–' : String(cell));
  const lines = [
    `### ${title}`,
    '',
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(text).join(' | ')} |`),
    '',
  ];
  printed.push(lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
}

export function note(text: string): void {
  printed.push(`${text}\n`);
  console.log(text);
}

export const printedTables = (): string => printed.join('\n');

export const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
