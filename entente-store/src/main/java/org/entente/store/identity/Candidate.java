package org.entente.store.identity;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.PartialDate;

/**
 * What identity needs of a record already in the ledger.
 *
 * @param id the ledger id
 * @param parties sorted actor codes
 * @param title the meeting kind, agreement name or commitment action
 * @param mode the meeting mode name, or null
 * @param place the place, or null
 * @param date the record's date with the year filled from its first source, or null
 * @param onDate the day it is placed on, or null
 * @param storyId the story of its first source
 * @param due the commitment's due date with year filled, or null
 */
public record Candidate(
    long id,
    List<String> parties,
    String title,
    String mode,
    String place,
    PartialDate date,
    LocalDate onDate,
    String storyId,
    PartialDate due) {}
