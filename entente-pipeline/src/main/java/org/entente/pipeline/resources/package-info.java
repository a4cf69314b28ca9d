/**
 * Loading data files (gazetteers, lexicons, trigger words) from the class path: one format for
 * comments and fields, and errors that name the file, the line and the value.
 */
package org.entente.pipeline.resources;
