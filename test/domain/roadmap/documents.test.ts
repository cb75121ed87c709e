import { describe, expect, it } from 'vitest';
import { roadmapChanges, roadmapDocument, changesLine, maxRoadmapDocuments } from '../../../domain/roadmap/document';

const pdf = (name: string, hash: string) => ({ name, type: 'application/pdf', size: 2048, sha256: hash.repeat(64) });
const doc = (attachments?: ReturnType<typeof pdf>[]) =>
  roadmapDocument().parse({ priorityAreas: [{ title: 'Brick kilns' }], ...(attachments && { attachments }) });

describe("a roadmap's documents (R12)", () => {
  it('are a change of a version: added and removed, by content', () => {
    const before = doc([pdf('Roadmap 2027.pdf', 'a'), pdf('Annex.pdf', 'b')]);
    const after = doc([pdf('Roadmap 2027 (renamed).pdf', 'a'), pdf('Budget.pdf', 'c')]);
    expect(roadmapChanges(before, after)).toEqual([{ kind: 'documentsChanged', added: 1, removed: 1 }]);
    expect(changesLine(roadmapChanges(before, after))).toBe('documents +1 −1');
    // A version of before 1.1, without documents, to one with none: nothing changed.
    expect(roadmapChanges(doc(), doc([]))).toEqual([]);
  });

  it(`are at most ${maxRoadmapDocuments}, each a stored document's reference`, () => {
    const many = Array.from({ length: maxRoadmapDocuments + 1 }, (_, i) => pdf(`Annex ${i}.pdf`, 'd'));
    expect(roadmapDocument().safeParse({ priorityAreas: [{ title: 'Brick kilns' }], attachments: many }).error?.issues[0]?.message).toBe(
      `lists more than ${maxRoadmapDocuments} documents`,
    );
    const forged = { name: 'x.pdf', type: 'application/pdf', size: 1, sha256: 'not-a-hash' };
    expect(roadmapDocument().safeParse({ priorityAreas: [{ title: 'Brick kilns' }], attachments: [forged] }).success).toBe(false);
  });
});
