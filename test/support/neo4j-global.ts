// vitest globalSetup: start one Neo4j 5 container for the whole run when a container runtime answers;
// otherwise say once, clearly, that the Neo4j leg is skipped. The embedded leg always runs.
import type { TestProject } from 'vitest/node';

export const NEO4J_IMAGE = 'neo4j:5.26-community';

export default async function setup(project: TestProject) {
  let runtime: unknown;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    runtime = await getContainerRuntimeClient();
  } catch {
    runtime = null;
  }
  if (!runtime) {
    console.log('Neo4j contract leg skipped: no container runtime');
    project.provide('neo4j', null);
    return;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('contract-tests').start();
  project.provide('neo4j', {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
  });
  return async () => {
    await container.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string } | null;
  }
}
