/**
 * Mechanisms: recurring bodies (association councils, joint commissions, strategic dialogues,
 * binational cabinets, joint working groups …) recognised from records by the resource list in
 * {@link org.entente.store.mechanisms.MechanismPatterns}, with numbered sessions and a {@link
 * org.entente.store.mechanisms.Cadence}.
 */
package org.entente.store.mechanisms;
