// Renders a test document's text as a PDF (pdf-lib, standard Helvetica), so the PDF path of ingest is
// tested on a real PDF file. Run when the fixture text changes; the PDF is committed next to the text.
//   npx tsx scripts/make-test-pdf.ts test/documents/2021-focused-visit-letter.txt
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const [input] = process.argv.slice(2);
if (!input) throw new Error('usage: make-test-pdf.ts FILE.txt');
const text = readFileSync(input, 'utf8');
const pdf = await PDFDocument.create();
// Fixed dates keep the file byte-for-byte reproducible.
pdf.setCreationDate(new Date('2021-06-25T00:00:00Z'));
pdf.setModificationDate(new Date('2021-06-25T00:00:00Z'));
pdf.setProducer('scripts/make-test-pdf.ts');
const font = await pdf.embedFont(StandardFonts.Helvetica);
const size = 10;
const margin = 56;
const [width, height] = [595, 842];
const maxWidth = width - 2 * margin;

/** A paragraph's lines, wrapped at word boundaries to the page width. */
function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

let page = pdf.addPage([width, height]);
let y = height - margin;
for (const paragraph of text.split('\n')) {
  const lines = paragraph.trim() ? wrap(paragraph) : [''];
  for (const line of lines) {
    if (y < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    page.drawText(line, { x: margin, y, size, font });
    y -= size * 1.5;
  }
}
const out = input.replace(/\.txt$/, '.pdf');
writeFileSync(out, await pdf.save({ useObjectStreams: false }));
console.log(`written ${out}`);
