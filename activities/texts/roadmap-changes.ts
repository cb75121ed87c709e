import type { Language } from '../../domain/shared/country';
import type { RoadmapChange } from '../../domain/roadmap/document';

// What changed in a roadmap, in each language: for the secretariat's e-mail (the portal has its own words).

type Say = (c: RoadmapChange) => string;
const counted = (added: number, removed: number, [plus, minus]: [string, string]) =>
  [added && `${added} ${plus}`, removed && `${removed} ${minus}`].filter(Boolean).join(', ');

export const roadmapChange: Record<Language, Say> = {
  en: (c) => {
    switch (c.kind) {
      case 'areaAdded':
        return `new priority area: ${c.area}`;
      case 'areaRemoved':
        return `priority area removed: ${c.area}`;
      case 'actionsChanged':
        return `${c.area}: actions ${counted(c.added, c.removed, ['added', 'removed'])}`;
      case 'indicatorsChanged':
        return `${c.area}: indicators ${counted(c.added, c.removed, ['added', 'removed'])}`;
      case 'assistanceChanged':
        return `${c.area}: technical-assistance needs ${counted(c.added, c.removed, ['added', 'removed'])}`;
      case 'budgetChanged':
        return 'the budget';
      case 'coordinationChanged':
        return 'the coordination body';
      case 'carriedOverChanged':
        return "items of the candidacy's roadmap placed in priority areas";
      case 'documentsChanged':
        return `documents ${counted(c.added, c.removed, ['added', 'removed'])}`;
    }
  },
  fr: (c) => {
    switch (c.kind) {
      case 'areaAdded':
        return `nouveau domaine prioritaire : ${c.area}`;
      case 'areaRemoved':
        return `domaine prioritaire retiré : ${c.area}`;
      case 'actionsChanged':
        return `${c.area} : actions, ${counted(c.added, c.removed, ['ajoutées', 'retirées'])}`;
      case 'indicatorsChanged':
        return `${c.area} : indicateurs, ${counted(c.added, c.removed, ['ajoutés', 'retirés'])}`;
      case 'assistanceChanged':
        return `${c.area} : besoins d’assistance technique, ${counted(c.added, c.removed, ['ajoutés', 'retirés'])}`;
      case 'budgetChanged':
        return 'le budget';
      case 'coordinationChanged':
        return 'l’organe de coordination';
      case 'carriedOverChanged':
        return 'des éléments de la feuille de route de candidature placés dans les domaines prioritaires';
      case 'documentsChanged':
        return `documents, ${counted(c.added, c.removed, ['ajoutés', 'retirés'])}`;
    }
  },
  es: (c) => {
    switch (c.kind) {
      case 'areaAdded':
        return `nueva área prioritaria: ${c.area}`;
      case 'areaRemoved':
        return `área prioritaria retirada: ${c.area}`;
      case 'actionsChanged':
        return `${c.area}: acciones, ${counted(c.added, c.removed, ['añadidas', 'retiradas'])}`;
      case 'indicatorsChanged':
        return `${c.area}: indicadores, ${counted(c.added, c.removed, ['añadidos', 'retirados'])}`;
      case 'assistanceChanged':
        return `${c.area}: necesidades de asistencia técnica, ${counted(c.added, c.removed, ['añadidas', 'retiradas'])}`;
      case 'budgetChanged':
        return 'el presupuesto';
      case 'coordinationChanged':
        return 'el órgano de coordinación';
      case 'carriedOverChanged':
        return 'elementos de la hoja de ruta de la candidatura ubicados en las áreas prioritarias';
      case 'documentsChanged':
        return `documentos, ${counted(c.added, c.removed, ['añadidos', 'retirados'])}`;
    }
  },
};
