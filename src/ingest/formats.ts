// Document bytes in the formats curators receive → the plain text ingest reads. The text returned is what
// the graph stores as the document's text, so every quote stays verbatim against it.
import { convert } from 'html-to-text';
import { getDocumentProxy } from 'unpdf';
import { DocumentFormat } from '../model/values.js';
import { IngestError } from './errors.js';
import { decodeReport } from './source.js';

export const DOCUMENT_FORMATS = DocumentFormat.options;
export type { DocumentFormat };

/** The format a file name or the first bytes suggest (a PDF is recognised by its header whatever its name). */
export function formatOf(name: string, bytes: Uint8Array): DocumentFormat {
  if (isPdf(bytes)) return 'PDF';
  if (/\.html?$/i.test(name)) return 'HTML';
  if (/\.(md|markdown)$/i.test(name)) return 'MARKDOWN';
  return 'TEXT';
}

export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

export async function documentText(bytes: Uint8Array, format: DocumentFormat, name: string): Promise<string> {
  if (format === 'PDF') return pdfText(bytes, name);
  if (isPdf(bytes)) throw new IngestError('INGEST_BAD_ARGUMENTS', `${name} is a PDF: send it with format PDF`);
  const text = decodeReport(bytes, name);
  return format === 'HTML' ? htmlText(text, name) : text;
}

/**
 * PDF text through pdf.js (unpdf's serverless build), line by line as laid out: a vertical gap wider than
 * a line becomes a blank line, so paragraphs, headings and list items stay apart for the cleanup step
 * (which also removes page numbers and running headers). Pages are joined by blank lines.
 */
async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  if (!isPdf(bytes)) throw new IngestError('INGEST_UNREADABLE', `${name} is not a PDF (it does not start with %PDF-)`);
  const pages: string[] = [];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      let text = '';
      let lastY: number | null = null;
      let lineHeight = 0;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== null && text.endsWith('\n') && lastY - y > 1.75 * (lineHeight || item.height)) text += '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        if (item.str) {
          lineHeight =
            lastY !== null && lastY > y && lastY - y < 2 * item.height ? lastY - y : lineHeight || item.height * 1.2;
          lastY = y;
        }
      }
      pages.push(text);
    }
  } catch (err) {
    throw new IngestError('INGEST_UNREADABLE', `${name}: the PDF cannot be read (${(err as Error).message})`);
  }
  const text = pages
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new IngestError('INGEST_EMPTY', `${name} has no text layer (a scanned PDF?): nothing to ingest without OCR`);
  }
  return `${text}\n`;
}

/** HTML → text with headings, paragraphs and lists kept as lines; scripts, styles, images and link targets dropped. */
function htmlText(html: string, name: string): string {
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'table', format: 'dataTable' },
    ],
  });
  if (!/[\p{L}\p{N}]/u.test(text))
    throw new IngestError('INGEST_EMPTY', `${name} has no text in it: nothing to ingest`);
  return `${text.trim()}\n`;
}
