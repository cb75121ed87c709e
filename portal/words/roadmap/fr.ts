import type { roadmap as en } from './en';

// Les mots de la page de la feuille de route d’un pays (R12) : le document, ses versions et le formulaire qui en écrit une nouvelle.

/** « 1 action ajoutée, 2 actions retirées » : chaque nombre avec son nom, au singulier ou au pluriel. */
const counted = (added: number, removed: number, plus: [string, string], minus: [string, string]) =>
  [added && `${added} ${plus[added === 1 ? 0 : 1]}`, removed && `${removed} ${minus[removed === 1 ? 0 : 1]}`].filter(Boolean).join(', ');

export const roadmap: typeof en = {
  title: 'Feuille de route',
  yours: 'La feuille de route de votre pays',
  open: 'Ouvrir la feuille de route',
  saved: (version) => `La version ${version} de la feuille de route est enregistrée. Le secrétariat en a été informé.`,
  noDocument: 'La feuille de route n’a pas encore de document ; ses versions ci-dessous disent ce que chacune a changé.',
  nothingYet: 'Aucune version de la feuille de route n’est encore enregistrée.',
  inactive: 'La feuille de route pourra de nouveau être mise à jour quand le pays sera actif.',
  priorityAreas: 'Domaines prioritaires',
  actions: 'Actions',
  immediate: 'mesure immédiate',
  due: (date) => `pour le ${date}`,
  indicators: 'Indicateurs',
  assistanceNeeds: 'Besoins d’assistance technique',
  budget: 'Budget',
  secured: 'Ressources obtenues',
  gaps: 'Manques',
  coordinationBody: 'Organe de coordination',
  carriedOver: 'Issu de la candidature, encore à placer dans un domaine prioritaire',
  notes: 'Notes',
  none: 'Aucun.',
  versions: 'Versions',
  version: 'Version',
  on: 'Jour',
  by: 'Par',
  changed: 'Ce qui a changé',
  noChange: 'aucun changement',
  change: {
    areaAdded: (area) => `nouveau domaine prioritaire : ${area}`,
    areaRemoved: (area) => `domaine prioritaire retiré : ${area}`,
    actionsChanged: (area, added, removed) =>
      `${area} : ${counted(added, removed, ['action ajoutée', 'actions ajoutées'], ['action retirée', 'actions retirées'])}`,
    indicatorsChanged: (area, added, removed) =>
      `${area} : ${counted(added, removed, ['indicateur ajouté', 'indicateurs ajoutés'], ['indicateur retiré', 'indicateurs retirés'])}`,
    assistanceChanged: (area, added, removed) =>
      `${area} : ${counted(added, removed, ['besoin d’assistance technique ajouté', 'besoins d’assistance technique ajoutés'], ['besoin d’assistance technique retiré', 'besoins d’assistance technique retirés'])}`,
    budgetChanged: 'le budget',
    coordinationChanged: 'l’organe de coordination',
    carriedOverChanged: 'des éléments de la candidature placés dans les domaines prioritaires',
    documentsChanged: (added, removed) =>
      counted(added, removed, ['document ajouté', 'documents ajoutés'], ['document retiré', 'documents retirés']),
  },
  documents: {
    title: 'Documents',
    none: 'Aucun document n’est joint à la feuille de route.',
    keep: 'Garder',
    add: 'Ajouter des documents (PDF, DOCX, XLSX ou ODT)',
    hint: (max, mb) =>
      `Au plus ${max} documents de ${mb} Mo chacun. Décochez un document pour le retirer\u00a0; l’enregistrement crée une nouvelle version.`,
    save: 'Enregistrer les documents',
    tooMany: (max) => `Une feuille de route garde au plus ${max} documents\u00a0: décochez-en d’abord`,
  },
  form: {
    title: 'Écrire une nouvelle version',
    intro:
      'Chaque liste prend un élément par ligne. Une action peut commencer par le jour où elle est attendue, écrit sous la forme AAAA‑MM‑JJ, puis une espace.',
    area: (n) => `Domaine prioritaire ${n}`,
    newArea: 'Un nouveau domaine prioritaire',
    areaTitle: 'Titre',
    removeHint: 'Laissez le titre vide pour retirer ce domaine.',
    newHint: 'Laissez le titre vide pour n’ajouter aucun domaine.',
    immediate: 'Mesures immédiates, à prendre cette année',
    actions: 'Autres actions',
    indicators: 'Indicateurs (codes du cadre d’indicateurs, comme CL-1.2)',
    assistanceNeeds: 'Besoins d’assistance technique',
    carriedOver: 'Issu de la candidature : déplacez chaque ligne dans un domaine prioritaire ci-dessus, puis effacez-la ici.',
    save: 'Enregistrer la nouvelle version',
    twice: 'nomme deux fois le même domaine prioritaire',
    notIndicator: 'n’est pas un code d’indicateur (lettres, chiffres, points et tirets)',
  },
};
