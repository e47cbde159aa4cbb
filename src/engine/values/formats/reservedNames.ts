/**
 * @module Names reserved for documentation and testing (RFC 2606, RFC 6761), and the everyday labels put in
 * front of them. Every host a format generates ends in one of these, so no value names a real machine.
 */

/** Parent domains nothing real lives under: example.com/.net/.org and the `.example` and `.test` TLDs. */
export const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org', 'example', 'test'] as const;

/** Leftmost labels of real-world service hosts (`api.…`, `cdn.…`); lowercase letters only. */
export const SERVICE_LABELS = [
  'www', 'api', 'mail', 'cdn', 'app', 'auth', 'static', 'shop', 'blog', 'docs',
  'status', 'git', 'ci', 'vpn', 'db', 'files', 'images', 'm', 'dev', 'staging',
] as const; // prettier-ignore

/** Cloud-style region labels, for hosts such as `db.eu-west-1.example.com`. */
export const REGION_LABELS = [
  'us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1',
] as const; // prettier-ignore
