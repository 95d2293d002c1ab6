// An in-memory stand-in for DP Hub's Rust backend, installed in the page before the app loads as
// window.__TAURI_INTERNALS__ (what @tauri-apps/api's invoke calls). It answers every command the UI
// uses with data shaped exactly like the Rust output: the form's choices and labels are copied from
// src-tauri/core/src/people/kinds.rs and src-tauri/core/src/period.rs, and the validation messages
// from src-tauri/core/src/people/validate.rs and src-tauri/core/src/input/. The PA contact commands
// serve the real contact_form_options output (passed in through the setup) and mirror
// src-tauri/core/src/contacts/ (validate.rs, alerts.rs, service.rs) closely enough to test the screens.
//
// The function is serialised into the page by page.addInitScript, so it must not use anything
// from outside its own body.
import type { ContactDraft } from '../../src/lib/bindings/ContactDraft';
import type { ContactFormOptions } from '../../src/lib/bindings/ContactFormOptions';
import type { EmploymentSummary } from '../../src/lib/bindings/EmploymentSummary';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';

/** An employment as it crosses IPC: ids are plain numbers there. */
export type FakeEmployment = Omit<EmploymentSummary, 'id' | 'person_id' | 'contact_id'> & {
  id: number;
  person_id: number;
  contact_id: number;
};

export type FakeSetup = {
  /** Today's date as the backend sees it (ages and next reviews depend on it). */
  today: string;
  /** People stored before the app opens. */
  people?: { draft: PersonDraft; archived?: boolean }[];
  currentId?: number | null;
  dbPath?: string;
  dbError?: string | null;
  /** The real contact_form_options output (tests/browser/generated/contact-form-options.json). */
  contactOptions?: ContactFormOptions;
  /** PA contacts stored before the app opens. */
  contacts?: { draft: ContactDraft; archived?: boolean }[];
  /** Employments shown on contacts and by list_employments. */
  employments?: FakeEmployment[];
  /** What the Save dialog answers: a path, or null as if it was cancelled. */
  saveDialogAnswer?: string | null;
};

