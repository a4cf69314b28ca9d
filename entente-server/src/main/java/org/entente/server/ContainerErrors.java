package org.entente.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a request it refuses before any route sees it, such as {@code GET
 * /../..} answered 400) with the same security headers as every other answer. Thread-safe.
 */
final class ContainerErrors extends ErrorHandler {

  ContainerErrors() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.headers(request.getHttpURI().getPath())
        .forEach((name, value) -> headers.put(name, value));
    return super.handle(request, response, callback);
  }
}
