package org.policykg.evaluate;

import java.math.BigDecimal;
import java.util.Locale;

/** Normalises keys so that gold and predicted keys compare as the guidelines mean them. */
final class Keys {
    private Keys() {}

    private static final java.util.regex.Pattern SCALE =
            java.util.regex.Pattern.compile("^(hundred|thousand|million|billion|trillion)\\b\\s*(.*)$");

    /** "650|million tons" and "650 million|tons" are one figure: the scale word belongs to the value. */
    static String figure(String value, String unit) {
        String[] number = value.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        String u = unit.toLowerCase(Locale.ROOT).strip();
        String scale = number.length == 2 ? number[1] : "";
        java.util.regex.Matcher m = SCALE.matcher(u);
        if (scale.isEmpty() && m.matches()) {
            scale = m.group(1);
            u = m.group(2);
        }
        String v;
        try {
            v = new BigDecimal(number[0].replace(",", "")).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            v = number[0];
        }
        return (scale.isEmpty() ? v : v + " " + scale) + "|" + u;
    }

    /**
     * Gold keys as written, made comparable: lower case, "new:" kept, figures canonical, pair sides
     * of actions reduced to a lemma by the caller's function.
     */
    static String normalise(String kind, String key, java.util.function.UnaryOperator<String> lemma) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "Figure" -> {
                String[] parts = k.split("\\|", 2);
                yield parts.length == 2 ? figure(parts[0], parts[1]) : k;
            }
            case "Pair" -> {
                String[] parts = k.split("\\|", 2);
                yield parts.length == 2 ? lemma.apply(parts[0]) + "|" + lemma.apply(parts[1]) : k;
            }
            case "Directive" -> lemma.apply(k);
            default -> k;
        };
    }
}