export function installFakeBackend(setup: FakeSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  type Problem = { field: string; message: string };

  const choice = (value: string, label: string, hint: string | null) => ({ value, label, hint });
  const options = {
    recipient_types: [
      choice('adult_service_user', 'Adult who receives care and support', 'Aged 18 or over, for their own care and support needs'),
      choice('carer', 'Carer', "For a carer's own support needs"),
      choice(
        'parent_of_disabled_child',
        'Parent of a disabled child',
        "A parent or person with parental responsibility, for a disabled child's services",
      ),
      choice('young_person_16_17', 'Young person aged 16 or 17', 'A disabled young person who manages their own direct payment'),
    ],
    managed_by: [
      choice('themself', 'The person themself', 'They manage the direct payment on their own or with informal help'),
      choice(
        'nominated_person',
        'A nominated person',
        'Someone the person has chosen to manage it for them; the person has capacity to decide',
      ),
      choice(
        'authorised_person',
        'An authorised person',
        'Someone who manages it for a person who lacks capacity to decide, in their best interests',
      ),
      choice(
        'third_party_money_manager',
        'A third-party money manager',
        'An organisation that holds and runs the account and reports to the council',
      ),
    ],
    authority_bases: [
      choice(
        'lasting_power_of_attorney',
        'Lasting power of attorney',
        'For property and financial affairs, registered with the Office of the Public Guardian',
      ),
      choice('court_of_protection_deputy', 'Court of Protection deputy', 'Appointed by the Court of Protection'),
      choice(
        'council_agreement',
        'Agreed by the council',
        'A suitable person the council has agreed to; a DWP appointee is not automatically one',
      ),
    ],
    periods: [
      choice('weekly', 'Every week', null),
      choice('four_weekly', 'Every 4 weeks', 'Most councils pay every 4 weeks, in advance'),
      choice('monthly', 'Every month', null),
    ],
    account_types: [
      choice('prepaid_card', 'Prepaid card', 'A card account the council provides'),
      choice('separate_bank_account', 'Separate bank account', 'A bank account used only for the direct payment'),
      choice('managed_account', 'Managed account', 'A provider holds and runs the account'),
    ],
    blank: {
      full_name: '',
      preferred_name: '',
      date_of_birth: '',
      address: '',
      postcode: '',
      phone: '',
      email: '',
      council: '',
      council_reference: '',
      notes: '',
      recipient_type: null,
      manager: {
        managed_by: null,
        authority_basis: null,
        name: '',
        relationship: '',
        phone: '',
        email: '',
        address: '',
      },
      dp: {
        gross_amount: '',
        period: 'four_weekly',
        contribution: '',
        first_payment_date: '',
        account_type: null,
        excess_threshold_weeks: '4',
        start_date: '',
        end_date: '',
        review_dates: [],
      },
    },
  };

  // ---- Reading what was typed (as src-tauri/core/src/input and money.rs do) ----

  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  /** A date as "YYYY-MM-DD", or 'missing' / 'invalid'. */
  function parseDate(text: string): string | 'missing' | 'invalid' {
    const trimmed = text.trim();
    if (trimmed === '') return 'missing';
    const parts = trimmed.split(/[-/.\s]/).filter((p) => p !== '');
    if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return 'invalid';
    let y: string, m: string, d: string;
    if (parts[0].length === 4) [y, m, d] = parts;
    else if (parts[2].length === 4) [d, m, y] = parts;
    else return 'invalid';
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return 'invalid';
    }
    return iso(year, month, day);
  }

  function addMonths(date: string, months: number): string {
    const [y, m, d] = date.split('-').map(Number);
    const index = y * 12 + (m - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return iso(year, month, Math.min(d, daysInMonth(year, month)));
  }

  function defaultReviewDates(start: string, end: string | null): string[] {
    const dates: string[] = [];
    for (let i = 0; ; i++) {
      const date = addMonths(start, 6 + 12 * i);
      if (end ? date > end : i >= 3) break;
      dates.push(date);
    }
    return dates;
  }

  /** An amount in whole pence, or the kind of problem. */
  function parseMoney(text: string): number | 'not_an_amount' | 'too_many_places' | 'negative' | 'too_large' {
    let rest = text.trim();
    let negative = false;
    if (rest.startsWith('-')) {
      negative = true;
      rest = rest.slice(1).trimStart();
    }
    if (rest.startsWith('£')) rest = rest.slice(1).trimStart();
    const [wholeTyped, fraction] = rest.includes('.') ? [rest.slice(0, rest.indexOf('.')), rest.slice(rest.indexOf('.') + 1)] : [rest, null];
    let whole = wholeTyped;
    if (whole.includes(',')) {
      const groups = whole.split(',');
      const ok = /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
      if (!ok) return 'not_an_amount';
      whole = groups.join('');
    }
    if (whole === '' && (fraction === null || fraction === '')) return 'not_an_amount';
    if (!/^\d*$/.test(whole) || (fraction !== null && !/^\d*$/.test(fraction))) return 'not_an_amount';
    if ((fraction ?? '').length > 2) return 'too_many_places';
    if (whole.replace(/^0+/, '').length > 9) return 'too_large';
    const pence = Number(whole || '0') * 100 + Number((fraction ?? '').padEnd(2, '0') || '0');
    if (negative && pence > 0) return 'negative';
    return pence;
  }

  const canonical = (pence: number) => `${Math.floor(pence / 100)}.${pad(pence % 100)}`;
  const display = (pence: number) =>
    `£${String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pad(pence % 100)}`;
  /** a / b rounded to the nearest whole number, halves up (a, b ≥ 0). */
  const divideHalfUp = (a: number, b: number) => Math.floor((2 * a + b) / (2 * b));

  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const POSTCODE =
    /^(?:GIR0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$/;

  // ---- Checking a draft (as src-tauri/core/src/people/validate.rs does) ----

  function validate(draft: Json): { details: Json } | { problems: Problem[] } {
    const problems: Problem[] = [];
    const add = (field: string, message: string) => problems.push({ field, message });
    const opt = (text: string) => (text.trim() === '' ? null : text.trim());
    const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

    function required(field: string, text: string, missing: string): string | null {
      const value = opt(text);
      if (value === null) add(field, missing);
      else if ([...value].length > 200) add(field, 'This must be 200 characters or fewer');
      else return value;
      return null;
    }
    function dateField(field: string, text: string, label: string): string | null {
      const parsed = parseDate(text);
      if (parsed === 'missing') add(field, `Enter the ${label}`);
      else if (parsed === 'invalid') add(field, `${capitalise(label)} must be a real date, like 27 3 2026`);
      else return parsed;
      return null;
    }
    function moneyField(field: string, text: string, label: string, isRequired: boolean): number | null {
      if (!isRequired && opt(text) === null) return null;
      const parsed = parseMoney(text);
      if (typeof parsed === 'number') return parsed;
      const messages = {
        not_an_amount: opt(text) === null ? `Enter the ${label}` : `Enter the ${label} in pounds and pence, like 1,250.00`,
        too_many_places: `${capitalise(label)} must have no more than 2 decimal places, like 12.71`,
        negative: `${capitalise(label)} must not be negative`,
        too_large: `${capitalise(label)} is too large: check the amount`,
      };
      add(field, messages[parsed]);
      return null;
    }
    function phone(field: string, text: string): string | null {
      const value = opt(text);
      if (value === null) return null;
      const allowed = [...value].every((c, i) => /[0-9 ()-]/.test(c) || (c === '+' && i === 0));
      const digits = value.replace(/\D/g, '').length;
      if (!allowed || digits < 10 || digits > 15) {
        add(field, 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
        return null;
      }
      return value.split(/\s+/).join(' ');
    }
    function email(field: string, text: string): string | null {
      const value = opt(text);
      if (value === null) return null;
      if (!/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value)) {
        add(field, 'Enter an email address in the correct format, like name@example.com');
        return null;
      }
      return value;
    }
    function age(dob: string, on: string): number {
      const [y1, m1, d1] = dob.split('-').map(Number);
      const [y2, m2, d2] = on.split('-').map(Number);
      return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
    }

    const fullName = required('full_name', draft.full_name, "Enter the person's full name");
    const dob = dateField('date_of_birth', draft.date_of_birth, 'date of birth');
    if (dob && dob > setup.today) add('date_of_birth', 'Date of birth must be in the past');
    let postcode: string | null = null;
    if (opt(draft.postcode)) {
      const compact = draft.postcode.replace(/\s/g, '').toUpperCase();
      if (POSTCODE.test(compact)) postcode = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
      else add('postcode', 'Enter a real UK postcode, like SO23 8UJ');
    }
    const personPhone = phone('phone', draft.phone);
    const personEmail = email('email', draft.email);
    const council = required('council', draft.council, 'Enter the council that pays the direct payment');
    if (!draft.recipient_type) add('recipient_type', 'Select who the direct payment is for');
    else if (dob && dob <= setup.today) {
      const years = age(dob, setup.today);
      if (draft.recipient_type === 'young_person_16_17' && (years < 16 || years > 17)) {
        add(
          'recipient_type',
          `A young person's direct payment is for someone aged 16 or 17; this date of birth makes them ${years}`,
        );
      } else if (draft.recipient_type === 'adult_service_user' && years < 18) {
        add(
          'recipient_type',
          `An adult's direct payment is for someone aged 18 or over; this date of birth makes them ${years}`,
        );
      }
    }

    const m = draft.manager;
    let manager: Json = null;
    if (!m.managed_by) add('manager.managed_by', 'Select who manages the direct payment');
    else {
      if (m.managed_by === 'authorised_person' && !m.authority_basis) {
        add('manager.authority_basis', "Select the authorised person's basis of authority");
      }
      let representative: Json = null;
      if (m.managed_by !== 'themself') {
        const label = options.managed_by.find((c) => c.value === m.managed_by)!.label;
        const who = label.toLowerCase().replace('a ', '').replace('an ', '');
        const name = required('manager.name', m.name, `Enter the ${who}'s name`);
        const relationship =
          m.managed_by === 'third_party_money_manager'
            ? opt(m.relationship)
            : required(
                'manager.relationship',
                m.relationship,
                `Enter the ${who}'s relationship to the person, like daughter or friend`,
              );
        const repPhone = phone('manager.phone', m.phone);
        const repEmail = email('manager.email', m.email);
        if (name) representative = { name, relationship, phone: repPhone, email: repEmail, address: m.address.trim() };
      }
      manager = {
        managed_by: m.managed_by,
        authority_basis: m.managed_by === 'authorised_person' ? m.authority_basis : null,
        representative,
      };
    }

    const dp = draft.dp;
    const gross = moneyField('dp.gross_amount', dp.gross_amount, 'gross amount', true);
    let contribution = moneyField('dp.contribution', dp.contribution, 'contribution', false);
    if (contribution === null && !problems.some((p) => p.field === 'dp.contribution')) contribution = 0;
    if (gross !== null && contribution !== null && contribution > gross) {
      add('dp.contribution', `The contribution must not be more than the gross amount (${display(gross)})`);
    }
    if (!dp.period) add('dp.period', 'Select how often the council pays');
    const firstPayment = opt(dp.first_payment_date)
      ? dateField('dp.first_payment_date', dp.first_payment_date, 'first payment date')
      : null;
    const weeksText = dp.excess_threshold_weeks.trim();
    const weeks = /^\d+$/.test(weeksText) ? Number(weeksText) : NaN;
    if (!(weeks >= 1 && weeks <= 52)) {
      add('dp.excess_threshold_weeks', 'Enter the excess-balance threshold as a whole number of weeks, from 1 to 52');
    }
    const start = dateField('dp.start_date', dp.start_date, 'start date');
    const end = opt(dp.end_date) ? dateField('dp.end_date', dp.end_date, 'end date') : null;
    if (start && end && end < start) add('dp.end_date', 'The end date must be the same as or after the start date');
    const typed = (dp.review_dates as string[]).map((text, i) => [i, text.trim()] as const).filter(([, t]) => t !== '');
    let reviews: string[] = [];
    if (typed.length === 0) reviews = start ? defaultReviewDates(start, end) : [];
    for (const [i, text] of typed) {
      const field = `dp.review_dates.${i}`;
      const date = dateField(field, text, 'review date');
      if (!date) continue;
      if (start && date < start) add(field, 'A review date must be on or after the start date');
      else if (end && date > end) add(field, 'A review date must be on or before the end date');
      else reviews.push(date);
    }
    reviews = [...new Set(reviews)].sort();

    if (problems.length > 0) return { problems };
    return {
      details: {
        full_name: fullName,
        preferred_name: opt(draft.preferred_name),
        date_of_birth: dob,
        address: draft.address.trim(),
        postcode,
        phone: personPhone,
        email: personEmail,
        council,
        council_reference: opt(draft.council_reference),
        notes: draft.notes.trim(),
        recipient_type: draft.recipient_type,
        manager,
        dp: {
          gross_amount: canonical(gross!),
          period: dp.period,
          contribution: canonical(contribution!),
          first_payment_date: firstPayment,
          account_type: dp.account_type,
          excess_threshold_weeks: weeks,
          start_date: start,
          end_date: end,
          review_dates: reviews,
        },
      },
    };
  }

  function invalid(problems: Problem[]) {
    return {
      kind: 'validation',
      message:
        problems.length === 1
          ? problems[0].message
          : `There are ${problems.length} problems: ${problems.map((p) => p.message).join('; ')}`,
      field: problems[0].field,
      problems,
    };
  }

  // ---- What the screens are sent (as src-tauri/core/src/people/view.rs and figures.rs make it) ----

  const PER_YEAR: Record<string, number> = { weekly: 52, four_weekly: 13, monthly: 12 };
  const PHRASE: Record<string, string> = { weekly: 'every week', four_weekly: 'every 4 weeks', monthly: 'every month' };

  function inEveryPeriod(pence: number, period: string) {
    const yearly = pence * PER_YEAR[period];
    const shown = (to: string) => canonical(to === period ? pence : divideHalfUp(yearly, PER_YEAR[to]));
    return { weekly: shown('weekly'), four_weekly: shown('four_weekly'), monthly: shown('monthly'), yearly: canonical(yearly) };
  }

  function figures(dp: Json) {
    const toPence = (money: string) => parseMoney(money) as number;
    const gross = toPence(dp.gross_amount);
    const contribution = toPence(dp.contribution);
    const net = gross - contribution;
    const grossAll = inEveryPeriod(gross, dp.period);
    const threshold = divideHalfUp(gross * PER_YEAR[dp.period] * dp.excess_threshold_weeks, 52);
    return {
      net_per_period: canonical(net),
      gross: grossAll,
      contribution: inEveryPeriod(contribution, dp.period),
      net: inEveryPeriod(net, dp.period),
      excess_threshold: canonical(threshold),
      working: [
        `Net direct payment: ${display(gross)} gross less ${display(contribution)} contribution = ${display(net)} ${PHRASE[dp.period]}.`,
        `Other periods: a year is taken as 52 weeks, 13 four-weekly periods or 12 months, so ${display(gross)} ${PHRASE[dp.period]} is ${display(toPence(grossAll.yearly))} a year; each figure is worked out exactly and rounded to the nearest penny only when shown.`,
        `Excess-balance threshold: ${dp.excess_threshold_weeks} weeks of the gross payment (${display(toPence(grossAll.weekly))} a week) = ${display(threshold)}.`,
      ],
    };
  }

  type Stored = { id: number; archived: boolean; details: Json };
  const people = new Map<number, Stored>();
  let nextId = 1;
  let currentId: number | null = setup.currentId ?? null;

  function ageOn(dob: string): number {
    const [y1, m1, d1] = dob.split('-').map(Number);
    const [y2, m2, d2] = setup.today.split('-').map(Number);
    return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
  }

  function view(p: Stored) {
    const upcoming = (p.details.dp.review_dates as string[]).filter((d) => d >= setup.today).sort();
    return {
      person: { id: p.id, archived: p.archived, details: p.details },
      age: ageOn(p.details.date_of_birth),
      figures: figures(p.details.dp),
      next_review: upcoming[0] ?? null,
    };
  }

  function summary(p: Stored) {
    const d = p.details;
    return {
      id: p.id,
      full_name: d.full_name,
      preferred_name: d.preferred_name,
      date_of_birth: d.date_of_birth,
      council: d.council,
      council_reference: d.council_reference,
      archived: p.archived,
    };
  }

  function toDraft(d: Json) {
    const rep = d.manager.representative;
    return {
      full_name: d.full_name,
      preferred_name: d.preferred_name ?? '',
      date_of_birth: d.date_of_birth,
      address: d.address,
      postcode: d.postcode ?? '',
      phone: d.phone ?? '',
      email: d.email ?? '',
      council: d.council,
      council_reference: d.council_reference ?? '',
      notes: d.notes,
      recipient_type: d.recipient_type,
      manager: {
        managed_by: d.manager.managed_by,
        authority_basis: d.manager.authority_basis,
        name: rep?.name ?? '',
        relationship: rep?.relationship ?? '',
        phone: rep?.phone ?? '',
        email: rep?.email ?? '',
        address: rep?.address ?? '',
      },
      dp: {
        gross_amount: d.dp.gross_amount,
        period: d.dp.period,
        contribution: d.dp.contribution,
        first_payment_date: d.dp.first_payment_date ?? '',
        account_type: d.dp.account_type,
        excess_threshold_weeks: String(d.dp.excess_threshold_weeks),
        start_date: d.dp.start_date,
        end_date: d.dp.end_date ?? '',
        review_dates: d.dp.review_dates,
      },
    };
  }

  function find(id: number): Stored {
    const p = people.get(id);
    if (!p) throw { kind: 'not_found', message: `There is no person with the number ${id}`, field: null, problems: [] };
    return p;
  }

  function store(draft: Json, id?: number): Stored {
    const checked = validate(draft);
    if ('problems' in checked) throw invalid(checked.problems);
    const p: Stored = id === undefined ? { id: nextId++, archived: false, details: checked.details } : { ...find(id), details: checked.details };
    people.set(p.id, p);
    return p;
  }

  for (const seeded of setup.people ?? []) {
    const p = store(seeded.draft);
    p.archived = seeded.archived ?? false;
  }

  // ---- PA contacts (as src-tauri/core/src/contacts/ does; the choices are the real ones, passed in) ----

  const contactOptions: Json = setup.contactOptions ?? null;
  let dbsMaxAgeYears: number = contactOptions?.rules.dbs_max_age_years ?? 3;
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const longDate = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  };
  const addDays = (date: string, days: number) => {
    const t = new Date(`${date}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + days);
    return t.toISOString().slice(0, 10);
  };
  const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const phoneDigits = (phone: string) => {
    const digits = phone.replace(/\D/g, '');
    const national = digits.startsWith('0044')
      ? digits.slice(4)
      : phone.trim().startsWith('+') && digits.startsWith('44')
        ? digits.slice(2)
        : null;
    return national === null ? digits : `0${national.replace(/^0/, '')}`;
  };
  const labelIn = (list: string, value: string) =>
    (contactOptions?.[list] as { value: string; label: string }[] | undefined)?.find((c) => c.value === value)?.label ?? value;

  function validateContact(draft: Json): { details: Json } | { problems: Problem[] } {
    const problems: Problem[] = [];
    const add = (field: string, message: string) => problems.push({ field, message });
    const opt = (text: string) => (text.trim() === '' ? null : text.trim());
    const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
    const list = (text: string) => {
      const items: string[] = [];
      for (const item of text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
        if (!items.some((i) => i.toLowerCase() === item.toLowerCase())) items.push(item);
      }
      return items;
    };
    const date = (field: string, text: string, label: string, past = false): string | null => {
      if (opt(text) === null) return null;
      const parsed = parseDate(text);
      if (parsed === 'invalid' || parsed === 'missing') {
        add(field, `${capitalise(label)} must be a real date, like 27 3 2026`);
        return null;
      }
      if (past && parsed > setup.today) {
        add(field, `The ${label} must be today or in the past`);
        return null;
      }
      return parsed;
    };

    const fullName = opt(draft.full_name);
    if (fullName === null) add('full_name', "Enter the PA's full name");
    const phones: string[] = [];
    (draft.phones as string[]).forEach((text, i) => {
      const value = opt(text);
      if (value === null) return;
      const allowed = [...value].every((c, j) => /[0-9 ()-]/.test(c) || (c === '+' && j === 0));
      const digits = value.replace(/\D/g, '').length;
      if (!allowed || digits < 10 || digits > 15) {
        add(`phones.${i}`, 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
      } else if (!phones.includes(value.split(/\s+/).join(' '))) phones.push(value.split(/\s+/).join(' '));
    });
    const email = opt(draft.email);
    if (email !== null && !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email)) {
      add('email', 'Enter an email address in the correct format, like name@example.com');
    }
    let postcode: string | null = null;
    if (opt(draft.postcode)) {
      const compact = draft.postcode.replace(/\s/g, '').toUpperCase();
      if (POSTCODE.test(compact)) postcode = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
      else add('postcode', 'Enter a real UK postcode, like SO23 8UJ');
    }
    let hourlyRate: string | null = null;
    if (opt(draft.hourly_rate)) {
      const pence = parseMoney(draft.hourly_rate);
      if (typeof pence === 'number') hourlyRate = canonical(pence);
      else add('hourly_rate', 'Enter the hourly rate asked in pounds and pence, like 1,250.00');
    }
    const d = draft.dbs;
    let dbs: Json = null;
    if (d.level !== null || opt(d.certificate_number) || opt(d.issue_date) || d.update_service) {
      if (!d.level) add('dbs.level', 'Select the level of the DBS check');
      let certificate: string | null = null;
      if (opt(d.certificate_number)) {
        const digits = d.certificate_number.replace(/\s/g, '');
        if (/^\d{12}$/.test(digits)) certificate = digits;
        else add('dbs.certificate_number', 'A DBS certificate number is 12 digits, like 001234567890');
      }
      let issued: string | null = null;
      if (opt(d.issue_date) === null) add('dbs.issue_date', "Enter the DBS certificate's issue date");
      else issued = date('dbs.issue_date', d.issue_date, "DBS certificate's issue date", true);
      if (d.level && issued) dbs = { level: d.level, certificate_number: certificate, issue_date: issued, update_service: d.update_service };
    }
    const training: Json[] = [];
    (draft.training as Json[]).forEach((row, i) => {
      if (!opt(row.course) && !opt(row.completed_on) && !opt(row.expires_on)) return;
      const course = opt(row.course);
      if (course === null) add(`training.${i}.course`, 'Enter the name of the course');
      const completed = date(`training.${i}.completed_on`, row.completed_on, 'date the course was done', true);
      const expires = date(`training.${i}.expires_on`, row.expires_on, 'expiry date');
      if (completed && expires && expires < completed) {
        add(`training.${i}.expires_on`, 'The expiry date must be after the date the course was done');
      }
      if (course) training.push({ course, completed_on: completed, expires_on: expires });
    });
    const rightToWork = date('right_to_work_checked_on', draft.right_to_work_checked_on, 'date of the right to work check', true);
    const rightToWorkUntil = date('right_to_work_until', draft.right_to_work_until ?? '', 'date the permission to work ends');
    const dob = date('date_of_birth', draft.date_of_birth, 'date of birth');
    if (dob && dob > setup.today) add('date_of_birth', 'Date of birth must be in the past');
    if (!draft.status) add('status', 'Select whether the PA is looking for work');
    const lastContacted = date('last_contacted_on', draft.last_contacted_on, 'date you last contacted them', true);
    if (problems.length > 0) return { problems };

    const inOrder = <T,>(all: T[], chosen: (c: T) => boolean) => all.filter(chosen);
    const days = contactOptions.weekdays.map((c: Json) => c.value) as string[];
    const parts = contactOptions.day_parts.map((c: Json) => c.value) as string[];
    const slots = days.flatMap((day) => parts.map((part) => ({ day, part })));
    return {
      details: {
        full_name: fullName,
        phones,
        email,
        address: draft.address.trim(),
        postcode,
        areas: list(draft.areas),
        skills: inOrder(contactOptions.skills.map((c: Json) => c.value) as string[], (s) => draft.skills.includes(s)),
        tags: list(draft.tags),
        languages: list(draft.languages),
        availability: inOrder(slots, (s) => (draft.availability as Json[]).some((a) => a.day === s.day && a.part === s.part)),
        hourly_rate: hourlyRate,
        work_preference: draft.work_preference,
        dbs,
        training,
        right_to_work_checked_on: rightToWork,
        right_to_work_until: rightToWorkUntil,
        references_taken: draft.references_taken,
        date_of_birth: dob,
        status: draft.status,
        last_contacted_on: lastContacted,
        notes: draft.notes.trim(),
      },
    };
  }

  type StoredContact = { id: number; archived: boolean; details: Json };
  const contacts = new Map<number, StoredContact>();
  let nextContactId = 1;
  /** Employments to show on contacts; another fake (for the employment screens) may add to it. */
  const employments: Json[] = [...(setup.employments ?? [])];

  function oldestDbsIssueDate(): string {
    return addMonths(setup.today, -12 * dbsMaxAgeYears);
  }

  function contactAlerts(d: Json): Json[] {
    const alerts: Json[] = [];
    if (d.dbs && !d.dbs.update_service && d.dbs.issue_date < oldestDbsIssueDate()) {
      alerts.push({
        kind: 'dbs_too_old',
        date: addMonths(d.dbs.issue_date, 12 * dbsMaxAgeYears),
        message: `DBS check issued on ${longDate(d.dbs.issue_date)} is more than ${dbsMaxAgeYears} years old and not on the update service`,
      });
    }
    const soon = addDays(setup.today, 30);
    for (const t of d.training) {
      if (!t.expires_on) continue;
      if (t.expires_on < setup.today) {
        alerts.push({ kind: 'training_expired', date: t.expires_on, message: `${t.course} training expired on ${longDate(t.expires_on)}` });
      } else if (t.expires_on <= soon) {
        alerts.push({ kind: 'training_expiring', date: t.expires_on, message: `${t.course} training expires on ${longDate(t.expires_on)}` });
      }
    }
    return alerts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  function findContact(id: number): StoredContact {
    const c = contacts.get(id);
    if (!c) throw { kind: 'not_found', message: `There is no PA contact with the number ${id}`, field: null, problems: [] };
    return c;
  }

  function contactsSharing(email: string | null, phones: string[], except: number | null) {
    const emailKey = email?.trim().toLowerCase() || null;
    const digits = phones.map(phoneDigits);
    return [...contacts.values()]
      .filter((c) => c.id !== except)
      .filter(
        (c) =>
          (emailKey !== null && c.details.email?.toLowerCase() === emailKey) ||
          (c.details.phones as string[]).some((p) => digits.includes(phoneDigits(p))),
      )
      .map((c) => ({ id: c.id, full_name: c.details.full_name }));
  }

  function contactView(c: StoredContact) {
    return {
      contact: { id: c.id, archived: c.archived, details: c.details },
      alerts: contactAlerts(c.details),
      possible_duplicates: contactsSharing(c.details.email, c.details.phones, c.id),
      employments: employments.filter((e) => e.contact_id === c.id),
    };
  }

  function contactSummary(c: StoredContact) {
    const d = c.details;
    return {
      id: c.id,
      full_name: d.full_name,
      phone: d.phones[0] ?? null,
      email: d.email,
      areas: d.areas,
      skills: d.skills,
      hourly_rate: d.hourly_rate,
      status: d.status,
      last_contacted_on: d.last_contacted_on,
      archived: c.archived,
      alerts: contactAlerts(d),
    };
  }

  function contactToDraft(d: Json) {
    return {
      full_name: d.full_name,
      phones: [...d.phones],
      email: d.email ?? '',
      address: d.address,
      postcode: d.postcode ?? '',
      areas: d.areas.join(', '),
      skills: [...d.skills],
      tags: d.tags.join(', '),
      languages: d.languages.join(', '),
      availability: d.availability,
      hourly_rate: d.hourly_rate ?? '',
      work_preference: d.work_preference,
      dbs: d.dbs
        ? { level: d.dbs.level, certificate_number: d.dbs.certificate_number ?? '', issue_date: d.dbs.issue_date, update_service: d.dbs.update_service }
        : { level: null, certificate_number: '', issue_date: '', update_service: false },
      training: d.training.map((t: Json) => ({ course: t.course, completed_on: t.completed_on ?? '', expires_on: t.expires_on ?? '' })),
      right_to_work_checked_on: d.right_to_work_checked_on ?? '',
      right_to_work_until: d.right_to_work_until ?? '',
      references_taken: d.references_taken,
      date_of_birth: d.date_of_birth ?? '',
      status: d.status,
      last_contacted_on: d.last_contacted_on ?? '',
      notes: d.notes,
    };
  }

  function storeContact(draft: Json, id?: number): StoredContact {
    const checked = validateContact(draft);
    if ('problems' in checked) throw invalid(checked.problems);
    const c: StoredContact =
      id === undefined ? { id: nextContactId++, archived: false, details: checked.details } : { ...findContact(id), details: checked.details };
    contacts.set(c.id, c);
    return c;
  }

  /** Every contact matching the query, in its order (the real one ranks with full-text search). */
  function matchingContacts(query: Json): StoredContact[] {
    const wanted = words(query.text ?? '');
    const area = words(query.area ?? '').join(' ');
    const nameMatches = (c: StoredContact) => wanted.every((w) => words(c.details.full_name).some((n) => n.startsWith(w)));
    const found = [...contacts.values()].filter((c) => {
      const d = c.details;
      if (c.archived && !query.include_archived) return false;
      const areaWords = words(`${d.areas.join(' ')} ${d.postcode ?? ''}`).join(' ');
      const haystack = words(
        [d.full_name, d.notes, ...d.skills.map((s: string) => labelIn('skills', s)), ...d.languages, ...d.tags, areaWords].join(' '),
      );
      if (!wanted.every((w) => haystack.some((h) => h.startsWith(w)))) return false;
      if (query.skill && !d.skills.includes(query.skill)) return false;
      if (area && !` ${areaWords} `.includes(` ${area} `)) return false;
      if (query.free_in && !d.availability.some((s: Json) => s.day === query.free_in.day && s.part === query.free_in.part)) return false;
      if (query.status && d.status !== query.status) return false;
      if (query.dbs_in_date && !(d.dbs && (d.dbs.update_service || d.dbs.issue_date >= oldestDbsIssueDate()))) return false;
      if (query.training_in_date && d.training.some((t: Json) => t.expires_on && t.expires_on < setup.today)) return false;
      return true;
    });
    const byName = (a: StoredContact, b: StoredContact) =>
      fold(a.details.full_name).localeCompare(fold(b.details.full_name)) || a.id - b.id;
    if (query.sort === 'last_contacted') {
      return found.sort(
        (a, b) => (b.details.last_contacted_on ?? '').localeCompare(a.details.last_contacted_on ?? '') || byName(a, b),
      );
    }
    if (query.sort === 'relevance' && wanted.length > 0) {
      return found.sort((a, b) => Number(nameMatches(b)) - Number(nameMatches(a)) || byName(a, b));
    }
    return found.sort(byName);
  }

  for (const seeded of setup.contacts ?? []) {
    const c = storeContact(seeded.draft);
    c.archived = seeded.archived ?? false;
  }

  const fake: Json = {
    /** What the Save dialog answers: a path, or null as if it was cancelled. */
    saveDialogAnswer: setup.saveDialogAnswer === undefined ? '/home/pat/Documents/pa-contacts.csv' : setup.saveDialogAnswer,
    /** Set to a message to make the next export fail with it. */
    exportProblem: null as string | null,
  };

  const contactCommands: Record<string, (args: Json) => unknown> = {
    contact_form_options: () => {
      if (!contactOptions) throw { kind: 'storage', message: 'The test gave the fake backend no contact options', field: null, problems: [] };
      return { ...contactOptions, rules: { dbs_max_age_years: dbsMaxAgeYears } };
    },
    search_contacts: ({ query }) => {
      const found = matchingContacts(query);
      return {
        contacts: found.slice(0, query.limit || 50).map(contactSummary),
        total: Math.min(found.length, 1000),
        more_than_counted: found.length > 1000,
      };
    },
    get_contact: ({ id }) => contactView(findContact(id)),
    contact_draft: ({ id }) => contactToDraft(findContact(id).details),
    add_contact: ({ draft }) => contactView(storeContact(draft)),
    update_contact: ({ id, draft }) => contactView(storeContact(draft, id)),
    archive_contact: ({ id }) => {
      findContact(id).archived = true;
      return null;
    },
    restore_contact: ({ id }) => {
      findContact(id).archived = false;
      return null;
    },
    find_contact_duplicates: ({ draft, exclude_id }) => {
      const email = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(draft.email.trim()) ? draft.email.trim() : null;
      const phones = (draft.phones as string[]).filter((p) => p.replace(/\D/g, '').length >= 10);
      return contactsSharing(email, phones, exclude_id);
    },
    expiring_contacts: () =>
      [...contacts.values()]
        .filter((c) => !c.archived)
        .flatMap((c) => contactAlerts(c.details).map((alert) => ({ contact_id: c.id, contact_name: c.details.full_name, alert })))
        .sort((a, b) => a.alert.date.localeCompare(b.alert.date) || a.contact_name.localeCompare(b.contact_name)),
    set_contact_rules: ({ rules }) => {
      const years = rules.dbs_max_age_years;
      if (!Number.isInteger(years) || years < 1 || years > 10) {
        throw invalid([{ field: 'dbs_max_age_years', message: 'Enter the DBS age limit as a whole number of years, from 1 to 10' }]);
      }
      dbsMaxAgeYears = years;
      return { dbs_max_age_years: years };
    },
    export_contacts: ({ query }) => {
      if (fake.exportProblem) throw { kind: 'storage', message: fake.exportProblem, field: null, problems: [] };
      return matchingContacts(query).length;
    },
    list_employments: ({ person_id, contact_id }) =>
      employments.filter((e) => (person_id === null || e.person_id === person_id) && (contact_id === null || e.contact_id === contact_id)),
    'plugin:dialog|save': () => fake.saveDialogAnswer,
    // The start screen asks what needs doing; the checklist fake (fake-backend-checklists.ts) has real answers.
    what_needs_doing: () => [],
  };

  const commands: Record<string, (args: Json) => unknown> = {
    ...contactCommands,
    app_info: () => ({
      version: '0.1.0',
      db_path: setup.dbError ? null : (setup.dbPath ?? '/home/pat/.local/share/org.dphub.desktop/dphub.sqlite3'),
      db_error: setup.dbError ?? null,
      today: setup.today,
    }),
    person_form_options: () => options,
    list_people: ({ query, include_archived }) => {
      const words = fold(query).split(/\s+/).filter(Boolean);
      return [...people.values()]
        .filter((p) => include_archived || !p.archived)
        .filter((p) => {
          const d = p.details;
          const haystack = fold(`${d.full_name} ${d.preferred_name ?? ''} ${d.council_reference ?? ''}`);
          return words.every((w) => haystack.includes(w));
        })
        .sort((a, b) => a.details.full_name.toLowerCase().localeCompare(b.details.full_name.toLowerCase()) || a.id - b.id)
        .map(summary);
    },
    get_person: ({ id }) => view(find(id)),
    person_draft: ({ id }) => toDraft(find(id).details),
    add_person: ({ draft }) => view(store(draft)),
    update_person: ({ id, draft }) => view(store(draft, id)),
    archive_person: ({ id }) => {
      find(id).archived = true;
      if (currentId === id) currentId = null;
      return null;
    },
    restore_person: ({ id }) => {
      find(id).archived = false;
      return null;
    },
    current_person: () => {
      const p = currentId === null ? undefined : people.get(currentId);
      return p && !p.archived ? summary(p) : null;
    },
    set_current_person: ({ id }) => {
      if (id !== null && find(id).archived) {
        throw invalid([{ field: 'person', message: 'Restore this person before working on them' }]);
      }
      currentId = id;
      return null;
    },
    suggest_review_dates: ({ start_date, end_date }) => {
      const problems: Problem[] = [];
      const start = parseDate(start_date);
      if (start === 'missing') problems.push({ field: 'dp.start_date', message: 'Enter a date, like 27 3 2026' });
      if (start === 'invalid') problems.push({ field: 'dp.start_date', message: 'Enter a real date, like 27 3 2026' });
      const end = end_date.trim() === '' ? null : parseDate(end_date);
      if (end === 'invalid') problems.push({ field: 'dp.end_date', message: 'Enter a real date, like 27 3 2026' });
      if (problems.length > 0) throw invalid(problems);
      return defaultReviewDates(start as string, end);
    },
  };

  const calls: { cmd: string; args: Json }[] = [];
  let callbackId = 0;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

  // Tests read what was sent, and another fake may add commands by wrapping invoke below.
  (window as Json).__fakeBackend = Object.assign(fake, { calls, people, contacts, employments });
  (window as Json).__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
    transformCallback: () => ++callbackId,
    unregisterCallback: () => {},
    convertFileSrc: (path: string) => path,
    invoke: async (cmd: string, args: Json = {}) => {
      calls.push({ cmd, args: copy(args) });
      const command = commands[cmd];
      if (!command) throw { kind: 'storage', message: `The fake backend has no command ${cmd}`, field: null, problems: [] };
      // Arguments and answers cross "IPC" as JSON, as they do in the app.
      return copy(command(copy(args)));
    },
  };
}
