/// Fixtures of the Workflow suites, in their own namespace.
enum WorkflowFixtures {}
