/** File-system plumbing of the job in local mode. */
package org.entente.spark.io;
