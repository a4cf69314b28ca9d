/** JMH benchmarks of the pipeline and its stages. */
package org.entente.bench;
