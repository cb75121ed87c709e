// The words of a country's roadmap page (R12): the document, its versions and the form that writes a new one, in English.

/** "1 action added, 2 actions removed": each count with its noun, singular or plural. */
const counted = (added: number, removed: number, [one, many]: [string, string]) =>
  [added && `${added} ${added === 1 ? one : many} added`, removed && `${removed} ${removed === 1 ? one : many} removed`]
    .filter(Boolean)
    .join(', ');

export const roadmap = {
  title: 'Roadmap',
  /** The home page's link for a country's focal point or deputy. */
  yours: 'Your country’s roadmap',
  open: 'Open the roadmap',
  saved: (version: number) => `Version ${version} of the roadmap is saved. The secretariat has been told.`,
  noDocument: 'The roadmap has no document yet; its versions below say what each one changed.',
  nothingYet: 'No version of the roadmap is on record yet.',
  inactive: 'The roadmap can be updated again once the country is active.',
  priorityAreas: 'Priority areas',
  actions: 'Actions',
  immediate: 'immediate measure',
  due: (date: string) => `due ${date}`,
  indicators: 'Indicators',
  assistanceNeeds: 'Technical-assistance needs',
  budget: 'Budget',
  secured: 'Resources secured',
  gaps: 'Gaps',
  coordinationBody: 'Coordination body',
  carriedOver: 'From the candidacy, still to be placed in a priority area',
  notes: 'Notes',
  none: 'None.',
  versions: 'Versions',
  version: 'Version',
  on: 'Day',
  by: 'By',
  changed: 'What changed',
  noChange: 'nothing changed',
  change: {
    areaAdded: (area: string) => `new priority area: ${area}`,
    areaRemoved: (area: string) => `priority area removed: ${area}`,
    actionsChanged: (area: string, added: number, removed: number) => `${area}: ${counted(added, removed, ['action', 'actions'])}`,
    indicatorsChanged: (area: string, added: number, removed: number) => `${area}: ${counted(added, removed, ['indicator', 'indicators'])}`,
    assistanceChanged: (area: string, added: number, removed: number) =>
      `${area}: ${counted(added, removed, ['technical-assistance need', 'technical-assistance needs'])}`,
    budgetChanged: 'the budget',
    coordinationChanged: 'the coordination body',
    carriedOverChanged: 'items from the candidacy placed in priority areas',
    documentsChanged: (added: number, removed: number) => counted(added, removed, ['document', 'documents']),
  },
  documents: {
    title: 'Documents',
    none: 'No document is attached to the roadmap.',
    keep: 'Keep',
    add: 'Add documents (PDF, DOCX, XLSX or ODT)',
    hint: (max: number, mb: number) =>
      `At most ${max} documents of ${mb} MB each. Untick a document to remove it; saving writes a new version.`,
    save: 'Save the documents',
    tooMany: (max: number) => `A roadmap keeps at most ${max} documents: untick some first`,
  },
  form: {
    title: 'Write a new version',
    intro: 'Each list takes one item per line. An action may start with the day it is due, written as YYYY‑MM‑DD, then a space.',
    area: (n: number) => `Priority area ${n}`,
    newArea: 'A new priority area',
    areaTitle: 'Title',
    removeHint: 'Leave the title blank to remove this area.',
    newHint: 'Leave the title blank to add no area.',
    immediate: 'Immediate measures, to be taken this year',
    actions: 'Other actions',
    indicators: 'Indicators (codes of the indicator framework, such as CL-1.2)',
    assistanceNeeds: 'Technical-assistance needs',
    carriedOver: 'From the candidacy: move each line into a priority area above, then delete it here.',
    save: 'Save the new version',
    twice: 'names a priority area twice',
    notIndicator: 'is not an indicator code (letters, digits, dots and dashes)',
  },
};
