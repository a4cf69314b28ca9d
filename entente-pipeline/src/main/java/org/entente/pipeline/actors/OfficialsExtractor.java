package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.gazetteer.PublisherState;
import org.entente.pipeline.text.Token;

/**
 * Recognises officials from titles and context — never from a list of known people.
 *
 * <p>Design. The text is scanned into word tokens; each token is marked with the actor mention
 * covering it (from the gazetteer stage) and with the title-lexicon class of the phrase it belongs
 * to. Four patterns then propose (name, title) pairs:
 *
 * <ol>
 *   <li>title before name: "Moroccan Foreign Minister Amina Idrissi", "King Tupou";
 *   <li>title, then comma, then name: "Ghana's Minister of Trade, Kofi Asante";
 *   <li>name, then comma, then title: "Ana Rojas, President of the Republic of Chile";
 *   <li>possessive actor before name: "Peru's Ana Rojas".
 * </ol>
 *
 * <p>A title's affiliation comes, in this order, from an actor inside the title ("EU", "Moroccan",
 * "of the Republic of Chile"), a possessive ("Israel's", "Rojas's"), an institution ("Bundesbank"),
 * a name followed by "of" and an actor ("King Tupou of Tonga"), a title that exists in one state
 * only ("Secretary of State"), the previous official of a list whose affiliation the text gave, and
 * last the most salient actor of the document that no other official of the sentence stands for.
 * Mentions of one person (full name, surname, later titles) are merged by surname and affiliation.
 * Titles with a non-governmental word ("chief executive", "analyst") yield no person.
 *
 * <p>Parts. {@link MarkedTokens} marks the tokens once; {@link TitledNamePatterns}, {@link
 * ActorNamePatterns} and {@link CounterpartLists} propose candidates with the help of {@link
 * NameReader} and {@link TitleReader}; {@link AffiliationResolver} completes their affiliations,
 * scored by {@link AffiliationScore}; {@link OfficialsMerge} makes one person of each set of
 * mentions. This class only assembles them and holds no per-document state.
 */
public final class OfficialsExtractor implements Stage {

  private final TitleLexicon lexicon;
  private final Offices offices;

  public OfficialsExtractor() {
    this(TitleLexicon.defaults(), Offices.defaults());
  }

  public OfficialsExtractor(TitleLexicon lexicon, Offices offices) {
    this.lexicon = lexicon;
    this.offices = offices;
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.text();
    List<Token> tokens = WordScanner.scan(text, analysis.sentences());
    if (tokens.isEmpty()) {
      return;
    }
    MarkedTokens doc = new MarkedTokens(text, tokens, analysis.actors(), lexicon);
    NameReader names = new NameReader(doc);
    TitleReader titles = new TitleReader(doc);
    CounterpartLists counterparts = new CounterpartLists(doc, names);
    PluralOfficeLists pluralOffices = new PluralOfficeLists(doc, names);
    TitledNamePatterns titled = new TitledNamePatterns(doc, names, titles, counterparts);
    ActorNamePatterns untitled = new ActorNamePatterns(doc, names);
    List<OfficialCandidate> found = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      titled.titleBeforeName(i, found);
      titled.nameThenTitle(i, found);
      untitled.possessiveName(i, found);
      untitled.namedGovernment(i, found);
      untitled.representedBy(i, found);
      counterparts.counterpartList(i, found);
      pluralOffices.read(i, found);
    }
    if (found.isEmpty()) {
      return; // no official named: nothing to resolve, score or merge (most texts)
    }
    SurnameCoreference keys = new SurnameCoreference();
    AffiliationScore scorer =
        new AffiliationScore(doc, offices, keys, PublisherState.of(analysis.document().source()));
    new AffiliationResolver(doc, offices, names, scorer, keys).resolveAffiliations(found);
    analysis.persons().addAll(new OfficialsMerge(doc, titles, keys).merge(found));
  }
}
