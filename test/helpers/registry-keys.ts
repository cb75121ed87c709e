// A setup file: the tests' registry imports sign entries with this key, and their workers check it (an
// example value, never a production key), as REGISTRY_KEYS would in production; child processes inherit it.
process.env.REGISTRY_KEYS = 'test-registry:an-example-registry-secret-for-the-tests-0123';
