package demo.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A command loop that fetches URLs; it prints {@code READY} first, then answers each line: {@code get <client> <url>} (and {@code getasync},
 * {@code stream}) answers {@code OK <status> <body> by=<X-Served-By header>}, {@code ERR <exception>}
 * for an {@link IOException}, or {@code FAIL <exception>} for anything else; {@code ping} answers
 * {@code OK pong}. Clients: httpurlconnection, jdk-httpclient, apache-httpclient-4,
 * apache-httpclient-5, okhttp.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        answer("READY");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.trim();
            if (command.isEmpty()) {
                continue;
            }
            if ("quit".equals(command)) {
                answer("OK bye");
                return;
            }
            answer(execute(command.split("\\s+")));
        }
    }

    static String execute(String[] words) {
        try {
            if ("ping".equals(words[0])) {
                return "OK pong";
            }
            if (words.length != 3) {
                return "USAGE get|getasync|stream <client> <url>";
            }
            Fetched fetched = fetch(words[0], Clients.named(words[1]), words[2]);
            return "OK " + fetched;
        } catch (IOException e) {
            return "ERR " + e;
        } catch (Throwable e) {
            return "FAIL " + e;
        }
    }

    private static Fetched fetch(String verb, Client client, String url) throws Exception {
        switch (verb) {
            case "get":
                return client.get(url);
            case "getasync":
                return client.getAsync(url);
            case "stream":
                return client.stream(url);
            default:
                throw new IllegalArgumentException("unknown command " + verb);
        }
    }

    private static void answer(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
