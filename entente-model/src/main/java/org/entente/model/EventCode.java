package org.entente.model;

/**
 * An event-data code, so that records can be combined with GDELT (CAMEO) or POLECAT (PLOVER) data.
 *
 * @param cameo a CAMEO event code such as "036" (express intent to meet) or "057" (sign formal
 *     agreement)
 * @param plover a PLOVER event category such as "CONSULT", "AGREE" or "COOPERATE"
 */
public record EventCode(String cameo, String plover) {}
