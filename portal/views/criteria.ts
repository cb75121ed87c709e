import type { Criterion } from '../../domain/r19/criteria';
import type { PageContext } from './layout';

// The R19 signs as the pages of those who steer list them: in the framework's words, which the e-mails use
// too (the shared vocabulary), in the reader's language.

export const criteriaText = ({ w }: PageContext, list: Criterion[]) => list.map((c) => w.terms.criterion[c]).join(w.terms.separator);
