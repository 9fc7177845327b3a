import path from 'node:path';
import type { BankSourceReason } from '../../../shared/bank-source';
import { AppError } from '../../../shared/errors';
import type { ImagePlace, SourceNote, SourcePosition, SourceText } from '../source-question';
import { draftOf, idOnly, type Sink, type Where } from './build';
import { acceptedAnswers } from './conversions';
import { allElements, attr, child, childrenNamed, descendants, elementsOf, textIn } from './dom';
import { dataUriImage, PICTURE_MARK, type ImageSource, type RawImage } from './images';
import { localName, reduceNodes, type DomElement, type Reduced } from './text';
import { decodeText, readXml } from './xml';
import { openZipEntries } from './zip-entries';

/** QTI interactions the bank does not take, each with its reason (names lower-cased). */
const REFUSED: Readonly<Record<string, BankSourceReason>> = {
  matchinteraction: 'BANK_MATCHING',
  associateinteraction: 'BANK_MATCHING',
  graphicassociateinteraction: 'BANK_MATCHING',
  gapmatchinteraction: 'BANK_DRAG_DROP',
  graphicgapmatchinteraction: 'BANK_DRAG_DROP',
  positionobjectinteraction: 'BANK_DRAG_DROP',
  inlinechoiceinteraction: 'BANK_GAPSELECT',
  orderinteraction: 'BANK_ORDERING',
  graphicorderinteraction: 'BANK_ORDERING',
};

/** Elements of an itemBody that are not the question: feedback, rubrics for other roles, templates. */
const FEEDBACK = new Set(['feedbackinline', 'feedbackblock', 'modalfeedback']);
const HIDDEN = new Set(['rubricblock', 'templateblock', 'templateinline', 'printedvariable', 'stylesheet']);
/** Where the interaction's prompt goes in the stem: a private-use character no source writes. */
const PROMPT_MARK = '\uE000';
const GAP = '_____';

type ItemContext = { position: SourcePosition; image: (src: string) => ImageSource };

/** One QTI 2.x `assessmentItem` file. A DOCTYPE or XML that is not well-formed refuses the file. */
export function readQtiItemFile(text: string, sink: Sink): void {
  const xml = readXml(text);
  if (!xml.ok) throw xml.why === 'entities' ? new AppError('BANK_FILE_ENTITIES', { part: 'DOCTYPE' }) : new AppError('BANK_FILE_DAMAGED');
  const item = elementsOf(xml.nodes).find((e) => localName(e.name) === 'assessmentitem');
  if (!item) throw new AppError('BANK_FILE_NOT_A_BANK');
  readItem(item, { position: { number: 1 }, image: (src) => dataUriImage(src) }, sink);
}

/**
 * A QTI content package: the items its imsmanifest.xml lists (resources of type imsqti_item_*), in the
 * manifest's order, each numbered and named by its file, its images read from the package relative to
 * it. An item file that is missing, damaged or declares a DOCTYPE refuses that item only.
 */
export async function readQtiPackage(file: string, sink: Sink): Promise<void> {
  const zip = await openZipEntries(file);
  try {
    const manifest = await zip.read('imsmanifest.xml');
    const xml = manifest ? readXml(decodeText(manifest)) : null;
    if (!xml?.ok) throw new AppError(xml && xml.why === 'entities' ? 'BANK_FILE_ENTITIES' : 'BANK_FILE_DAMAGED', xml && xml.why === 'entities' ? { part: 'imsmanifest.xml' } : {});
    const hrefs = itemHrefs(elementsOf(xml.nodes));
    for (const [index, href] of hrefs.entries()) {
      const position: SourcePosition = { number: index + 1, file: href };
      const where: Where = { position, originalType: 'assessmentItem', name: null, text: href };
      const bytes = await zip.read(href);
      if (!bytes) {
        sink.refuse(where, 'BANK_ITEM_MISSING', { file: href });
        continue;
      }
      const item = readXml(decodeText(bytes));
      const root = item.ok ? elementsOf(item.nodes).find((e) => localName(e.name) === 'assessmentitem') : undefined;
      if (!item.ok || !root) {
        sink.refuse(where, 'BANK_ITEM_DAMAGED', { file: href, line: item.ok ? 1 : item.line });
        continue;
      }
      const images = new Map<string, Buffer | null>();
      for (const src of imageSources(root)) {
        const name = packagePath(href, src);
        if (name !== null && !images.has(name)) images.set(name, await zip.read(name));
      }
      readItem(root, { position, image: (src) => packageImage(href, src, images) }, sink);
    }
  } finally {
    zip.close();
  }
}

