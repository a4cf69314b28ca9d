/** CAMEO and PLOVER event codes for meetings, agreements and commitments. */
package org.entente.pipeline.codes;
