// Widget runtime, the pre-call form: its fields and consent box, the values the visitor
// typed (kept across re-renders), and whether they let the call go ahead.
'use strict';
{
  const ns = window.callStudio;
  const { el, text } = ns.runtime;
  let pendingValues = null;

  const fieldsOfForm = () => ns.render.root.querySelectorAll('[data-field]');

  const readValues = () => {
    const values = {};
    for (const input of fieldsOfForm()) {
      values[input.getAttribute('data-field')] = input.type === 'checkbox' ? input.checked : input.value;
    }
    return values;
  };

  const rememberValues = () => {
    pendingValues = readValues();
  };

  const fieldInput = (field) => {
    if (field.type === 'select') {
      const select = el('select', 'cs-input');
      const empty = el('option', '', text(field.placeholder) || '—');
      empty.value = '';
      select.appendChild(empty);
      for (const option of field.options ?? []) {
        const node = el('option', '', text(option.label));
        node.value = option.value;
        select.appendChild(node);
      }
      return select;
    }
    if (field.type === 'checkbox') {
      const box = el('input', 'cs-checkbox');
      box.type = 'checkbox';
      return box;
    }
    const input = el('input', 'cs-input');
    input.type = field.type === 'email' || field.type === 'tel' ? field.type : 'text';
    input.placeholder = text(field.placeholder);
    return input;
  };

  const fieldRow = (block, field, previous) => {
    const input = fieldInput(field);
    input.id = `cs-field-${block.id}-${field.key}`;
    input.name = field.key;
    input.required = !!field.required;
    input.setAttribute('data-field', field.key);
    if (previous?.[field.key] !== undefined) {
      if (field.type === 'checkbox') {
        input.checked = previous[field.key] === true;
      } else {
        input.value = previous[field.key];
      }
    }
    input.addEventListener('input', rememberValues);
    input.addEventListener('change', rememberValues);
    const label = el('label', 'cs-label', text(field.label) + (field.required ? ' *' : ''));
    label.htmlFor = input.id;
    const row = el('div', 'cs-field');
    const parts = field.type === 'checkbox' ? [input, label] : [label, input];
    parts.forEach((part) => row.appendChild(part));
    return row;
  };

  const consentRow = (block, previous) => {
    const row = el('div', 'cs-field cs-consent');
    const box = el('input', 'cs-checkbox');
    box.type = 'checkbox';
    box.id = `cs-consent-${block.id}`;
    box.required = !!block.form.consent.required;
    box.setAttribute('data-field', '__consent');
    box.checked = !!previous?.__consent;
    box.addEventListener('change', rememberValues);
    const label = el('label', 'cs-label', text(block.form.consent.label));
    label.htmlFor = box.id;
    row.appendChild(box);
    row.appendChild(label);
    return row;
  };

  const render = (block) => {
    const form = el('form', 'cs-form');
    form.noValidate = true;
    form.addEventListener('submit', (event) => event.preventDefault());
    const previous = ns.call.active?.formValues ?? pendingValues;
    for (const field of block.form.fields ?? []) {
      form.appendChild(fieldRow(block, field, previous));
    }
    if (block.form.consent) {
      form.appendChild(consentRow(block, previous));
    }
    const problem = el('p', 'cs-form-problem');
    problem.id = `cs-form-problem-${block.id}`;
    form.appendChild(problem);
    return form;
  };

  // An invalid field says so to assistive technology and points at the form's message.
  const markField = (input, invalid) => {
    input.classList.toggle('cs-invalid', invalid);
    if (invalid) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', input.form?.querySelector('.cs-form-problem')?.id ?? '');
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };

  // "missing", "email" or "" when the values may go with the call.
  const problemOf = (values) => {
    let problem = '';
    for (const input of fieldsOfForm()) {
      const value = values[input.getAttribute('data-field')];
      const missing = input.required && (value === false || value === '');
      const badEmail = input.type === 'email' && value !== '' && !/^[^@\s]+@[^@\s]+$/.test(value);
      markField(input, missing || badEmail);
      if ((missing || badEmail) && !problem) {
        problem = missing ? 'missing' : 'email';
      }
    }
    return problem;
  };

  // The values the call goes with: the form on screen, else what was typed before.
  const currentValues = () => (ns.render.root.querySelector('[data-field]') ? readValues() : (pendingValues ?? {}));

  const showProblem = (problem) => {
    const note = ns.render.root.querySelector('.cs-form-problem');
    const message = problem === 'missing' ? 'Please fill in the required fields.' : 'Please check the email address.';
    if (note) {
      note.textContent = message;
    }
    ns.access.announce(message, 'assertive');
    ns.render.root.querySelector('[aria-invalid="true"]')?.focus();
  };

  const fill = (values) => {
    for (const [key, value] of Object.entries(values)) {
      const input = ns.render.root.querySelector(`[data-field="${CSS.escape(key)}"]`);
      if (input?.type === 'checkbox') {
        input.checked = value === true;
      } else if (input) {
        input.value = String(value);
      }
    }
    rememberValues();
  };

  ns.form = { render, problemOf, currentValues, showProblem, fill };
}
