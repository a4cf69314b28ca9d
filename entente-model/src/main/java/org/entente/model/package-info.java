/**
 * The vocabulary of Entente: immutable records shared by every module.
 *
 * <p>A {@link org.entente.model.Document} is what a user gives us. Extraction turns it into an
 * {@link org.entente.model.Extraction}: {@link org.entente.model.Person persons}, {@link
 * org.entente.model.Meeting meetings}, {@link org.entente.model.Agreement agreements}, {@link
 * org.entente.model.Commitment commitments} and topics. Every record carries its evidence as {@link
 * org.entente.model.Span spans} into the text exactly as the user gave it, never into a repaired
 * copy. Dates may be partial ({@link org.entente.model.PartialDate}); deadlines keep their kind
 * ({@link org.entente.model.Deadline.Kind}) so that an exact day, a latest date and a vague "soon"
 * are never presented as the same thing.
 *
 * <p>This package depends on nothing but the JDK.
 */
package org.entente.model;
