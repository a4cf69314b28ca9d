package org.entente.server;

/** Starts a server on the test ledger for trying the dashboard by hand: prints its URL. */
public final class SmokeMain {
  private SmokeMain() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    try (EntenteServer s =
        EntenteServer.start(
            ServerConfig.of(TestLedger.db().toString(), port)
                .withToken(java.util.Optional.of("smoke-token-0123456789")))) {
      System.out.println(s.url());
      s.join();
    }
  }
}
