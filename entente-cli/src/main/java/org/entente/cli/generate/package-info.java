/** A reproducible generator of synthetic diplomatic news for scale benchmarks and tests. */
package org.entente.cli.generate;
