package demo.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The inventory tool. {@code Main <baseUrl>} (or {@code -Dinventory.url=<baseUrl>}) reads commands
 * from stdin, one per line, and answers each with exactly one line on stdout; it prints
 * {@code READY} once it can take commands. {@code Main demo <baseUrl> [calls] [intervalMillis]}
 * polls the stock of one sku and narrates every answer.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && "demo".equals(args[0])) {
            StockDemo.fromArgs(args).run(System.out);
            return;
        }
        String baseUrl = args.length > 0 ? args[0] : System.getProperty("inventory.url");
        if (baseUrl == null || baseUrl.isEmpty()) {
            System.err.println("usage: java demo.legacy.Main <inventory base url>   (or -Dinventory.url=...)");
            System.err.println("       java demo.legacy.Main demo <inventory base url> [calls] [intervalMillis]");
            System.exit(2);
        }
        serve(new Commands(baseUrl), System.out);
    }

    /** Answers commands until {@code quit} or the end of stdin; then main returns normally. */
    private static void serve(Commands commands, PrintStream out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        answer(out, "READY");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.trim();
            if (command.isEmpty()) {
                continue;
            }
            if ("quit".equals(command)) {
                answer(out, "OK bye");
                return;
            }
            answer(out, commands.execute(command));
        }
    }

    private static void answer(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
