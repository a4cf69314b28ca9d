package org.entente.pipeline.actors;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.actors.TitleLexicon.WordClass;
import org.entente.pipeline.resources.ResourceFile;

/**
 * The patterns that pair a name with a title: a title before the name, with or without a comma
 * between them, and a name followed by a comma and a title. Not thread-safe.
 */
final class TitledNamePatterns {

  private static final Set<String> RANKS =
      ResourceFile.firstFields(TitledNamePatterns.class, "ranks.txt");

  private final MarkedTokens doc;
  private final NameReader names;
  private final TitleReader titles;
  private final CounterpartLists counterparts;

  TitledNamePatterns(
      MarkedTokens doc, NameReader names, TitleReader titles, CounterpartLists counterparts) {
    this.doc = doc;
    this.names = names;
    this.titles = titles;
    this.counterparts = counterparts;
  }

  /** Patterns 1 and 2: a title ending at a head, then a name (directly or after a comma). */
  void titleBeforeName(int i, List<OfficialCandidate> out) {
    if (!(doc.isHead(i)) || doc.phraseEnd[i] != i + 1) {
      return;
    }
    int titleEnd = i + 1;
    // The title may continue: "Minister of Trade of the Republic of Chile".
    int ext = titles.extendOf(titleEnd, true);
    int j = titles.skipAcronym(ext); // "Foreign Minister (GH) Kofi Asante"
    boolean comma = false;
    int beforeHonorific = j;
    j = names.skipHonorifics(j);
    if (j < doc.size() && doc.token(j).text().equals(",")) {
      comma = true;
      j = names.skipHonorifics(j + 1);
      if (ext != titleEnd
          && j < doc.size()
          && doc.phraseStart[j] == j
          && doc.isHead(doc.phraseEnd[j] - 1)
          && isRank(j, doc.phraseEnd[j])) {
        // "Special Envoy for the Sahel, Ambassador Name", "Minister of Defence, Lieutenant
        // General (Ret.) Name": after an office with its portfolio, a bare head is the person's
        // rank, and the office says whom the person stands for
        j = names.skipHonorifics(skipRetired(doc.phraseEnd[j]));
      }
    } else if (ext != titleEnd
        && !titles.allLowerCase(titleEnd, ext)
        && !doc.lowerIs(titleEnd, "to")
        && j == beforeHonorific
        && !titles.endsInTitleWords(ext)) {
      // "Minister of X Name" without a comma is a title-name pair only when the title's words
      // say where it ends ("Minister for Foreign Affairs Name", "Minister of India Dr. Name");
      // "Ambassador to Japan Name" is one too
      return;
    }
    if (j < doc.size() && (doc.token(j).text().equals("]") || doc.token(j).text().equals(")"))) {
      j++; // "[Peruvian President] Ana Rojas"
    }
    boolean royal = doc.cls[i] == WordClass.ROYAL;
    int nameEnd = names.nameRun(j, royal);
    if (nameEnd <= j) {
      return;
    }
    if (!comma && j == beforeHonorific && ext != titleEnd && nameEnd - j < 2 && !royal) {
      return; // "Minister of Water Resources and …", "President of the Senate"
    }
    if (comma && !names.closesAppositive(nameEnd)) {
      return;
    }
    int titleStart = titles.extendLeft(doc.phraseStart[i]);
    if (titles.hasExclude(titleStart, ext) || titles.ofPrivateBody(titleEnd, ext)) {
      return;
    }
    OfficialCandidate c = new OfficialCandidate(j, nameEnd);
    c.titleFrom = titleStart;
    c.titleTo = ext;
    titles.describeTitle(c, titleStart, ext);
    if (c.affiliation == null) {
      titles.ofActorAfterName(c, nameEnd);
    }
    if (!c.explicit) {
      counterparts.counterpartOf(c, titleStart);
    }
    out.add(c);
  }

