// The host <-> runtime protocol, read from protocol.json (handed over in the boot data):
// shape checks of the messages both ways, and the check that a dispatch table handles
// exactly the messages the table gives it. Shared by the widget runtime and the shareable page.
'use strict';
// Each script of the preview is one block, not a wrapper function: its names stay its own.
{
  const ns = (window.callStudio = window.callStudio || {});

  const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

  const typeChecks = {
    string: (value) => typeof value === 'string',
    number: (value) => typeof value === 'number' && Number.isFinite(value),
    boolean: (value) => typeof value === 'boolean',
    object: isPlainObject,
    array: (value) => Array.isArray(value),
    null: (value) => value === null,
  };

  // "" when `value` fits the field type ("number", "string?", "number|null").
  const fieldProblem = (name, spec, value) => {
    const optional = spec.endsWith('?');
    if (value === undefined) {
      return optional ? '' : `field "${name}" is missing`;
    }
    const types = (optional ? spec.slice(0, -1) : spec).split('|');
    return types.some((type) => typeChecks[type]?.(value)) ? '' : `field "${name}" is not ${types.join(' or ')}`;
  };

  class Protocol {
    // direction: "runtime→host" or "host→runtime"; key: the wire field naming the type.
    constructor(table) {
      this.messages = { 'runtime→host': new Map(), 'host→runtime': new Map() };
      for (const message of table?.messages ?? []) {
        this.messages[message.direction]?.set(message.type, message);
      }
    }

    spec(direction, type) {
      return this.messages[direction].get(type) ?? null;
    }

    // "" when `fields` is a message of this type in this direction.
    problem(direction, type, fields) {
      const spec = this.spec(direction, type);
      if (!spec) {
        return `"${String(type).slice(0, 40)}" is not a ${direction} message of the protocol`;
      }
      for (const [name, fieldSpec] of Object.entries(spec.fields)) {
        const problem = fieldProblem(name, fieldSpec, fields[name]);
        if (problem) {
          return `${type}: ${problem}`;
        }
      }
      return '';
    }

    // The types of this direction that `handler` must handle.
    typesFor(direction, handler) {
      return [...this.messages[direction].values()]
        .filter((message) => message.handledBy.includes(handler))
        .map((message) => message.type);
    }

    // What a dispatch table lacks or has beyond the protocol, as one line ("" when none).
    coverageProblem(direction, handler, table) {
      const expected = this.typesFor(direction, handler);
      const missing = expected.filter((type) => !Object.hasOwn(table, type));
      const extra = Object.keys(table).filter((type) => !expected.includes(type));
      if (missing.length === 0 && extra.length === 0) {
        return '';
      }
      return `protocol: ${handler} does not handle [${missing.join(', ')}]; handles unknown [${extra.join(', ')}]`;
    }
  }

  ns.isPlainObject = isPlainObject;
  ns.Protocol = Protocol;
}
