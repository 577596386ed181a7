/**
 * The arguments an ICU message names, read from its syntax tree: used to prove that every
 * translation asks for the same values as English, and to show a missing value as `{name}`.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Kinds = Map<string, Set<string>>;

function add(into: Kinds, name: string, kind: string): void {
  const kinds = into.get(name) ?? new Set<string>();
  kinds.add(kind);
  into.set(name, kinds);
}

/** Every use of every argument: a translation may use one in another order, not in another way. */
function collect(elements: MessageFormatElement[], into: Kinds): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        add(into, el.value, 'argument');
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        add(into, el.value, TYPE[el.type]);
        break;
      case TYPE.plural:
        add(into, el.value, 'plural');
        for (const option of Object.values(el.options)) collect(option.value, into);
        break;
      case TYPE.select:
        add(into, el.value, `select(${Object.keys(el.options).sort().join('|')})`);
        for (const option of Object.values(el.options)) collect(option.value, into);
        break;
      case TYPE.tag:
        collect(el.children, into);
        break;
      default:
        break;
    }
  }
}

/**
 * `{ name: kinds }` for every argument of `message` (argument, number, date, time, plural,
 * select(options)), the kinds of all its uses sorted and joined with `+`.
 */
export function argumentKinds(message: string): Record<string, string> {
  const found: Kinds = new Map();
  collect(parse(message, { ignoreTag: true }), found);
  return Object.fromEntries(
    [...found]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, kinds]) => [name, [...kinds].sort().join('+')]),
  );
}

export function argumentNames(message: string): string[] {
  return Object.keys(argumentKinds(message));
}
