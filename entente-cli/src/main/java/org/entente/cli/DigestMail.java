package org.entente.cli;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.entente.store.watch.Digest;
import org.entente.store.watch.DigestWriter;
import picocli.CommandLine.Option;

/**
 * Sends a digest by e-mail through an SMTP server (Jakarta Mail, Eclipse Angus): HTML with the
 * Markdown as its plain-text alternative. The password comes from the environment variable {@value
 * #PASSWORD_ENV}, never from the command line.
 */
final class DigestMail {

  static final String PASSWORD_ENV = "ENTENTE_SMTP_PASSWORD";

  private DigestMail() {}

  /** The {@code --smtp} options. */
  static final class Settings {
    @Option(
        names = "--smtp",
        required = true,
        paramLabel = "HOST[:PORT]",
        description = "Send the digest through this SMTP server (port 25 unless given)")
    String server;

    @Option(names = "--mail-from", required = true, paramLabel = "ADDRESS")
    String from;

    @Option(names = "--mail-to", required = true, split = ",", paramLabel = "ADDRESS")
    List<String> to = new ArrayList<>();

    @Option(
        names = "--smtp-user",
        paramLabel = "USER",
        description = "Log in as this user; the password is read from $" + PASSWORD_ENV)
    String user;

    @Option(names = "--smtp-starttls", description = "Require STARTTLS")
    boolean starttls;
  }

  /**
   * Sends {@code d} as one message to every recipient.
   *
   * @throws IllegalArgumentException for a malformed server or address
   * @throws IllegalStateException when the server refuses or cannot be reached
   */
  static void send(Settings s, Digest d, DigestWriter writer) {
    String host = s.server;
    int port = 25;
    int colon = host.lastIndexOf(':');
    if (colon > 0) {
      try {
        port = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--smtp: not a port in " + s.server);
      }
      host = host.substring(0, colon);
    }
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", String.valueOf(port));
    p.setProperty("mail.smtp.connectiontimeout", "10000");
    p.setProperty("mail.smtp.timeout", "30000");
    if (s.starttls) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    }
    Authenticator auth = null;
    if (s.user != null) {
      String password = System.getenv(PASSWORD_ENV);
      if (password == null) {
        throw new IllegalArgumentException("--smtp-user needs the password in $" + PASSWORD_ENV);
      }
      p.setProperty("mail.smtp.auth", "true");
      String user = s.user;
      auth =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    try {
      MimeMessage m = new MimeMessage(Session.getInstance(p, auth));
      m.setFrom(new InternetAddress(s.from, true));
      for (String to : s.to) {
        m.addRecipient(Message.RecipientType.TO, new InternetAddress(to.strip(), true));
      }
      m.setSubject(subject(d), "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(writer.markdown(d), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(writer.html(d), "UTF-8", "html");
      m.setContent(new MimeMultipart("alternative", text, html));
      Transport.send(m);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException("not an e-mail address: " + e.getRef(), e);
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "could not send the digest through " + s.server + ": " + e.getMessage(), e);
    }
  }

  static String subject(Digest d) {
    return "Entente watch "
        + d.watchlist()
        + ": "
        + d.size()
        + (d.size() == 1 ? " alert" : " alerts")
        + " to "
        + d.asOf();
  }
}
