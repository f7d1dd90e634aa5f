package no.imdi.grants.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request written by hand on a socket, so that it can carry any Host header (Java's
 * HttpClient refuses to set one), and read without following a redirect: what a client that lies
 * about the host name sends, and what the server answers it.
 */
final class RawHttp {

  /** The status and the headers (names in lower case) of an answer. */
  record Answer(int status, Map<String, List<String>> headers) {

    Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.stream().findFirst();
    }
  }

  private RawHttp() {}

  static Answer get(String baseUrl, String path, String host, String cookie) throws IOException {
    return send(baseUrl, "GET", path, host, cookie, null);
  }

  static Answer postForm(String baseUrl, String path, String host, String cookie, String form)
      throws IOException {
    return send(baseUrl, "POST", path, host, cookie, form);
  }

  private static Answer send(
      String baseUrl, String method, String path, String host, String cookie, String form)
      throws IOException {
    URI base = URI.create(baseUrl);
    byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(host).append("\r\n");
    request.append("Connection: close\r\n");
    if (cookie != null) {
      request.append("Cookie: ").append(cookie).append("\r\n");
    }
    if (form != null) {
      request.append("Content-Type: application/x-www-form-urlencoded\r\n");
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      int status = Integer.parseInt(in.readLine().split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        headers
            .computeIfAbsent(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
      return new Answer(status, headers);
    }
  }
}
