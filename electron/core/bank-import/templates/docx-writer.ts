import { zipParts, type ZipInput } from './zip-writer';

/** An image in a cell; `extension` names its part (the reader trusts bytes, not this). */
export type DocxImage = { bytes: Uint8Array; extension: 'png' | 'jpeg' | 'gif' | 'svg' | 'emf' };
/** A cell: its text (a line break starts a new paragraph) and the images after it. */
export type DocxCell = { text: string; images?: readonly DocxImage[] };
export type DocxTable = {
  /** Paragraphs above the table: a title (bold) and notes. */
  title: string;
  notes: readonly string[];
  header: readonly string[];
  /** Relative column widths. */
  widths: readonly number[];
  rows: readonly (readonly (DocxCell | string)[])[];
};

const MIME: Readonly<Record<DocxImage['extension'], string>> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', emf: 'image/x-emf' };
/** A landscape A4 page with 1.5 cm margins, in twentieths of a point. */
const PAGE = { width: 16838, height: 11906, margin: 850 };
const EMU_PER_CM = 360000;
const IMAGE_WIDTH_CM = 3;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

/**
 * A .docx of one table, written by hand as the few OOXML parts Word and LibreOffice need: the
 * question-bank template (header row repeated on every page, a few empty rows to type into) and the
 * documents tests and benchmarks build in its layout, images in cells included.
 */
export function docxTable(table: DocxTable): Buffer {
  const media: { name: string; id: string; image: DocxImage }[] = [];
  const usable = PAGE.width - 2 * PAGE.margin;
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => Math.floor((w / total) * usable));
  const imageRun = (image: DocxImage) => {
    const index = media.length + 1;
    const entry = { name: `image${index}.${image.extension}`, id: `rIdImg${index}`, image };
    media.push(entry);
    const [width, height] = extent(image);
    return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${width}" cy="${height}"/><wp:docPr id="${index}" name="Picture ${index}"/><a:graphic><a:graphicData uri="${PIC}"><pic:pic><pic:nvPicPr><pic:cNvPr id="${index}" name="${entry.name}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${entry.id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${width}" cy="${height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  };
  const cell = (value: DocxCell | string, width: number, bold: boolean) => {
    const content = typeof value === 'string' ? { text: value } : value;
    const paragraphs = content.text.split('\n').map((line) => paragraph(line, bold));
    for (const image of content.images ?? []) paragraphs.push(`<w:p>${imageRun(image)}</w:p>`);
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
  };
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${table.header.map((h, i) => cell(h, widths[i], true)).join('')}</w:tr>`;
  const rows = table.rows.map((row) => `<w:tr>${table.header.map((_, i) => cell(row[i] ?? '', widths[i], false)).join('')}</w:tr>`);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const body = [
    paragraph(table.title, true),
    ...table.notes.map((note) => paragraph(note, false)),
    `<w:tbl><w:tblPr><w:tblW w:w="${usable}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${header}${rows.join('')}</w:tbl>`,
    '<w:p/>',
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="landscape"/><w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`,
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:pic="${PIC}"><w:body>${body}</w:body></w:document>`;
  const extensions = [...new Set(media.map((m) => m.image.extension))];
  const parts: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extensions.map((e) => `<Default Extension="${e}" ContentType="${MIME[e]}"/>`).join('')}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    },
    { name: 'word/document.xml', data: Buffer.from(document, 'utf8') },
    {
      name: 'word/_rels/document.xml.rels',
      data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${media.map((m) => `<Relationship Id="${m.id}" Type="${R}/image" Target="media/${m.name}"/>`).join('')}</Relationships>`),
    },
    ...media.map((m) => ({ name: `word/media/${m.name}`, data: Buffer.from(m.image.bytes) })),
  ];
  return zipParts(parts);
}

function xml(body: string): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`, 'utf8');
}

function paragraph(text: string, bold: boolean): string {
  if (text === '') return '<w:p/>';
  return `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

function escape(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.
      // eslint-disable-next-line no-control-regex -- the control characters are what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Width and height in EMU: a fixed width, the height from a PNG's own size (square otherwise). */
function extent(image: DocxImage): [number, number] {
  const width = IMAGE_WIDTH_CM * EMU_PER_CM;
  const bytes = Buffer.from(image.bytes);
  if (image.extension === 'png' && bytes.length >= 24) {
    const w = bytes.readUInt32BE(16);
    const h = bytes.readUInt32BE(20);
    if (w > 0 && h > 0) return [width, Math.round((width * h) / w)];
  }
  return [width, width];
}
