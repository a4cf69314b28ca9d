/**
 * Text repair: {@link org.entente.pipeline.repair.TextDecoder} turns bytes of unknown encoding into
 * text (BOM, strict UTF-8, ICU detection, a binary verdict); {@link
 * org.entente.pipeline.repair.MojibakeRepair} undoes mojibake (UTF-8 read as windows-1252, latin-1,
 * windows-1250, ISO-8859-13, stacked up to three layers, and curly quotes whose bytes were lost),
 * keeping a {@link org.entente.pipeline.repair.RepairedText} offset map so that every span found in
 * the repaired text can be reported in the original; {@link
 * org.entente.pipeline.repair.RepairStage} is the pipeline stage that applies it.
 */
package org.entente.pipeline.repair;
