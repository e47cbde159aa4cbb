/**
 * @module Every kind of edge, in the order a site's instances are listed: the value's branches first, then its
 * own boundaries, then its array's and object's. A new kind registers here.
 */
import type { Edge } from './edge.js';
import { boundEdge } from './edges/boundEdge.js';
import { branchEdge } from './edges/branchEdge.js';
import { itemCountEdge } from './edges/itemCountEdge.js';
import { lengthEdge } from './edges/lengthEdge.js';
import { optionalPropertyEdge } from './edges/optionalPropertyEdge.js';
import { valueEdge } from './edges/valueEdge.js';

export const edges: readonly Edge[] = [
  branchEdge,
  valueEdge,
  boundEdge,
  lengthEdge,
  itemCountEdge,
  optionalPropertyEdge,
];
