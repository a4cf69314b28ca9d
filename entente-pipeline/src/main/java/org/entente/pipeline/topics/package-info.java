/** Topic labels from the fixed taxonomy of the annotation guidelines. */
package org.entente.pipeline.topics;
