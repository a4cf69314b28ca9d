/** Sentences and tokens, robust to abbreviations, datelines, quotes, headlines and lists. */
package org.entente.pipeline.text;
