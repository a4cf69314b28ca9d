package org.entente.pipeline.gazetteer;

import java.net.URI;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.entente.pipeline.resources.ResourceFile;

/**
 * The actor whose country domain a document's address is under: "https://www.mfa.gov.xx/news/1" is
 * the news of the state whose ISO code is XX, as a dateline would say. Brand domains sold worldwide
 * (".tv", ".io", ".co") and addresses that are not URLs give none. The exceptions are in {@code
 * publisher-domains.tsv}. Stateless and thread-safe.
 */
public final class PublisherState {

  /** Labels that are not their actor's alpha-2 code; "-" for brand domains. */
  private static final Map<String, String> EXCEPTIONS = new HashMap<>();

  static {
    for (ResourceFile.Line l : ResourceFile.read(PublisherState.class, "publisher-domains.tsv")) {
      EXCEPTIONS.put(l.field(0), l.field(1));
    }
  }

  private PublisherState() {}

  /** The actor code of {@code source}'s country domain, or null. */
  public static String of(String source) {
    if (source == null || !(source.startsWith("http://") || source.startsWith("https://"))) {
      return null;
    }
    String host;
    try {
      host = URI.create(source.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    int dot = host.lastIndexOf('.');
    String label = host.substring(dot + 1);
    if (label.length() != 2 || !label.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return null;
    }
    String exception = EXCEPTIONS.get(label);
    if (exception != null && !(exception.equals("-") && isNational(host, dot))) {
      return exception.equals("-") ? null : exception;
    }
    String code;
    try {
      code = new Locale.Builder().setRegion(label).build().getISO3Country();
    } catch (MissingResourceException | IllformedLocaleException e) {
      return null;
    }
    return Gazetteer.defaults().actor(code).isPresent() ? code : null;
  }

  /** Second-level labels that only a country's own registry gives: "gov.co", "com.co". */
  private static final java.util.Set<String> NATIONAL_SECOND =
      java.util.Set.of("gov", "gob", "gouv", "com", "org", "net", "edu", "mil", "go", "or");

  /** Whether the label before the last one is a national second level ("mfa.gov.co"). */
  private static boolean isNational(String host, int lastDot) {
    int before = host.lastIndexOf('.', lastDot - 1);
    return lastDot > 0 && NATIONAL_SECOND.contains(host.substring(before + 1, lastDot));
  }
}
