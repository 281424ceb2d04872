package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.his.billing.Explanation;

/**
 * Stores explanations (message key + arguments) as one text column and reads them back equal: every part is
 * length-prefixed ({@code <length>:<text>}), so no character needs escaping, and every argument carries its type
 * ({@code S} string, {@code D} decimal with its exact scale, {@code I} int, {@code L} long), so a read-back
 * {@link Explanation} equals the one the pricer produced. An argument of another type is refused when writing.
 */
final class ExplanationCodec {

    private ExplanationCodec() {
    }

    static String encode(List<Explanation> explanations) {
        StringBuilder out = new StringBuilder();
        part(out, Integer.toString(explanations.size()));
        for (Explanation e : explanations) {
            part(out, e.key());
            part(out, Integer.toString(e.args().size()));
            for (Object arg : e.args()) {
                if (arg instanceof String s) {
                    out.append('S');
                    part(out, s);
                } else if (arg instanceof BigDecimal d) {
                    out.append('D');
                    part(out, d.toString());
                } else if (arg instanceof Integer i) {
                    out.append('I');
                    part(out, i.toString());
                } else if (arg instanceof Long l) {
                    out.append('L');
                    part(out, l.toString());
                } else {
                    throw new IllegalArgumentException("explanation " + e.key() + ": argument of type "
                            + (arg == null ? "null" : arg.getClass().getName()) + " cannot be stored");
                }
            }
        }
        return out.toString();
    }

    static String encode(Explanation explanation) {
        return encode(List.of(explanation));
    }

    static List<Explanation> decode(String text) {
        Reader in = new Reader(text);
        int count = Integer.parseInt(in.part());
        List<Explanation> explanations = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String key = in.part();
            int argCount = Integer.parseInt(in.part());
            List<Object> args = new ArrayList<>(argCount);
            for (int a = 0; a < argCount; a++) {
                char type = in.next();
                String value = in.part();
                args.add(switch (type) {
                    case 'S' -> value;
                    case 'D' -> new BigDecimal(value);
                    case 'I' -> Integer.valueOf(value);
                    case 'L' -> Long.valueOf(value);
                    default -> throw new IllegalStateException("stored explanation: unknown argument type " + type);
                });
            }
            explanations.add(new Explanation(key, args));
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("stored explanation: trailing text after " + count + " explanations");
        }
        return explanations;
    }

    static Explanation decodeOne(String text) {
        List<Explanation> list = decode(text);
        if (list.size() != 1) {
            throw new IllegalStateException("stored explanation: expected one, found " + list.size());
        }
        return list.get(0);
    }

    private static void part(StringBuilder out, String text) {
        out.append(text.length()).append(':').append(text);
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        char next() {
            return text.charAt(pos++);
        }

        String part() {
            int colon = text.indexOf(':', pos);
            if (colon < 0) {
                throw new IllegalStateException("stored explanation: length expected at " + pos);
            }
            int length = Integer.parseInt(text.substring(pos, colon));
            String value = text.substring(colon + 1, colon + 1 + length);
            pos = colon + 1 + length;
            return value;
        }

        boolean atEnd() {
            return pos == text.length();
        }
    }
}
