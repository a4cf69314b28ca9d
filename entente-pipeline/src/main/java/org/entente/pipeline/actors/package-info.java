/**
 * Actor mentions (states, organisations) and officials recognised from titles and context, never
 * from a list of known people.
 */
package org.entente.pipeline.actors;
