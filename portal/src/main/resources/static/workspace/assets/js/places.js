// The places an activity can be recorded in (the portal's /api/places: in each administrative structure, the person's
// unit and every unit inside it, with the days each is in force) and the library's current materials, both kept on
// this device (localStorage) so that the form offers them offline too.
import { getFrom } from '../../../dashboard/assets/js/api.js';

const PLACES = 'antq-workspace-places';
const MATERIALS = 'antq-workspace-materials';

let places = null;
let materials = [];

function kept(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key)) || fallback;
  } catch (e) {
    return fallback;
  }
}

function keep(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch (e) {
    // A full or disabled storage: the form still works online.
  }
}

/**
 * Loads both lists from the services, or from this device's last copy when there is no network. The person's last
 * copy (kept per person: a shared phone keeps each one's places) stands from the start, while the services answer.
 */
export async function load(username) {
  const placesKey = `${PLACES}:${username || ''}`;
  places = kept(placesKey, null);
  materials = kept(MATERIALS, []);
  try {
    const response = await fetch('../api/places', { headers: { Accept: 'application/json' }, cache: 'no-store',
      redirect: 'manual' });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    places = await response.json();
    keep(placesKey, places);
  } catch (e) {
    // No network: the kept copy stands.
  }
  try {
    const answer = await getFrom('events', 'v1/materials', { current: true, size: 100 });
    materials = answer.items.map((material) => ({ id: material.id, title: material.title }));
    keep(MATERIALS, materials);
  } catch (e) {
    // No network: the kept copy stands.
  }
}

function inForce(item, day) {
  return (!item.validFrom || item.validFrom <= day) && (!item.validTo || item.validTo >= day);
}

/**
 * The structure in force on the day (yyyy-mm-dd) and the person's units in force then: { structure: { code, label },
 * units: [{ code, name, level, province, district, commune }] }; null before the places are loaded.
 */
export function on(day) {
  if (!places) {
    return null;
  }
  const structure = places.structures.find((one) => inForce(one, day)) || places.structures[0];
  return { structure, units: structure.units.filter((unit) => inForce(unit, day)) };
}

/** Before a date is chosen: the structure the person's units belong to (the first that has any) and those units. */
export function own() {
  if (!places) {
    return null;
  }
  const structure = places.structures.find((one) => one.units.length) || places.structures[0];
  return { structure, units: structure.units };
}

/** The library's current materials: [{ id, title }]. */
export function currentMaterials() {
  return materials;
}