/** The item files a manifest lists, resolved against `xml:base` of their <resources> and <resource>. */
function itemHrefs(roots: DomElement[]): string[] {
  const hrefs: string[] = [];
  for (const root of roots) {
    for (const resources of descendants(root, 'resources')) {
      for (const resource of childrenNamed(resources, 'resource')) {
        if (!/^imsqti_item/i.test(attr(resource, 'type') ?? '')) continue;
        const href = attr(resource, 'href');
        // packagePath resolves against a file's folder: a stand-in file inside the xml:base folder.
        const base = [attr(resources, 'base'), attr(resource, 'base')].filter((b): b is string => !!b).map((b) => b.replace(/\/?$/, '/')).join('');
        const name = href ? packagePath(`${base}manifest`, href) : null;
        if (name) hrefs.push(name);
      }
    }
  }
  return hrefs;
}

/** A relative reference from an entry to another entry of the package, or null when it leaves the package. */
function packagePath(from: string, src: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (/^[a-z][\w+.-]*:/i.test(decoded) || decoded.startsWith('/')) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded));
  return joined.startsWith('../') || joined === '..' ? null : joined;
}

function packageImage(item: string, src: string, images: ReadonlyMap<string, Buffer | null>): ImageSource {
  const name = packagePath(item, src);
  if (name === null) return dataUriImage(src);
  const bytes = images.get(name);
  const label = path.posix.basename(name);
  return bytes ? { name: label, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) } : { name: label, missing: true };
}

function imageSources(root: DomElement): string[] {
  return [...descendants(root, 'img').map((e) => attr(e, 'src') ?? ''), ...descendants(root, 'object').map((e) => attr(e, 'data') ?? '')].filter(Boolean);
}

type Declaration = { cardinality: string; baseType: string; correct: string[]; mapped: { key: string; value: number }[] };

function declarations(item: DomElement): Map<string, Declaration> {
  const map = new Map<string, Declaration>();
  for (const declaration of childrenNamed(item, 'responseDeclaration')) {
    const correct = childrenNamed(child(declaration, 'correctResponse') ?? declaration, 'value').map((v) => textIn(v).trim());
    const mapped = childrenNamed(child(declaration, 'mapping') ?? declaration, 'mapEntry').map((e) => ({ key: attr(e, 'mapKey') ?? '', value: Number.parseFloat(attr(e, 'mappedValue') ?? '0') || 0 }));
    map.set(attr(declaration, 'identifier') ?? '', {
      cardinality: (attr(declaration, 'cardinality') ?? 'single').toLowerCase(),
      baseType: (attr(declaration, 'baseType') ?? '').toLowerCase(),
      correct,
      mapped,
    });
  }
  return map;
}

