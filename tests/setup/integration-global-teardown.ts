/** Drop the run's throwaway database. */
export default async function teardown(): Promise<void> {
  await globalThis.__onetripTestDb?.drop();
}
