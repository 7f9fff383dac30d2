package io.fluxgate.agent.observe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Prometheus text exposition format (0.0.4), read strictly: every line is a HELP, a TYPE or a
 * sample; each family is declared once, before its samples; a sample's name is its family's name
 * or the family name with the suffix its type allows; labels are well formed and unique.
 */
final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "counter", List.of("_total", "_created"),
            "gauge", List.of(""),
            "histogram", List.of("_bucket", "_count", "_sum", "_created"),
            "summary", List.of("", "_count", "_sum", "_created"),
            "untyped", List.of(""));

    /** Family name to type. */
    final Map<String, String> types = new LinkedHashMap<>();
    /** {@code name{a="1",b="2"}} (labels sorted) to value. */
    final Map<String, Double> samples = new LinkedHashMap<>();

    static PrometheusText parse(String text) {
        PrometheusText parsed = new PrometheusText();
        Set<String> helped = new java.util.HashSet<>();
        String[] lines = text.split("\n", -1);
        assertEquals("", lines[lines.length - 1], "the exposition ends with a newline");
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            Matcher help = HELP.matcher(line);
            Matcher type = TYPE.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            if (help.matches()) {
                assertTrue(helped.add(help.group(1)), "HELP twice for " + help.group(1));
            } else if (type.matches()) {
                assertTrue(parsed.types.put(type.group(1), type.group(2)) == null, "TYPE twice for " + type.group(1));
            } else if (sample.matches()) {
                parsed.sample(line, sample);
            } else {
                fail("line " + (i + 1) + " is not in the text format: " + line);
            }
        }
        return parsed;
    }

    private void sample(String line, Matcher sample) {
        String name = sample.group(1);
        String family = familyOf(name);
        assertNotNull(family, "a sample before (or without) the TYPE of its family: " + line);
        Map<String, String> labels = new TreeMap<>();
        if (sample.group(3) != null && !sample.group(3).isEmpty()) {
            String rest = sample.group(3);
            Matcher label = LABEL.matcher(rest);
            int at = 0;
            while (at < rest.length()) {
                assertTrue(label.find(at) && label.start() == at, "malformed labels in: " + line);
                assertTrue(labels.put(label.group(1), label.group(2)) == null, "a label twice in: " + line);
                at = label.end();
                if (at < rest.length()) {
                    assertEquals(',', rest.charAt(at), "labels are separated by commas: " + line);
                    at++;
                }
            }
        }
        String key = key(name, labels);
        assertTrue(samples.put(key, value(sample.group(4), line)) == null, "the same series twice: " + key);
    }

    private String familyOf(String sampleName) {
        for (Map.Entry<String, String> family : types.entrySet()) {
            for (String suffix : SUFFIXES.get(family.getValue())) {
                if (sampleName.equals(family.getKey() + suffix)) {
                    return family.getKey();
                }
            }
            // the 0.0.4 format names a counter family with or without its _total
            if (family.getValue().equals("counter") && family.getKey().endsWith("_total")
                    && sampleName.equals(family.getKey())) {
                return family.getKey();
            }
        }
        return null;
    }

    private static double value(String text, String line) {
        switch (text) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return fail("not a number in: " + line);
                }
        }
    }

    static String key(String name, Map<String, String> labels) {
        StringBuilder key = new StringBuilder(name).append('{');
        labels.forEach((label, value) -> key.append(label).append("=\"").append(value).append("\","));
        if (!labels.isEmpty()) {
            key.setLength(key.length() - 1);
        }
        return key.append('}').toString();
    }

    /** The value of a series, labels given as name, value, name, value...; fails when absent. */
    double value(String name, String... labelPairs) {
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            labels.put(labelPairs[i], labelPairs[i + 1]);
        }
        String key = key(name, labels);
        Double value = samples.get(key);
        assertNotNull(value, "no series " + key + " among " + samples.keySet());
        return value;
    }

    boolean has(String name, String... labelPairs) {
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            labels.put(labelPairs[i], labelPairs[i + 1]);
        }
        return samples.containsKey(key(name, labels));
    }
}
