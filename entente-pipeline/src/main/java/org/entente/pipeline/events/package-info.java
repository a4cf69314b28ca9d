/** Meetings, agreements and commitments, with parties, place, date, deadline and evidence. */
package org.entente.pipeline.events;