function readItem(item: DomElement, context: ItemContext, sink: Sink): void {
  const body = child(item, 'itemBody');
  const name = attr(item, 'title')?.trim() || attr(item, 'identifier')?.trim() || null;
  const interactions = body ? allElements(body).filter((e) => localName(e.name).endsWith('interaction')) : [];
  const interaction = interactions.length === 1 ? interactions[0] : null;
  const originalType = interaction ? localName(interaction.name) : interactions.length ? 'composite' : 'assessmentItem';
  const stem = stemOf(body, interaction);
  const where: Where = { position: context.position, originalType: interaction?.name ?? originalType, name, text: stem.text };
  if (interactions.length === 0) return sink.refuse(where, 'BANK_DESCRIPTION');
  if (!interaction) return sink.refuse(where, 'BANK_CLOZE');
  const refused = REFUSED[originalType];
  if (refused) return sink.refuse(where, refused);
  const declaration = declarations(item).get(attr(interaction, 'responseIdentifier') ?? '') ?? { cardinality: 'single', baseType: '', correct: [], mapped: [] };
  const notes: SourceNote[] = droppedNote(stem);
  const images: RawImage[] = stem.images.map((image) => ({ ...context.image(image.src), place: 'stem' }));
  if (hasFeedback(item)) notes.push({ code: 'BANK_FEEDBACK_DROPPED', params: {} });
  const base = { position: context.position, originalType: where.originalType, name, stem: idOnly(stem.text) };

  switch (originalType) {
    case 'choiceinteraction': {
      const choices = childrenNamed(interaction, 'simpleChoice');
      const correct = declaration.correct.length ? declaration.correct : declaration.mapped.filter((m) => m.value > 0).map((m) => m.key);
      if (correct.length > 1) return sink.refuse(where, 'BANK_MULTIPLE_RESPONSE');
      const maxChoices = Number.parseInt(attr(interaction, 'maxChoices') ?? '1', 10);
      if (declaration.cardinality !== 'single' || maxChoices !== 1) notes.push({ code: 'BANK_SINGLE_FROM_MULTI', params: {} });
      const options: SourceText[] = choices.map((choice, index) => {
        const text = reduceInBody(choice.children);
        images.push(...text.images.map((image): RawImage => ({ ...context.image(image.src), place: `option:${index}` satisfies ImagePlace })));
        notes.push(...droppedNote(text));
        return idOnly(text.text);
      });
      let key: number | null = null;
      if (correct.length === 1) {
        key = choices.findIndex((c) => attr(c, 'identifier') === correct[0]);
        if (key < 0) return sink.refuse(where, 'BANK_KEY_NOT_AN_OPTION', { key: correct[0].slice(0, 40) });
      }
      // shuffle="false" keeps the choices in place, and a shuffled interaction never moves a choice marked fixed; the
      // bank keeps a question's options all in place or shuffles them all, so either keeps the whole order. With no
      // shuffle attribute (QTI 2.1 requires one; exporters leave it out) QTI still presents the choices "in the order
      // of the choices … unless shuffle is true", and 2.2 and 3.0 make it optional, false by default: the file's order
      // is kept, and its note says the file did not say, so the office can ask for shuffling on the question.
      const shuffle = attr(interaction, 'shuffle')?.trim().toLowerCase();
      const fixed = choices.some((c) => attr(c, 'fixed')?.trim().toLowerCase() === 'true');
      const inOrder = shuffle !== 'true' || fixed;
      if (inOrder) notes.push({ code: shuffle === undefined && !fixed ? 'BANK_OPTIONS_IN_ORDER_UNSTATED' : 'BANK_OPTIONS_IN_ORDER', params: {} });
      return sink.add(draftOf({ ...base, kind: 'multiple_choice', options, key, optionsInOrder: inOrder, images, notes }));
    }
    case 'textentryinteraction': {
      const numeric = declaration.baseType === 'float' || declaration.baseType === 'integer';
      const values = [...declaration.correct, ...declaration.mapped.filter((m) => m.value > 0).map((m) => m.key)];
      notes.push({ code: numeric ? 'BANK_NUMERICAL_AS_ESSAY' : 'BANK_SHORT_ANSWER_AS_ESSAY', params: {} });
      return sink.add(draftOf({ ...base, kind: 'essay', expected: acceptedAnswers([...new Set(values)], false), images, notes }));
    }
    case 'extendedtextinteraction': {
      const expected = declaration.correct.join('\n').trim();
      return sink.add(draftOf({ ...base, kind: 'essay', expected: expected ? idOnly(expected) : null, images, notes }));
    }
    default:
      return sink.refuse(where, 'BANK_UNKNOWN_TYPE', { type: interaction.name });
  }
}

/** The itemBody as text, the interaction's prompt in its place (a text entry leaves a gap); feedback and rubrics left out. */
function stemOf(body: DomElement | null, interaction: DomElement | null): Reduced {
  if (!body) return { text: '', images: [], dropped: [] };
  const isTextEntry = interaction !== null && localName(interaction.name) === 'textentryinteraction';
  // A stem marks where its pictures stood among its words, to show each there (picture-lines.ts).
  const reduced = reduceNodes(body.children, {
    image: PICTURE_MARK,
    element: (element) => {
      const name = localName(element.name);
      if (element === interaction) return isTextEntry ? GAP : PROMPT_MARK;
      if (name.endsWith('interaction') || FEEDBACK.has(name) || HIDDEN.has(name)) return '';
      return undefined;
    },
  });
  const prompt = interaction && !isTextEntry ? reduceInBody(childrenNamed(interaction, 'prompt').flatMap((p) => p.children), PICTURE_MARK) : null;
  const [before, after = ''] = reduced.text.split(PROMPT_MARK);
  const text = [before, prompt?.text ?? '', after]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
  // In the text's order, as its marks stand: the body's pictures before the prompt, the prompt's, then the body's after it.
  const ahead = before.split(PICTURE_MARK).length - 1;
  const images = [...reduced.images.slice(0, ahead), ...(prompt?.images ?? []), ...reduced.images.slice(ahead)];
  return { text, images, dropped: [...new Set([...reduced.dropped, ...(prompt?.dropped ?? [])])] };
}

function reduceInBody(nodes: Parameters<typeof reduceNodes>[0], image?: string): Reduced {
  return reduceNodes(nodes, {
    ...(image === undefined ? {} : { image }),
    element: (element) => {
      const name = localName(element.name);
      return FEEDBACK.has(name) || HIDDEN.has(name) ? '' : undefined;
    },
  });
}

function droppedNote(reduced: Reduced): SourceNote[] {
  return reduced.dropped.length ? [{ code: 'BANK_CONTENT_DROPPED', params: { what: reduced.dropped.join(', ') } }] : [];
}

function hasFeedback(item: DomElement): boolean {
  return [...FEEDBACK].some((name) => descendants(item, name).some((e) => textIn(e).trim() !== ''));
}
