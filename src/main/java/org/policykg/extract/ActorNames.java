package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies the actor scheme lacks, read by the shape of their names, for {@link EntityRule}: "the" and
 * capitalised words ending in a word that heads the names of Party and state organs ("the State
 * Administration of Traditional Chinese Medicine", "the China National Space Administration", "the
 * Leading Group for ...") with a capitalised complement after "of" / "for" ("the Commission for
 * Discipline Inspection"), and "the Chinese government". The organs of the register are an open class:
 * each ministry, administration and commission is named so, and a scheme lists only the common ones.
 */
final class ActorNames {
    /** The words that head an organ's name, as written (capitalised). */
    private static final String[] HEADS = {
        "Ministry",
        "Commission",
        "Council",
        "Administration",
        "Bureau",
        "Office",
        "Committee",
        "Court",
        "Procuratorate",
        "Department",
        "Agency",
        "Leading Group",
        "Government",
        "Secretariat",
        "Academy",
        "Force",
        "Corps",
        "Guard"
    };

    private static final String HEAD = "(?:" + String.join("|", HEADS).replace(" ", "\\s+") + ")";
    /** A capitalised word of a name: "State", "People's", "Anti-Monopoly", "China". */
    private static final String WORD = "[A-Z][\\w'’-]*";
    /**
     * Words of the name after "of" / "for": "of Industry and Information Technology", "for Discipline Inspection";
     * "and the" joins a second party ("the Government of X and the Chinese side"), not a word of the name.
     */
    private static final String COMPLEMENT = "(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?" + WORD
            + "(?:\\s+(?:(?:of|and(?!\\s+the\\b)|for|on|the)\\s+)*" + WORD + ")*)?";

    private static final KeywordPattern NAME = new KeywordPattern(
            "[Tt]he\\s+((?:" + WORD + "\\s+(?:and\\s+)?){0,6}?" + HEAD + COMPLEMENT + "|Chinese\\s+government)\\b",
            "The",
            "the");

    /** Sentence openers, pronouns and adverbs that start a capitalised run without naming a body. */
    private static final Pattern NOT_A_NAME_START =
            Pattern.compile("(?:Every|Each|All|Any|Some|This|That|Its|Our|Their|Relevant)\\b.*");

    /**
     * International organisations and their organs, which are not bodies acting in Party or state affairs
     * ("the UN Security Council", "the World Health Organization's Executive Board", "the Secretariat of the
     * ... Forum", the organs of a summit, a conference or a regional structure).
     */
    private static final String INTERNATIONAL_WORDS =
            "\\b(?:United\\s+Nations|UN|World|International|European|African|Asian|Security\\s+Council"
                    + "|General\\s+Assembly|Organization|Organisation|Union|Association|Forum|Structure|Summit|Conference"
                    + "|SCO|ASEAN|APEC|BRICS|G20)\\b";

    private static final Pattern INTERNATIONAL = Pattern.compile(INTERNATIONAL_WORDS);
    /** A name of one line holds those words when a search finds them; {@code .} takes no line break. */
    private static final Pattern INTERNATIONAL_LINE = Pattern.compile("(?:.*" + INTERNATIONAL_WORDS + ".*)");

    /**
     * The offices of heads of state and government, and of their foreign ministers, written before a
     * person's name in toasts, signed articles and reports of visits ("President Emmanuel Macron", "Prime
     * Minister Anwar Ibrahim"). Officials of international organisations are left out, as their bodies are.
     */
    private static final String[] OFFICES = {
        "President",
        "Prime Minister",
        "Premier",
        "King",
        "Queen",
        "Chancellor",
        "Emir",
        "Sultan",
        "Crown Prince",
        "Foreign Minister"
    };

    /**
     * An office and the name after it: two to four capitalised words ("Sadyr Japarov", "Luiz Inácio Lula da
     * Silva" is read as far as its capitalised words run). A single surname ("President Putin") is left
     * out: alone it cannot be told from a word of a name the scheme holds, or from a country's adjective.
     */
    private static final KeywordPattern LEADER = new KeywordPattern(
            "(?:Vice\\s+)?(?:" + String.join("|", OFFICES).replace(" ", "\\s+") + ")\\s+"
                    + "((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\b",
            "Vice",
            "President",
            "Prime",
            "Premier",
            "King",
            "Queen",
            "Chancellor",
            "Emir",
            "Sultan",
            "Crown",
            "Foreign");

    /** Capitalised words after an office that begin a body's or a country's name, not a person's. */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "(?:Of|The|And|Council|Committee|Government|Republic|People's|People’s|State|Office|Ministry)\\b.*");

    private ActorNames() {}

    /** The names of persons holding a head of state's or government's office, by shape, without the office. */
    static List<Span> leaders(SentenceContext ctx) {
        if (!ctx.textMentions(OFFICES)) {
            return new ArrayList<>();
        }
        return groupsInSentence(ctx, LEADER, name -> !NOT_A_PERSON.matcher(name).matches());
    }

    /** The names of organs in the sentence, by shape, without their article. */
    static List<Span> find(SentenceContext ctx) {
        if (!ctx.textMentions(HEADS) && !ctx.mentions("chinese government")) {
            return new ArrayList<>();
        }
        // a head alone ("the Ministry", "the Committee") is a short form of a body named before
        return groupsInSentence(
                ctx,
                NAME,
                name -> !NOT_A_NAME_START.matcher(name).matches() && name.indexOf(' ') >= 0 && !international(name));
    }

    /**
     * Whether the name, as a whole, holds a word of an international body's name: one search for a name of
     * one line, not the expression tried at every split of the name.
     */
    private static boolean international(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return INTERNATIONAL_LINE.matcher(name).matches();
            }
        }
        return INTERNATIONAL.matcher(name).find();
    }

    /** The spans of group 1 of {@code pattern}'s matches in the sentence whose words {@code keep} accepts. */
    private static List<Span> groupsInSentence(SentenceContext ctx, KeywordPattern pattern, Predicate<String> keep) {
        List<Span> out = new ArrayList<>();
        Span s = ctx.span();
        for (Matcher m = pattern.find(ctx.text(), s.start(), s.start(), s.end());
                m != null;
                m = pattern.find(ctx.text(), m.end(), s.start(), s.end())) {
            if (keep.test(m.group(1))) {
                out.add(new Span(m.start(1), m.end(1)));
            }
        }
        return out;
    }
}