  /** A title phrase of heads only, no "of": a rank ("Ambassador", "Lieutenant General"). */
  private boolean isRank(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!doc.isHead(k) && doc.phraseStart[k] != from) {
        return false;
      }
      if (doc.lowerIs(k, "of") || doc.actor[k] != null) {
        return false;
      }
    }
    return to - from <= 2;
  }

  /**
   * A rank that holds no office of its own ({@code ranks.txt}: "Ambassador", "General"), unlike
   * "President Name, Chairperson of X", whose first office is the one that says whose.
   */
  private boolean isPlainRank(int from, int to) {
    if (!isRank(from, to)) {
      return false;
    }
    StringBuilder words = new StringBuilder();
    for (int k = from; k < to; k++) {
      words.append(k > from ? " " : "").append(doc.lower(k));
    }
    return RANKS.contains(words.toString());
  }

  /** Past a rank's "(Ret.)": "Lieutenant General (Ret.) Name". */
  private int skipRetired(int k) {
    if (k + 3 < doc.size()
        && doc.token(k).text().equals("(")
        && doc.lower(k + 1).startsWith("ret")) {
      for (int close = k + 2; close < Math.min(doc.size(), k + 4); close++) {
        if (doc.token(close).text().equals(")")) {
          return close + 1;
        }
      }
    }
    return k;
  }

  /** Pattern 3: "Name, (a|the)? title" — the title must hold a head. */
  void nameThenTitle(int i, List<OfficialCandidate> out) {
    if (i > 0
        && (doc.isHead(i - 1)
                && doc.cls[i - 1] != WordClass.ROYAL
                && !isPlainRank(doc.phraseStart[i - 1], i)
            || doc.isNameWord(i - 1))) {
      // but "Sheikh Name, Minister of Foreign Affairs of X" and "Ambassador Name, Permanent
      // Representative of X to the United Nations": after a royal rank or a bare rank, the
      // office says whose
      return;
    }
    int from = i;
    int nameEnd = names.nameRun(i, false);
    if (nameEnd - i == NameReader.MAX_NAME_TOKENS) {
      // "Samdech Vira Sok Phirun Meas Chan, President of the Senate": a name after a chain
      // of honorific words; the last words before the comma are the name
      int e = nameEnd;
      while (e < doc.size() && e - i < 2 * NameReader.MAX_NAME_TOKENS && doc.isNameWord(e)) {
        e++;
      }
      if (e > nameEnd) {
        nameEnd = e;
        from = e - 3;
      }
    }
    if (nameEnd - from < 2 || nameEnd >= doc.size() || !doc.token(nameEnd).text().equals(",")) {
      return;
    }
    int t = nameEnd + 1;
    if (t < doc.size()
        && (doc.lowerIs(t, "now")
            || doc.lowerIs(t, "currently")
            || doc.lowerIs(t, "then")
            || doc.lowerIs(t, "also"))) {
      t++;
    }
    if (t < doc.size() && MarkedTokens.isDeterminer(doc.lower(t))) {
      t++;
    }
    int title = t;
    int k = t;
    int head = -1;
    while (k < doc.size() && k - title < TitleReader.MAX_TITLE_TOKENS) {
      if (doc.isHead(k)) {
        head = k;
        k++;
        continue;
      }
      if (doc.actor[k] != null
          || doc.cls[k] == WordClass.MODIFIER
          || doc.cls[k] == WordClass.INSTITUTION) {
        if (head >= 0) {
          break;
        }
        k++;
        continue;
      }
      if (doc.possessive[k] && head < 0 && doc.isNameWord(k)) {
        k++;
        continue;
      }
      break;
    }
    if (head < 0) {
      return;
    }
    int end = titles.extendOf(head + 1, false);
    if (titles.hasExclude(title, end) || titles.ofPrivateBody(head + 1, end)) {
      return;
    }
    if (end > head + 1 && end < doc.size() && doc.isNameWord(end)) {
      return; // "president of the Ohio Teachers Union": the office of a body named on
    }
    if (end < doc.size() && names.nameRun(end, false) - end >= 2) {
      return; // "for West Africa, Ambassador Lena Brandt": the title of the name after it
    }
    OfficialCandidate c = new OfficialCandidate(from, nameEnd);
    c.titleFrom = title;
    c.titleTo = end;
    titles.describeTitle(c, title, end);
    out.add(c);
  }
}
