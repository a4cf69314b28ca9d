package org.entente.model;

import java.util.Locale;

/** The fixed topic taxonomy of the annotation guidelines. */
public enum Topic {
  SECURITY,
  COUNTER_TERRORISM,
  MIGRATION,
  TRADE,
  INVESTMENT,
  ENERGY,
  CLIMATE,
  ENVIRONMENT,
  MARITIME,
  FISHERIES,
  AGRICULTURE,
  CYBER,
  DEFENCE,
  HEALTH,
  EDUCATION,
  CULTURE,
  SCIENCE,
  DIGITAL,
  TRANSPORT,
  TOURISM,
  JUSTICE,
  HUMAN_RIGHTS,
  HUMANITARIAN,
  DEVELOPMENT,
  CIVIL_PROTECTION,
  CRISIS_MANAGEMENT,
  CONFLICT,
  NUCLEAR,
  ECONOMY,
  FINANCE,
  SPORT,
  TERRITORIAL_DISPUTE,
  CONSULAR,
  DIPLOMACY;

  /** The label as written in data: lower case with underscores, e.g. "counter_terrorism". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Topic ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
