package org.entente.spark.tables;

import java.util.List;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Values for Spark {@code Row}s built in Java: array columns take Scala sequences. */
public final class Rows {

  private Rows() {}

  /** {@code list} as the Scala sequence an array column expects. */
  public static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }
}
