/**
 * Text repair: undoing mojibake (UTF-8 read as windows-1252, latin-1, ISO-8859-13, windows-1250,
 * stacked), decoding bytes in unknown encodings, and keeping an offset map so that every span found
 * in the repaired text can be reported in the original.
 */
package org.entente.pipeline.repair;
