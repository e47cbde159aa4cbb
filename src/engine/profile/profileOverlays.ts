/**
 * @module A profile as the compiler applies it: an ordered list of field overlays. The realistic profile has
 * none; the edge and mixed profiles have the edge overlay.
 */
import type { Model } from '../../model/model.js';
import type { Plan } from '../plan.js';
import { EdgeOverlay } from './edgeOverlay.js';
import type { FieldOverlay } from './fieldOverlay.js';

/** The overlays of the plan's profile, in the order they apply. */
export function profileOverlays(model: Model, plan: Plan): readonly FieldOverlay[] {
  const profile = plan.profile;
  return profile && profile.kind !== 'realistic' ? [new EdgeOverlay(model, plan, profile)] : [];
}
