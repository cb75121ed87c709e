import { afterAll } from 'vitest';
import { useScratchTmpdir } from '../../scripts/scratch-tmpdir';

// A setup file: each test file's temporary files go to a folder of its own, removed after the file.
// Setup files register their hooks first, and vitest runs afterAll hooks last-registered first.
afterAll(useScratchTmpdir('pathfinder-test-'));
